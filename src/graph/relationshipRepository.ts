import type { GraphDatabase } from './graphDatabase';
import { relationshipProjection } from './projections';
import type { RelationshipQuery } from './read/readSelection';
import { projectEntity } from './read/selectionProjection';
import { StatementScope, type Statement } from './read/statementScope';
import type { EntityRecord, RelationshipRecord } from './records';
import { parseRelationshipId } from './relationshipId';

/** The relationship list `query` asks for, of each entity in `ids`: one statement for them all. */
export function relationshipsOfEntitiesStatement(ids: readonly string[], query: RelationshipQuery): Statement {
  const scope = new StatementScope();
  const node = scope.variable('n');
  const projection = projectEntity(node, { parts: [], relationships: [query] }, scope);
  return {
    cypher: [`UNWIND ${scope.param('ids', ids)} AS id`, `MATCH (${node}:Entity {id: id})`, ...projection.subqueries, `RETURN ${projection.map} AS entity`].join('\n'),
    params: scope.params,
  };
}

/** The relationships of many entities at once (one round trip), at most `first` each, by id. */
export async function findRelationshipsOfEntities(
  database: GraphDatabase,
  ids: readonly string[],
  query: RelationshipQuery,
): Promise<Map<string, RelationshipRecord[]>> {
  const { cypher, params } = relationshipsOfEntitiesStatement(ids, query);
  const rows = await database.read<{ entity: EntityRecord }>(cypher, params);
  return new Map(rows.map(({ entity }) => [entity.id, entity.relationshipLists?.[0] ?? []]));
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
