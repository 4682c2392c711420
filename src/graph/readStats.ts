import { ENTITY_KINDS, type EntityKind } from '../domain/entityKinds';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../domain/relationshipTypes';
import type { GraphDatabase } from './graphDatabase';
import type { StatsRecord } from './records';

// Each branch counts one label or one relationship type, which Neo4j answers from its count store
// without touching a node; the UNION makes it one round trip.
const COUNTS = [
  ...['Entity', 'Document', 'Passage', 'Evidence', ...ENTITY_KINDS].map(
    (label) => `MATCH (n:${label}) RETURN '${label}' AS key, count(n) AS count`,
  ),
  ...RELATIONSHIP_TYPES.map((type) => `MATCH ()-[r:${type}]->() RETURN '${type}' AS key, count(r) AS count`),
].join('\nUNION ALL\n');

export async function readStats(database: GraphDatabase): Promise<StatsRecord> {
  const rows = await database.read<{ key: string; count: number }>(COUNTS);
  const counts = new Map(rows.map((row) => [row.key, row.count]));
  const count = (key: string) => counts.get(key) ?? 0;
  const relationshipsByType = RELATIONSHIP_TYPES.map((type: RelationshipType) => ({ type, count: count(type) }));
  return {
    entities: count('Entity'),
    documents: count('Document'),
    passages: count('Passage'),
    evidence: count('Evidence'),
    relationships: relationshipsByType.reduce((sum, entry) => sum + entry.count, 0),
    entitiesByKind: ENTITY_KINDS.map((kind: EntityKind) => ({ kind, count: count(kind) })),
    relationshipsByType,
  };
}
