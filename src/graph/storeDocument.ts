import { ENTITY_KINDS } from '../domain/entityKinds';
import { CLAIM_TYPES } from '../domain/relationshipTypes';
import type { Extraction } from '../extraction/types';
import { asWriteConflict } from './errors';
import type { GraphDatabase } from './graphDatabase';
import { DOCUMENT_PROJECTION } from './projections';
import type { DocumentRecord } from './records';
import { claimParameters, mergeClaimsCypher } from './mergeClaimsCypher';
import { mergeProvisionalEntitiesCypher } from './mergeEntitiesCypher';
import { refreshClaims } from './refreshClaims';
import { refOf } from './relationshipId';
import { removeDocument } from './removeDocument';

export interface StoredDocument {
  document: DocumentRecord;
  /** False when a document with the same text was already stored: nothing was written. */
  created: boolean;
}

const FIND_SAME_TEXT = `
  MATCH (d:Document {checksum: $checksum})
  RETURN ${DOCUMENT_PROJECTION} AS document LIMIT 1`;

// MERGE on the unique document id takes the id's lock: of two transactions storing one id, the second
// waits for the first to commit and then finds its document, so only one caller is told it created it.
// A node it creates has no checksum yet; every stored document has one.
const CLAIM_DOCUMENT_ID = `
  MERGE (d:Document {id: $id})
  RETURN d.checksum AS checksum`;

const FILL_DOCUMENT_AND_PASSAGES = `
  MATCH (d:Document {id: $document.id})
  SET d.title = $document.title, d.source = $document.source, d.checksum = $document.checksum, d.text = $document.text,
      d.url = $document.url, d.publisher = $document.publisher, d.author = $document.author,
      d.published = $document.published, d.sourceType = $document.sourceType
  WITH d
  UNWIND $passages AS passage
  CREATE (d)-[:HAS_PASSAGE]->(:Passage {id: passage.id, index: passage.index, start: passage.start,
                                         end: passage.end, text: passage.text})`;

const CREATE_MENTIONS = `
  UNWIND $mentions AS mention
  MATCH (p:Passage {id: mention.passageId})
  MATCH (e:Entity {id: mention.entityId})
  CREATE (p)-[:MENTIONS {start: mention.start, end: mention.end, text: mention.text}]->(e)`;

function passageId(documentId: string, index: number): string {
  return `${documentId}#${index}`;
}

/**
 * Stores a document with its passages, mentions, provisional entities, claims and evidence in one
 * transaction: a failure anywhere leaves the graph as it was. Affirming and denying sentences alike
 * become evidence, and what each claim sums up is recomputed from all its sentences before the
 * transaction ends. The same text twice is stored once, and of concurrent calls storing one document
 * exactly one reports `created`; a changed text under the same id replaces the old version, with the
 * claims only it supported.
 */
export async function storeDocument(
  database: GraphDatabase,
  document: DocumentRecord,
  extraction: Extraction,
): Promise<StoredDocument> {
  try {
    return await writeDocument(database, document, extraction);
  } catch (error) {
    throw asWriteConflict(error);
  }
}

function writeDocument(database: GraphDatabase, document: DocumentRecord, extraction: Extraction): Promise<StoredDocument> {
  return database.inWriteTransaction(async (run) => {
    const [sameText] = await run<{ document: DocumentRecord }>(FIND_SAME_TEXT, { checksum: document.checksum });
    if (sameText) return { document: sameText.document, created: false };
    const [claimed] = await run<{ checksum: string | null }>(CLAIM_DOCUMENT_ID, { id: document.id });
    if (claimed?.checksum === document.checksum) return { document, created: false };
    if (claimed?.checksum) {
      // A changed text under the same id: the old version goes, with the claims only it supported.
      await removeDocument(run, document.id);
      await run(CLAIM_DOCUMENT_ID, { id: document.id });
    }

    const passages = extraction.passages.map((passage) => ({ ...passage, id: passageId(document.id, passage.index) }));
    await run(FILL_DOCUMENT_AND_PASSAGES, { document, passages });
    for (const kind of ENTITY_KINDS) {
      const entities = extraction.provisional.filter((entity) => entity.kind === kind);
      if (entities.length > 0) await run(mergeProvisionalEntitiesCypher(kind), { entities });
    }
    const mentions = extraction.mentions.map((mention) => ({
      ...mention,
      passageId: passageId(document.id, mention.passageIndex),
    }));
    if (mentions.length > 0) await run(CREATE_MENTIONS, { mentions });

    // A claim with no sentence has nothing to store.
    const claims = extraction.claims.filter((claim) => claim.evidence.length > 0);
    for (const type of CLAIM_TYPES) {
      const ofType = claims
        .filter((claim) => claim.type === type)
        .map((claim) =>
          claimParameters({
            type,
            sourceId: claim.sourceId,
            targetId: claim.targetId,
            evidence: claim.evidence.map(({ quote, start, end, passageIndex, polarity, certainty, action }) => ({
              documentId: document.id,
              passageId: passageId(document.id, passageIndex),
              quote,
              start,
              end,
              polarity,
              certainty,
              action: action ?? null,
            })),
          }),
        );
      if (ofType.length > 0) await run(mergeClaimsCypher(type), { claims: ofType });
    }
    await refreshClaims(run, claims.map(refOf));
    return { document, created: true };
  }, 120_000);
}
