import { BENCH_QUERIES } from '../../../bench/benchQueries';
import { PEER_CLAIM_FIELDS } from '../../../bench/peerClaimFields';

const query = (name: string) => {
  const found = BENCH_QUERIES.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`No bench query ${name}`);
  return found;
};

// One compound with a relationship each way, as the API gives it and as the peer's typed fields give it.
const compound = { id: 'compound:1', name: 'mitra gyne', kind: 'Compound' };
const substance = { id: 'substance:2', name: 'kra tom', kind: 'Substance' };
const receptor = { id: 'receptor:3', name: 'mu opi', kind: 'Receptor' };
const evidence = (id: string) => ({ id, quote: 'q', start: 0, end: 1 });
const apiEntity = {
  entity: {
    ...compound,
    aliases: ['M'],
    relationships: [
      { id: 'c|ACTS_ON|r', type: 'ACTS_ON', action: 'agonist', source: compound, target: receptor, evidence: [evidence('e2'), evidence('e1')] },
      { id: 'a|CONTAINS|c', type: 'CONTAINS', action: null, source: substance, target: compound, evidence: [evidence('e3')] },
    ],
  },
};
const peerCompound = (quote: string) => ({
  compounds: [
    {
      id: compound.id,
      name: compound.name,
      aliases: ['M'],
      ...Object.fromEntries(PEER_CLAIM_FIELDS.map(({ name }) => [`${name}Connection`, { edges: [] }])),
      foundInConnection: { edges: [{ properties: { id: 'a|CONTAINS|c', action: null }, node: { id: substance.id, name: substance.name } }] },
      actsOnConnection: { edges: [{ properties: { id: 'c|ACTS_ON|r', action: null }, node: { id: receptor.id, name: receptor.name } }] },
      evidence: [
        { ...evidence('e1'), relationshipId: 'c|ACTS_ON|r' },
        { ...evidence('e3'), relationshipId: 'a|CONTAINS|c' },
        { ...evidence('e2'), relationshipId: 'c|ACTS_ON|r', quote },
      ],
    },
  ],
});

describe('Bench: answers read into the API shape and compared whole', () => {
  const entity = query('entity');
  const expected = entity.peerLacks?.withoutThem(entity.canonical.api(apiEntity, {})) ?? null;

  it("reads the peer's typed relationship fields and evidence back into the API's entity", () => {
    expect(entity.canonical.peer(peerCompound('q'), {})).toEqual(expected);
  });

  it('sees a difference in any selected field, however deep', () => {
    expect(entity.canonical.peer(peerCompound('another quote'), {})).not.toEqual(expected);
  });

  it('puts lists the query leaves unordered in one order', () => {
    const reversed = { entity: { ...apiEntity.entity, relationships: [...apiEntity.entity.relationships].reverse() } };
    expect(entity.canonical.floor(reversed, {})).toEqual(entity.canonical.api(apiEntity, {}));
  });
});
