import type { GraphDatabase } from '../src/graph/graphDatabase';

// The bench writes this node into every graph it loads, before anything else; a graph with nodes
// and no marker holds something the bench did not write. Bench-only Cypher (STYLE allows it in bench/).
const MARKER_LABEL = 'BenchDataset';
const READ_OWNERSHIP = `
  RETURN EXISTS { MATCH (n) } AS hasNodes, EXISTS { MATCH (:${MARKER_LABEL}) } AS hasMarker`;
const CLAIM = `MERGE (:${MARKER_LABEL} {id: "bench"})`;

/** Throws unless the graph is empty or was written by the bench: it is about to be reset. */
export async function assertBenchOwns(database: GraphDatabase, uri: string): Promise<void> {
  const [row] = await database.read<{ hasNodes: boolean; hasMarker: boolean }>(READ_OWNERSHIP);
  if (row?.hasNodes && !row.hasMarker) {
    throw new Error(
      `The Neo4j at ${uri} holds nodes the bench did not write (no :${MARKER_LABEL} node), and the bench resets ` +
        'the graph it loads. It will not touch it: point BENCH_NEO4J_URI at an empty database, or leave it unset ' +
        'so the bench starts its own.',
    );
  }
}

/** Marks a freshly reset graph as the bench's, before loading, so a load cut short is still the bench's. */
export async function claimForBench(database: GraphDatabase): Promise<void> {
  await database.write(CLAIM);
}
