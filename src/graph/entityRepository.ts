import type { GraphDatabase } from './graphDatabase';
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
