import type { GraphDatabase } from './graphDatabase';
import { projectEntity } from './read/selectionProjection';
import type { EntitySelection } from './read/readSelection';
import { StatementScope, type Statement } from './read/statementScope';
import { entityProjection } from './projections';
import type { EntityRecord } from './records';

const ENTITIES_BY_IDS = `
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN ${entityProjection('n')} AS entity`;

/** The entities with these ids (missing ones are left out), in one round trip. */
export async function findEntitiesByIds(database: GraphDatabase, ids: readonly string[]): Promise<EntityRecord[]> {
  const rows = await database.read<{ entity: EntityRecord }>(ENTITIES_BY_IDS, { ids });
  return rows.map((row) => row.entity);
}

/** One entity by id with what `selection` asks of it, nested relationship lists included: one statement. */
export function entityStatement(id: string, selection: EntitySelection): Statement {
  const scope = new StatementScope();
  const node = scope.variable('n');
  const match = `MATCH (${node}:Entity {id: ${scope.param('id', id)}})`;
  const projection = projectEntity(node, selection, scope);
  return {
    cypher: [match, ...projection.subqueries, `RETURN ${projection.map} AS entity`].join('\n'),
    params: scope.params,
  };
}

/**
 * The entity with this id as `selection` asks (null when there is none). Its record holds only the
 * selected parts: it is for the resolvers that asked, never for a cache others read.
 */
export async function findEntity(database: GraphDatabase, id: string, selection: EntitySelection): Promise<EntityRecord | null> {
  const { cypher, params } = entityStatement(id, selection);
  const [row] = await database.read<{ entity: EntityRecord }>(cypher, params);
  return row?.entity ?? null;
}
