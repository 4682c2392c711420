import type { GraphDatabase } from './graphDatabase';
import { DOCUMENT_PROJECTION, PASSAGE_PROJECTION } from './projections';
import type { DocumentRecord, MentionRecord, PassageRecord } from './records';

const DOCUMENTS_BY_IDS = `
  UNWIND $ids AS id
  MATCH (d:Document {id: id})
  RETURN ${DOCUMENT_PROJECTION} AS document`;

const DOCUMENT_PAGE = `
  MATCH (d:Document) WHERE d.id > $after
  WITH d ORDER BY d.id LIMIT $limit
  RETURN ${DOCUMENT_PROJECTION} AS document`;

const DOCUMENT_COUNT = 'MATCH (d:Document) RETURN count(d) AS count';

const PASSAGES_OF_DOCUMENTS = `
  UNWIND $ids AS id
  MATCH (d:Document {id: id})
  CALL (d) {
    MATCH (d)-[:HAS_PASSAGE]->(p:Passage)
    WITH d, p ORDER BY p.index LIMIT $first
    RETURN collect(${PASSAGE_PROJECTION}) AS passages
  }
  RETURN id, passages`;

const PASSAGES_BY_IDS = `
  UNWIND $ids AS id
  MATCH (d:Document)-[:HAS_PASSAGE]->(p:Passage {id: id})
  RETURN ${PASSAGE_PROJECTION} AS passage`;

const MENTIONS_OF_PASSAGES = `
  UNWIND $ids AS id
  MATCH (p:Passage {id: id})
  CALL (p) {
    MATCH (p)-[m:MENTIONS]->(e:Entity)
    WITH p, m, e ORDER BY m.start
    RETURN collect({entityId: e.id, passageId: p.id, text: m.text, start: m.start, end: m.end}) AS mentions
  }
  RETURN id, mentions`;

const MENTIONS_OF_ENTITIES = `
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  CALL (e) {
    MATCH (p:Passage)-[m:MENTIONS]->(e)
    WITH p, m, e ORDER BY p.id, m.start LIMIT $first
    RETURN collect({entityId: e.id, passageId: p.id, text: m.text, start: m.start, end: m.end}) AS mentions
  }
  RETURN id, mentions`;

const RELATIONSHIP_COUNT_OF_DOCUMENTS = `
  UNWIND $ids AS id
  RETURN id, COUNT { MATCH (e:Evidence {documentId: id}) RETURN DISTINCT e.relationshipId } AS count`;

export async function findDocumentsByIds(database: GraphDatabase, ids: readonly string[]): Promise<DocumentRecord[]> {
  const rows = await database.read<{ document: DocumentRecord }>(DOCUMENTS_BY_IDS, { ids });
  return rows.map((row) => row.document);
}

/** Documents in id order after the cursor id; one more than asked, so the caller knows whether more follow. */
export async function findDocumentPage(database: GraphDatabase, after: string, limit: number): Promise<DocumentRecord[]> {
  const rows = await database.read<{ document: DocumentRecord }>(DOCUMENT_PAGE, { after, limit });
  return rows.map((row) => row.document);
}

export async function countDocuments(database: GraphDatabase): Promise<number> {
  const [row] = await database.read<{ count: number }>(DOCUMENT_COUNT);
  return row?.count ?? 0;
}

export async function findPassagesOfDocuments(
  database: GraphDatabase,
  ids: readonly string[],
  first: number,
): Promise<Map<string, PassageRecord[]>> {
  const rows = await database.read<{ id: string; passages: PassageRecord[] }>(PASSAGES_OF_DOCUMENTS, { ids, first });
  return new Map(rows.map((row) => [row.id, row.passages]));
}

export async function findPassagesByIds(database: GraphDatabase, ids: readonly string[]): Promise<PassageRecord[]> {
  const rows = await database.read<{ passage: PassageRecord }>(PASSAGES_BY_IDS, { ids });
  return rows.map((row) => row.passage);
}

export async function findMentionsOfPassages(database: GraphDatabase, ids: readonly string[]): Promise<Map<string, MentionRecord[]>> {
  const rows = await database.read<{ id: string; mentions: MentionRecord[] }>(MENTIONS_OF_PASSAGES, { ids });
  return new Map(rows.map((row) => [row.id, row.mentions]));
}

export async function findMentionsOfEntities(
  database: GraphDatabase,
  ids: readonly string[],
  first: number,
): Promise<Map<string, MentionRecord[]>> {
  const rows = await database.read<{ id: string; mentions: MentionRecord[] }>(MENTIONS_OF_ENTITIES, { ids, first });
  return new Map(rows.map((row) => [row.id, row.mentions]));
}

export async function countRelationshipsOfDocuments(database: GraphDatabase, ids: readonly string[]): Promise<Map<string, number>> {
  const rows = await database.read<{ id: string; count: number }>(RELATIONSHIP_COUNT_OF_DOCUMENTS, { ids });
  return new Map(rows.map((row) => [row.id, row.count]));
}
