import type { GraphDatabase } from '../src/graph/graphDatabase';
import type { BulkRelationship } from '../src/graph/bulkLoader';
import { refreshClaims } from '../src/graph/refreshClaims';
import { refOf } from '../src/graph/relationshipId';

// The loader a first version would write: one transaction per relationship, type and evidence
// included, its stance recomputed as every write must. Bench-only: it exists to show what batching buys.
function mergeOneCypher(type: string): string {
  return `
    MATCH (s:Entity {id: $sourceId})
    MATCH (t:Entity {id: $targetId})
    MERGE (s)-[r:${type}]->(t)
      ON CREATE SET r.id = $id, r.curated = false
    WITH r
    UNWIND $evidence AS evidence
    MATCH (p:Passage {id: evidence.passageId})
    MERGE (e:Evidence {id: evidence.id})
      ON CREATE SET e.relationshipId = $id, e.documentId = evidence.documentId, e.passageId = evidence.passageId,
                    e.quote = evidence.quote, e.start = evidence.start, e.end = evidence.end,
                    e.polarity = evidence.polarity, e.certainty = evidence.certainty, e.action = evidence.action
    MERGE (p)-[:ASSERTS]->(e)`;
}

/** Loads relationships one statement (and one transaction) each; returns how many it loaded. */
export async function naiveLoadRelationships(database: GraphDatabase, relationships: Iterable<BulkRelationship>): Promise<number> {
  let count = 0;
  for (const relationship of relationships) {
    const ref = refOf(relationship);
    const { id } = ref;
    await database.inWriteTransaction(async (run) => {
      await run(mergeOneCypher(relationship.type), {
        id,
        sourceId: relationship.sourceId,
        targetId: relationship.targetId,
        evidence: relationship.evidence.map((evidence) => ({ ...evidence, id: `${id}@${evidence.documentId}:${evidence.start}-${evidence.end}` })),
      });
      await refreshClaims(run, [ref]);
    });
    count += 1;
  }
  return count;
}
