import { RELATIONSHIP_TYPES } from '../domain/relationshipTypes';
import { backfillStance } from './backfillStance';
import type { GraphDatabase } from './graphDatabase';
import { searchTextExpression } from './mergeEntitiesCypher';

export const ENTITY_SEARCH_INDEX = 'entity_search';

const STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT passage_id IF NOT EXISTS FOR (n:Passage) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
  'CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (n:Entity) ON (n.searchText)',
  'CREATE INDEX document_checksum IF NOT EXISTS FOR (n:Document) ON (n.checksum)',
  'CREATE INDEX evidence_relationship IF NOT EXISTS FOR (n:Evidence) ON (n.relationshipId)',
  'CREATE INDEX evidence_document IF NOT EXISTS FOR (n:Evidence) ON (n.documentId)',
  ...RELATIONSHIP_TYPES.map(
    (type) => `CREATE INDEX relationship_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`,
  ),
  // The standard analyzer without stop words, so that short aliases such as "OH" in "7-OH" stay searchable.
  `CREATE FULLTEXT INDEX ${ENTITY_SEARCH_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }`,
];

// Graphs written before entities carried `searchText` get it here, in batches; so do graphs built by
// Neo4j's offline importer (importIntoNewDatabase), which writes no derived text and cannot write an empty list.
const BACKFILL_SEARCH_TEXT = `
  MATCH (n:Entity) WHERE n.searchText IS NULL
  WITH n LIMIT 10000
  SET n.aliases = coalesce(n.aliases, []), n.xrefs = coalesce(n.xrefs, []),
      n.searchText = ${searchTextExpression('n.name', 'coalesce(n.aliases, [])')}
  RETURN count(n) AS updated`;

// `IF NOT EXISTS` does not see a schema rule another transaction is still creating: two preparations at
// once (two API instances starting, or a retry overlapping an attempt the client gave up on) can both
// try to create it, and the later one fails with this code although what it asked for now exists.
const EQUIVALENT_RULE_EXISTS = 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists';

async function createIfMissing(database: GraphDatabase, statement: string): Promise<void> {
  try {
    await database.write(statement);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    if (code !== EQUIVALENT_RULE_EXISTS) throw error;
  }
}

/**
 * Creates the constraints and indexes the graph relies on, fills derived properties, and waits until the
 * indexes are online. Safe to run at every start, again after a failure, and from several processes at once.
 */
export async function applySchema(database: GraphDatabase): Promise<void> {
  for (const statement of STATEMENTS) await createIfMissing(database, statement);
  for (;;) {
    const [row] = await database.write<{ updated: number }>(BACKFILL_SEARCH_TEXT);
    if (!row || row.updated === 0) break;
  }
  await backfillStance(database);
  await database.write('CALL db.awaitIndexes(300)');
}
