import type { GraphDatabase } from './graphDatabase';
import { searchTextExpression } from './mergeEntitiesCypher';

// Graphs written before entities carried `searchText` get it here; entities built by Neo4j's offline
// importer (importIntoNewDatabase), which cannot write an empty list, get their empty aliases and xrefs.
// One pass that Neo4j commits in batches: a `LIMIT` loop would scan again from the first entity for
// every batch. Only missing properties are set: each one written costs, on a million entities.
const FILL_ENTITY_PROPERTIES = `
  MATCH (n:Entity) WHERE n.searchText IS NULL OR n.aliases IS NULL OR n.xrefs IS NULL
  CALL (n) {
    SET n.aliases = coalesce(n.aliases, []), n.xrefs = coalesce(n.xrefs, []),
        n.searchText = coalesce(n.searchText, ${searchTextExpression('n.name', 'coalesce(n.aliases, [])')})
  } IN TRANSACTIONS OF 10000 ROWS`;

/** Gives every entity its lists and `searchText`; a no-op on a graph whose entities have them. */
export async function backfillEntityProperties(database: GraphDatabase): Promise<void> {
  await database.writeInBatches(FILL_ENTITY_PROPERTIES);
}
