import { RELATIONSHIP_TYPES, type RelationshipType } from '../domain/relationshipTypes';
import type { Stance } from '../domain/stance';
import type { GraphDatabase } from './graphDatabase';
import { EVIDENCE_PROJECTION, relationshipProjection } from './projections';
import type { RelationshipRecord } from './records';
import { parseRelationshipId } from './relationshipId';

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

const PATTERNS: Record<Direction, (types: string) => string> = {
  OUTGOING: (types) => `(n)-[r:${types}]->(m:Entity)`,
  INCOMING: (types) => `(n)<-[r:${types}]-(m:Entity)`,
  BOTH: (types) => `(n)-[r:${types}]-(m:Entity)`,
};

// The types go into the pattern itself (from the allowlist only), so Neo4j expands just those
// relationships instead of all of them and filtering afterwards.
function relationshipsOfEntitiesCypher(direction: Direction, types: readonly RelationshipType[], withEvidence: boolean): string {
  const allowed = RELATIONSHIP_TYPES.filter((type) => types.includes(type));
  // With evidence asked for ahead, each relationship brings its first sentences along: one round trip, not two.
  const evidence = withEvidence
    ? `CALL (r) {
        MATCH (e:Evidence {relationshipId: r.id})
        WITH e ORDER BY e.documentId, e.start LIMIT $evidenceFirst
        RETURN collect(${EVIDENCE_PROJECTION}) AS evidence
      }
      WITH r, s, t, {first: $evidenceFirst, items: evidence} AS prefetchedEvidence`
    : 'WITH r, s, t, null AS prefetchedEvidence';
  return `
    UNWIND $ids AS id
    MATCH (n:Entity {id: id})
    CALL (n) {
      MATCH ${PATTERNS[direction](allowed.join('|'))}
      WHERE $stances IS NULL OR r.stance IN $stances
      WITH r ORDER BY r.id LIMIT $first
      WITH r, startNode(r) AS s, endNode(r) AS t
      ${evidence}
      WITH ${relationshipProjection('r', 's', 't')} AS relationship, prefetchedEvidence
      RETURN collect(relationship {.*, prefetchedEvidence: prefetchedEvidence}) AS relationships
    }
    RETURN id, relationships`;
}

export interface RelationshipQuery {
  direction: Direction;
  types: readonly RelationshipType[] | null;
  first: number;
  /** Only relationships of these stances (null: all). */
  stances: readonly Stance[] | null;
  /** Also fetch each relationship's first `evidenceFirst` sentences of evidence (null: don't). */
  evidenceFirst: number | null;
}

/** The relationships of many entities at once (one round trip), at most `first` each, by id. */
export async function findRelationshipsOfEntities(
  database: GraphDatabase,
  ids: readonly string[],
  query: RelationshipQuery,
): Promise<Map<string, RelationshipRecord[]>> {
  const types = query.types ?? RELATIONSHIP_TYPES;
  if (types.length === 0) return new Map();
  const rows = await database.read<{ id: string; relationships: RelationshipRecord[] }>(
    relationshipsOfEntitiesCypher(query.direction, types, query.evidenceFirst !== null),
    { ids, first: query.first, stances: query.stances, evidenceFirst: query.evidenceFirst },
  );
  return new Map(rows.map((row) => [row.id, row.relationships]));
}

const RELATIONSHIPS_BY_REFS = `
  UNWIND $refs AS ref
  MATCH (s:Entity {id: ref.sourceId})-[r]->(t:Entity {id: ref.targetId})
  WHERE type(r) = ref.type
  RETURN ${relationshipProjection('r', 's', 't')} AS relationship`;

/** Relationships by id; ids that are malformed or name nothing are left out. */
export async function findRelationshipsByIds(database: GraphDatabase, ids: readonly string[]): Promise<RelationshipRecord[]> {
  const refs = ids.map(parseRelationshipId).filter((ref) => ref !== undefined);
  if (refs.length === 0) return [];
  const rows = await database.read<{ relationship: RelationshipRecord }>(RELATIONSHIPS_BY_REFS, { refs });
  return rows.map((row) => row.relationship);
}
