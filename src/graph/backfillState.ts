import type { GraphDatabase } from './graphDatabase';

/**
 * The back-fills applySchema runs, by name: `entityProperties` gives entities what a writer left out
 * (`searchText`, empty lists), `stance` brings sentences and claims up to the stance model. A graph
 * remembers which it has had, on one node, so that a start on a large graph does not scan it all again
 * for what it cannot lack. Only a writer older than these back-fills could write a graph that lacks them
 * again; a graph never prepared (a new one, one reset, one written before this node existed) has none.
 */
export const BACKFILLS = ['entityProperties', 'stance'] as const;
export type Backfill = (typeof BACKFILLS)[number];

/** The node that records them; the offline importer writes it too (importFiles), with what its files make needless. */
export const BACKFILL_STATE = { label: 'GraphSchema', id: 'graph', property: 'backfilled' } as const;

const { label, property } = BACKFILL_STATE;
const READ = `OPTIONAL MATCH (m:${label} {id: $id}) RETURN m.${property} AS backfilled`;
// Backed by the graph_schema_id constraint (applySchema), so two preparations at once still leave one node.
const WRITE = `MERGE (m:${label} {id: $id}) SET m.${property} = $backfilled`;

export async function readBackfilled(database: GraphDatabase): Promise<Backfill[]> {
  const [row] = await database.read<{ backfilled: string[] | null }>(READ, { id: BACKFILL_STATE.id });
  return BACKFILLS.filter((name) => row?.backfilled?.includes(name));
}

export async function recordAllBackfilled(database: GraphDatabase): Promise<void> {
  await database.write(WRITE, { id: BACKFILL_STATE.id, backfilled: [...BACKFILLS] });
}
