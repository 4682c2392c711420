import path from 'node:path';

import { stanceOf } from '../domain/stance';
import { BACKFILL_STATE, type Backfill } from './backfillState';
import type { BulkDocument, BulkEntity, BulkRelationship } from './bulkLoader';
import { CsvFile } from './csvFile';
import { claimParameters, type ClaimEvidence } from './mergeClaimsCypher';
import { searchTextOf, storedEntity } from './mergeEntitiesCypher';

/** What Neo4j's offline importer is given: node files (with their labels) and relationship files (with their type). */
export interface ImportFiles {
  nodes: { labels: string[]; file: string }[];
  relationships: { type: string | null; file: string }[];
  /** Some value spans lines: the importer must parse fields across line breaks (slower, so only then). */
  multiline: boolean;
}

export interface ImportSource {
  documents: AsyncIterable<BulkDocument> | Iterable<BulkDocument>;
  entities: AsyncIterable<BulkEntity> | Iterable<BulkEntity>;
  /** Each claim once, with all its sentences: the importer creates, it cannot merge. */
  relationships: AsyncIterable<BulkRelationship> | Iterable<BulkRelationship>;
}

/**
 * What refreshClaims would write on a claim whose sentences are exactly these: in a new graph a claim's
 * sentences are all in the stream, so the sums are known before anything is written.
 */
function claimSums(evidence: readonly ClaimEvidence[]) {
  const affirmed = evidence.filter((sentence) => sentence.polarity === 'AFFIRMED');
  const affirmingHedged = affirmed.filter((sentence) => sentence.certainty === 'HEDGED').length;
  const negating = evidence.length - affirmed.length;
  return {
    affirming: affirmed.length,
    negating,
    hedged: evidence.filter((sentence) => sentence.certainty === 'HEDGED').length,
    documents: new Set(evidence.map((sentence) => sentence.documentId)).size,
    stance: stanceOf({ affirmingAsserted: affirmed.length - affirmingHedged, affirmingHedged, negating, curated: false }),
  };
}

// Sentences are written with their polarity, certainty and action, claims with their sums and stance:
// the stance back-fill would find nothing to do, and on a large graph its scans take minutes.
const NEEDLESS_BACKFILLS: Backfill[] = ['stance'];

const openIn = (directory: string) => (name: string, header: string[]) => CsvFile.open(path.join(directory, `${name}.csv`), header);

/**
 * Claims with their sentences as importer files in `directory`: the claim relationships, the Evidence
 * nodes and their ASSERTS relationships. A share of a graph's claims can be written apart, by another
 * process, and the files of every share given to one import (mergeImportFiles).
 */
export async function writeClaimFiles(
  directory: string,
  relationships: AsyncIterable<BulkRelationship> | Iterable<BulkRelationship>,
): Promise<ImportFiles> {
  const open = openIn(directory);
  const claims = open('claims', [
    ':START_ID(Entity)', ':END_ID(Entity)', ':TYPE', 'id', 'curated:boolean', 'affirming:long', 'negating:long', 'hedged:long', 'documents:long', 'stance',
  ]);
  const evidence = open('evidence', [
    'id:ID(Evidence)', 'relationshipId', 'documentId', 'passageId', 'quote', 'start:long', 'end:long', 'polarity', 'certainty', 'action',
  ]);
  const asserts = open('asserts', [':START_ID(Passage)', ':END_ID(Evidence)']);
  for await (const relationship of relationships) {
    // A claim no sentence speaks for is not kept (refreshClaims removes it); the Cypher path never keeps one either.
    if (relationship.evidence.length === 0) continue;
    const claim = claimParameters(relationship);
    const sums = claimSums(relationship.evidence);
    await claims.row([claim.sourceId, claim.targetId, relationship.type, claim.id, false, sums.affirming, sums.negating, sums.hedged, sums.documents, sums.stance]);
    for (const sentence of claim.evidence) {
      await evidence.row([
        sentence.id, claim.id, sentence.documentId, sentence.passageId, sentence.quote, sentence.start, sentence.end,
        sentence.polarity, sentence.certainty, sentence.action,
      ]);
      await asserts.row([sentence.passageId, sentence.id]);
    }
  }
  const files = [claims, evidence, asserts];
  await Promise.all(files.map((file) => file.close()));
  return {
    nodes: [{ labels: ['Evidence'], file: evidence.path }],
    relationships: [
      { type: null, file: claims.path },
      { type: 'ASSERTS', file: asserts.path },
    ],
    multiline: files.some((file) => file.multiline),
  };
}

/** One import of several shares' files: each file keeps its own header. */
export function mergeImportFiles(...parts: ImportFiles[]): ImportFiles {
  return {
    nodes: parts.flatMap((part) => part.nodes),
    relationships: parts.flatMap((part) => part.relationships),
    multiline: parts.some((part) => part.multiline),
  };
}

/**
 * Writes a new graph as the CSV files of Neo4j's offline importer, in `directory`: the same nodes,
 * relationships and properties the bulk loader's Cypher writes (mergeEntitiesCypher, mergeClaimsCypher,
 * refreshClaims), except what the importer cannot write: an empty list (an entity's aliases or xrefs),
 * which applySchema's entityProperties back-fill gives the entities that lack one on the first start.
 * Streams: nothing is held whole.
 */
export async function writeImportFiles(directory: string, source: ImportSource): Promise<ImportFiles> {
  const open = openIn(directory);
  const documents = open('documents', ['id:ID(Document)', 'title', 'source', 'checksum', 'text']);
  const passages = open('passages', ['id:ID(Passage)', 'index:long', 'start:long', 'end:long', 'text']);
  const hasPassage = open('has_passage', [':START_ID(Document)', ':END_ID(Passage)']);
  for await (const { document, passages: ofDocument } of source.documents) {
    await documents.row([document.id, document.title, document.source, document.checksum, document.text]);
    for (const passage of ofDocument) {
      await passages.row([passage.id, passage.index, passage.start, passage.end, passage.text]);
      await hasPassage.row([document.id, passage.id]);
    }
  }

  const entities = open('entities', [
    'id:ID(Entity)', ':LABEL', 'name', 'aliases:string[]', 'aliasText', 'description', 'xrefs:string[]', 'curated:boolean', 'provisional:boolean', 'searchText',
  ]);
  for await (const entity of source.entities) {
    const stored = storedEntity(entity, entity.curated);
    await entities.row([
      stored.id, ['Entity', entity.kind], stored.name, stored.aliases, stored.aliasText, stored.description, stored.xrefs, stored.curated, false,
      searchTextOf(stored.name, stored.aliases),
    ]);
  }

  const backfillState = open('backfill_state', [`id:ID(${BACKFILL_STATE.label})`, `${BACKFILL_STATE.property}:string[]`]);
  await backfillState.row([BACKFILL_STATE.id, NEEDLESS_BACKFILLS]);

  const files = [documents, passages, hasPassage, entities, backfillState];
  await Promise.all(files.map((file) => file.close()));
  const graph: ImportFiles = {
    nodes: [
      { labels: ['Document'], file: documents.path },
      { labels: ['Passage'], file: passages.path },
      { labels: [], file: entities.path },
      { labels: [BACKFILL_STATE.label], file: backfillState.path },
    ],
    relationships: [{ type: 'HAS_PASSAGE', file: hasPassage.path }],
    multiline: files.some((file) => file.multiline),
  };
  return mergeImportFiles(graph, await writeClaimFiles(directory, source.relationships));
}
