import type { RunInTransaction } from './graphDatabase';
import { refreshClaims } from './refreshClaims';
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

// A provisional entity exists for the claims that named it: with none of them left, it goes too.
const REMOVE_ORPHANED_PROVISIONAL = `
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  WHERE n.provisional = true AND NOT EXISTS { (n)--() }
  DELETE n`;

export interface RemovedDocument {
  found: boolean;
  evidenceRemoved: number;
  relationshipsRemoved: number;
}

/**
 * Removes a document, its passages and evidence (inside the caller's transaction); what its claims
 * sum up is recomputed from the sentences left, and the claims only it spoke of go.
 */
export async function removeDocument(run: RunInTransaction, id: string): Promise<RemovedDocument> {
  const [removed] = await run<{ evidenceRemoved: number; relationshipIds: string[] }>(REMOVE_DOCUMENT, { id });
  if (!removed) return { found: false, evidenceRemoved: 0, relationshipsRemoved: 0 };
  const refs = [...new Set(removed.relationshipIds)].map(relationshipRef);
  const relationshipsRemoved = await refreshClaims(run, refs);
  await run(REMOVE_ORPHANED_PROVISIONAL, { ids: [...new Set(refs.flatMap((ref) => [ref.sourceId, ref.targetId]))] });
  return { found: true, evidenceRemoved: removed.evidenceRemoved, relationshipsRemoved };
}
