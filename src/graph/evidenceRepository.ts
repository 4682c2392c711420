import type { GraphDatabase } from './graphDatabase';
import { EVIDENCE_PROJECTION } from './projections';
import type { EvidenceRecord } from './records';

const EVIDENCE_OF_RELATIONSHIPS = `
  UNWIND $ids AS id
  CALL (id) {
    MATCH (e:Evidence {relationshipId: id})
    WITH e ORDER BY e.documentId, e.start LIMIT $first
    RETURN collect(${EVIDENCE_PROJECTION}) AS evidence
  }
  RETURN id, evidence`;

/** The evidence of many relationships at once (one round trip), at most `first` each, in document order. */
export async function findEvidenceOfRelationships(
  database: GraphDatabase,
  ids: readonly string[],
  first: number,
): Promise<Map<string, EvidenceRecord[]>> {
  const rows = await database.read<{ id: string; evidence: EvidenceRecord[] }>(EVIDENCE_OF_RELATIONSHIPS, { ids, first });
  return new Map(rows.map((row) => [row.id, row.evidence]));
}
