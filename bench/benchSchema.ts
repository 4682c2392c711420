import { applySchema } from '../src/graph/applySchema';
import type { GraphDatabase } from '../src/graph/graphDatabase';

// The peer's generated list filter is `name CONTAINS $text` (case-sensitive, names only), where the API
// asks its TEXT index over lower-cased names and aliases. Without a TEXT index on the property the peer
// filters, it scans every compound, and the comparison measures a missing index, not the two APIs.
const PEER_EQUIVALENT_INDEXES = ['CREATE TEXT INDEX bench_entity_name_text IF NOT EXISTS FOR (n:Entity) ON (n.name)'];

/**
 * Every index the three servers need, made in one place because they share one database: the API's
 * own schema, and for each index the API relies on, the one that serves the same question in the
 * peer's generated Cypher, built in the same pass over the graph. The floor's statements use the API's
 * indexes (bench/floorCypher.ts).
 */
export async function applyBenchSchema(database: GraphDatabase, log?: (line: string) => void): Promise<void> {
  await applySchema(database, log, PEER_EQUIVALENT_INDEXES);
}
