import type { Polarity } from '../domain/assertionStatus';
import type { SourceType } from '../domain/sourceTypes';
import type { GraphDatabase } from './graphDatabase';
import { actionCountsOf, EVIDENCE_PROJECTION } from './projections';
import type { EvidenceRecord, SentenceActionCount } from './records';

/** Only evidence from documents of the given source types; documents stored before provenance count as OTHER. */
export const EVIDENCE_FROM_SOURCE_TYPES = (evidence: string) =>
  `EXISTS { MATCH (source:Document {id: ${evidence}.documentId}) WHERE coalesce(source.sourceType, 'OTHER') IN $sourceTypes }`;

function evidenceOfRelationshipsCypher(filtered: boolean): string {
  return `
    UNWIND $ids AS id
    CALL (id) {
      MATCH (e:Evidence {relationshipId: id})
      WHERE ($polarity IS NULL OR e.polarity = $polarity) ${filtered ? `AND ${EVIDENCE_FROM_SOURCE_TYPES('e')}` : ''}
      WITH e ORDER BY e.documentId, e.start LIMIT $first
      RETURN collect(${EVIDENCE_PROJECTION}) AS evidence
    }
    RETURN id, evidence`;
}

export interface EvidenceQuery {
  first: number;
  /** Only sentences from documents of these source types; null: from every document. */
  sourceTypes: readonly SourceType[] | null;
  /** Only sentences of this polarity (null: affirming and denying alike). */
  polarity: Polarity | null;
}

/** The evidence of many relationships at once (one round trip), at most `first` each, in document order. */
export async function findEvidenceOfRelationships(
  database: GraphDatabase,
  ids: readonly string[],
  query: EvidenceQuery,
): Promise<Map<string, EvidenceRecord[]>> {
  const rows = await database.read<{ id: string; evidence: EvidenceRecord[] }>(
    evidenceOfRelationshipsCypher(query.sourceTypes !== null),
    { ids, first: query.first, sourceTypes: query.sourceTypes, polarity: query.polarity },
  );
  return new Map(rows.map((row) => [row.id, row.evidence]));
}

const ACTIONS_OF_RELATIONSHIPS = `
  UNWIND $ids AS id
  CALL (id) {
    ${actionCountsOf('id')} AS actions
  }
  RETURN id, actions`;

/** The actions the sentences of many relationships name (one round trip), with how many affirm and deny each. */
export async function findActionsOfRelationships(database: GraphDatabase, ids: readonly string[]): Promise<Map<string, SentenceActionCount[]>> {
  const rows = await database.read<{ id: string; actions: SentenceActionCount[] }>(ACTIONS_OF_RELATIONSHIPS, { ids });
  return new Map(rows.map((row) => [row.id, row.actions]));
}
