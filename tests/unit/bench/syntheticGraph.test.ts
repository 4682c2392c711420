import { RELATIONSHIP_ENDS } from '../../../src/domain/relationshipEnds';
import { luceneQuery } from '../../../src/graph/luceneQuery';
import { SyntheticGraph } from '../../../bench/syntheticGraph';

describe('SyntheticGraph', () => {
  const graph = new SyntheticGraph({ size: 1000, seed: 3 });
  const relationships = [...graph.relationships()];
  const kindOf = new Map([...graph.entities()].map((entity) => [entity.id, entity.kind]));

  it('is deterministic: the same seed gives the same graph, another seed another', () => {
    expect([...new SyntheticGraph({ size: 1000, seed: 3 }).relationships()]).toEqual(relationships);
    expect(new SyntheticGraph({ size: 1000, seed: 4 }).entityAt(10).name).not.toEqual(graph.entityAt(10).name);
  });

  it('gives about five relationships per entity, none twice', () => {
    expect(relationships.length / graph.size).toBeGreaterThan(4.8);
    expect(relationships.length / graph.size).toBeLessThan(5.2);
    const keys = relationships.map((r) => `${r.sourceId}|${r.type}|${r.targetId}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('joins only the kinds each relationship type may join', () => {
    for (const relationship of relationships) {
      expect(RELATIONSHIP_ENDS[relationship.type].source).toContain(kindOf.get(relationship.sourceId));
      expect(RELATIONSHIP_ENDS[relationship.type].target).toContain(kindOf.get(relationship.targetId));
    }
  });

  it('gives every relationship evidence in a passage of an existing document', () => {
    const passages = new Set([...graph.documents()].flatMap(({ passages }) => passages.map((passage) => passage.id)));
    for (const relationship of relationships) {
      expect(relationship.evidence.length).toBeGreaterThan(0);
      for (const evidence of relationship.evidence) expect(passages).toContain(evidence.passageId);
    }
  });

  it('names entities with words the full-text query can search', () => {
    const { name } = graph.entityAt(500);
    expect(name).toMatch(/^[a-z]+ [a-z]+$/);
    expect(luceneQuery(name)).toContain(name.split(' ')[0]);
  });
});
