import { RELATIONSHIP_TYPES } from '../domain/relationshipTypes';
import { BACKFILLS, readBackfilled, recordAllBackfilled } from './backfillState';
import { backfillEntityProperties } from './backfillEntityProperties';
import { backfillStance } from './backfillStance';
import type { GraphDatabase } from './graphDatabase';

export const ENTITY_SEARCH_INDEX = 'entity_search';

const CONSTRAINTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT passage_id IF NOT EXISTS FOR (n:Passage) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT graph_schema_id IF NOT EXISTS FOR (n:GraphSchema) REQUIRE n.id IS UNIQUE',
];

const INDEXES = [
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

// Building every index over a large graph (an imported one) takes minutes on a small machine.
const AWAIT_INDEXES = 'CALL db.awaitIndexes(3600)';

// `IF NOT EXISTS` does not see a schema rule another transaction is still creating: two preparations at
// once (two API instances starting, or a retry overlapping an attempt the client gave up on) can both
// try to create it, and the later one fails with this code although what it asked for now exists.
const EQUIVALENT_RULE_EXISTS = 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists';

function isEquivalentRuleExists(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === EQUIVALENT_RULE_EXISTS;
}

async function createIfMissing(database: GraphDatabase, statement: string): Promise<void> {
  try {
    await database.write(statement);
  } catch (error) {
    if (!isEquivalentRuleExists(error)) throw error;
  }
}

/**
 * The indexes in one transaction, so that Neo4j fills them all in one pass over the graph, in the
 * background while the constraints are built; each constraint is built and checked in its own statement.
 */
async function createSchema(database: GraphDatabase, indexes: readonly string[]): Promise<void> {
  try {
    await database.inWriteTransaction(async (run) => {
      for (const statement of indexes) await run(statement);
    });
  } catch (error) {
    if (!isEquivalentRuleExists(error)) throw error;
    for (const statement of indexes) await createIfMissing(database, statement);
  }
  for (const statement of CONSTRAINTS) await createIfMissing(database, statement);
}

const seconds = (start: bigint) => (Number(process.hrtime.bigint() - start) / 1e9).toFixed(1);

/**
 * Creates the constraints and indexes the graph relies on, fills derived properties the graph has never
 * had filled (backfillState), and waits until the indexes are online. Safe to run at every start, again
 * after a failure, and from several processes at once; on a graph prepared before, it scans nothing.
 * `log` hears how long each step took (on an imported graph of a million entities, minutes).
 * `extraIndexes` (`CREATE … INDEX … IF NOT EXISTS`) are built in the same pass as the graph's own.
 */
export async function applySchema(
  database: GraphDatabase,
  log: (line: string) => void = () => undefined,
  extraIndexes: readonly string[] = [],
): Promise<void> {
  const backfilled = await readBackfilled(database);
  let started = process.hrtime.bigint();
  // Before the indexes exist, so that they are filled once, from complete entities.
  if (!backfilled.includes('entityProperties')) {
    await backfillEntityProperties(database);
    log(`  entity properties back-filled in ${seconds(started)} s`);
    started = process.hrtime.bigint();
  }
  await createSchema(database, [...INDEXES, ...extraIndexes]);
  await database.write(AWAIT_INDEXES);
  log(`  constraints and indexes online in ${seconds(started)} s`);
  // It finds relationships and sentences through the indexes.
  if (!backfilled.includes('stance')) {
    started = process.hrtime.bigint();
    await backfillStance(database);
    log(`  stance back-filled in ${seconds(started)} s`);
  }
  if (backfilled.length < BACKFILLS.length) await recordAllBackfilled(database);
}
