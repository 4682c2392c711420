import type { RunInTransaction } from './graphDatabase';
import { relationshipRef } from './relationshipId';

const REMOVE_DOCUMENT = `
  MATCH (d:Document {id: $id})
  OPTIONAL MATCH (d)-[:HAS_PASSAGE]->(p:Passage)
  OPTIONAL MATCH (p)-[:ASSERTS]->(e:Evidence)
  WITH d, collect(DISTINCT p) AS passages, collect(DISTINCT e) AS evidence
  WITH d, passages, evidence, [e IN evidence | e.relationshipId] AS relationshipIds
  FOREACH (e IN evidence | DETACH DELETE e)
  FOREACH (p IN passages | DETACH DELETE p)
  DETACH DELETE d
  RETURN size(evidence) AS evidenceRemoved, relationshipIds`;

// A relationship goes when no evidence is left for it, unless a curator added it.
const REMOVE_UNSUPPORTED_RELATIONSHIPS = `
  UNWIND $refs AS ref
  MATCH (:Entity {id: ref.sourceId})-[r]->(:Entity {id: ref.targetId})
  WHERE type(r) = ref.type AND NOT coalesce(r.curated, false)
    AND NOT EXISTS { MATCH (e:Evidence {relationshipId: ref.id}) }
  DELETE r
  RETURN count(r) AS relationshipsRemoved`;

export interface RemovedDocument {
  found: boolean;
  evidenceRemoved: number;
  relationshipsRemoved: number;
}

/** Removes a document, its passages and evidence, and the claims only it supported (inside the caller's transaction). */
export async function removeDocument(run: RunInTransaction, id: string): Promise<RemovedDocument> {
  const [removed] = await run<{ evidenceRemoved: number; relationshipIds: string[] }>(REMOVE_DOCUMENT, { id });
  if (!removed) return { found: false, evidenceRemoved: 0, relationshipsRemoved: 0 };
  const refs = [...new Set(removed.relationshipIds)].map(relationshipRef);
  const [pruned] = await run<{ relationshipsRemoved: number }>(REMOVE_UNSUPPORTED_RELATIONSHIPS, { refs });
  return { found: true, evidenceRemoved: removed.evidenceRemoved, relationshipsRemoved: pruned?.relationshipsRemoved ?? 0 };
}
