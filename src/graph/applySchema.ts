import { RELATIONSHIP_TYPES } from '../extraction/types';
import type { GraphDatabase } from './graphDatabase';

export const ENTITY_SEARCH_INDEX = 'entity_search';

// Every statement is idempotent (IF NOT EXISTS), so applying the schema at each start is safe.
const STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT passage_id IF NOT EXISTS FOR (n:Passage) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
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

/** Creates the constraints and indexes the graph relies on, and waits until they are online. */
export async function applySchema(database: GraphDatabase): Promise<void> {
  for (const statement of STATEMENTS) await database.write(statement);
  await database.write('CALL db.awaitIndexes(120)');
}
