import { CLAIM_TYPES } from '../domain/relationshipTypes';
import type { VocabularyEntry } from '../extraction/types';
import type { GraphDatabase } from './graphDatabase';
import { claimParameters, mergeClaimsCypher, type ClaimEvidence, type ClaimToMerge } from './mergeClaimsCypher';
import { mergeEntitiesCypher, storedEntity } from './mergeEntitiesCypher';
import type { DocumentRecord, PassageRecord } from './records';
import { refreshClaims } from './refreshClaims';
import { refOf } from './relationshipId';

/** A document with its passages; evidence points at the passages, so documents load first. */
export interface BulkDocument {
  document: DocumentRecord;
  passages: Omit<PassageRecord, 'documentId'>[];
}

export type BulkEvidence = ClaimEvidence;

/** One claim with the sentences asserting it. Both ends must already be loaded. */
export type BulkRelationship = ClaimToMerge;

export interface BulkEntity extends VocabularyEntry {
  curated: boolean;
}

export interface BulkLoadCounts {
  items: number;
  batches: number;
}

const MERGE_DOCUMENTS = `
  UNWIND $documents AS item
  MERGE (d:Document {id: item.document.id})
  SET d.title = item.document.title, d.source = item.document.source,
      d.checksum = item.document.checksum, d.text = item.document.text
  WITH d, item
  UNWIND item.passages AS passage
  MERGE (p:Passage {id: passage.id})
  SET p.index = passage.index, p.start = passage.start, p.end = passage.end, p.text = passage.text
  MERGE (d)-[:HAS_PASSAGE]->(p)`;

/** Pulls items from a stream `size` at a time, so no more than one batch is ever held. */
async function* batches<T>(items: AsyncIterable<T> | Iterable<T>, size: number): AsyncGenerator<T[]> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`batch size must be a positive integer, not ${size}`);
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function groupBy<T, K extends string>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Writes a stream in batches of `size`, one `write` (one transaction) per batch, and counts what it wrote. */
async function inBatches<T>(
  items: AsyncIterable<T> | Iterable<T>,
  size: number,
  write: (batch: T[]) => Promise<unknown>,
): Promise<BulkLoadCounts> {
  const counts = { items: 0, batches: 0 };
  for await (const batch of batches(items, size)) {
    await write(batch);
    counts.items += batch.length;
    counts.batches += 1;
  }
  return counts;
}

/** Documents and their passages, `batchSize` documents per transaction. */
export async function bulkLoadDocuments(
  database: GraphDatabase,
  documents: AsyncIterable<BulkDocument> | Iterable<BulkDocument>,
  batchSize: number,
): Promise<BulkLoadCounts> {
  return inBatches(documents, batchSize, (batch) => database.write(MERGE_DOCUMENTS, { documents: batch }));
}

/** Entities, `batchSize` per transaction (one statement per kind present in the batch). */
export async function bulkLoadEntities(
  database: GraphDatabase,
  entities: AsyncIterable<BulkEntity> | Iterable<BulkEntity>,
  batchSize: number,
): Promise<BulkLoadCounts> {
  return inBatches(entities, batchSize, (batch) =>
    database.inWriteTransaction(async (run) => {
      for (const [kind, group] of groupBy(batch, (entity) => entity.kind)) {
        await run(mergeEntitiesCypher(kind), { entities: group.map((entity) => storedEntity(entity, entity.curated)) });
      }
    }),
  );
}

/**
 * Relationships with their evidence, `batchSize` per transaction (one statement per type present),
 * each batch's sums and stances recomputed in its own transaction. A failed batch changes nothing;
 * the batches before it stay, and re-running the stream completes it.
 */
export async function bulkLoadRelationships(
  database: GraphDatabase,
  relationships: AsyncIterable<BulkRelationship> | Iterable<BulkRelationship>,
  batchSize: number,
): Promise<BulkLoadCounts> {
  return inBatches(relationships, batchSize, (batch) =>
    database.inWriteTransaction(async (run) => {
      for (const type of CLAIM_TYPES) {
        const claims = batch.filter((relationship) => relationship.type === type).map(claimParameters);
        if (claims.length > 0) await run(mergeClaimsCypher(type), { claims });
      }
      await refreshClaims(run, batch.map(refOf));
    }, 600_000),
  );
}
