import type { GraphDatabase } from './graphDatabase';

// In batches, so that a large graph never needs one huge transaction.
const DELETE_BATCH = 'MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted';

/** Deletes every node and relationship (the schema stays). */
export async function resetGraph(database: GraphDatabase): Promise<void> {
  for (;;) {
    const [row] = await database.write<{ deleted: number }>(DELETE_BATCH);
    if (!row || row.deleted === 0) return;
  }
}
