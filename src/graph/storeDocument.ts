import { RELATIONSHIP_TYPES, type Extraction, type RelationshipType } from '../extraction/types';
import type { GraphDatabase } from './graphDatabase';
import type { DocumentRecord } from './records';
import { relationshipId } from './relationshipId';
import { removeDocument } from './removeDocument';

export interface StoredDocument {
  document: DocumentRecord;
  /** False when a document with the same text was already stored: nothing was written. */
  created: boolean;
}

const FIND_SAME_TEXT = `
  MATCH (d:Document {checksum: $checksum})
  RETURN d {.id, .title, .source, .checksum, .text} AS document LIMIT 1`;

const CREATE_DOCUMENT_AND_PASSAGES = `
  CREATE (d:Document {id: $document.id, title: $document.title, source: $document.source,
                      checksum: $document.checksum, text: $document.text})
  WITH d
  UNWIND $passages AS passage
  CREATE (d)-[:HAS_PASSAGE]->(:Passage {id: passage.id, index: passage.index, start: passage.start,
                                         end: passage.end, text: passage.text})`;

const CREATE_MENTIONS = `
  UNWIND $mentions AS mention
  MATCH (p:Passage {id: mention.passageId})
  MATCH (e:Entity {id: mention.entityId})
  CREATE (p)-[:MENTIONS {start: mention.start, end: mention.end, text: mention.text}]->(e)`;

/** One statement per relationship type, because a type cannot be a parameter; types come from the allowlist. */
function mergeClaimsCypher(type: RelationshipType): string {
  return `
    UNWIND $claims AS claim
    MATCH (s:Entity {id: claim.sourceId})
    MATCH (t:Entity {id: claim.targetId})
    MERGE (s)-[r:${type}]->(t)
      ON CREATE SET r.id = claim.id, r.curated = false
    SET r.action = coalesce(r.action, claim.action)
    WITH claim
    UNWIND claim.evidence AS evidence
    MATCH (p:Passage {id: evidence.passageId})
    CREATE (p)-[:ASSERTS]->(:Evidence {id: evidence.id, relationshipId: claim.id, documentId: $documentId,
                                        passageId: evidence.passageId, quote: evidence.quote,
                                        start: evidence.start, end: evidence.end})`;
}

function passageId(documentId: string, index: number): string {
  return `${documentId}#${index}`;
}

/**
 * Stores a document with its passages, mentions, claims and evidence in one transaction: a failure
 * anywhere leaves the graph as it was. The same text twice is stored once; a changed text under the
 * same id replaces the old version, with the claims only it supported.
 */
export async function storeDocument(
  database: GraphDatabase,
  document: DocumentRecord,
  extraction: Extraction,
): Promise<StoredDocument> {
  return database.inWriteTransaction(async (run) => {
    const [existing] = await run<{ document: DocumentRecord }>(FIND_SAME_TEXT, { checksum: document.checksum });
    if (existing) return { document: existing.document, created: false };
    await removeDocument(run, document.id);

    const passages = extraction.passages.map((passage) => ({ ...passage, id: passageId(document.id, passage.index) }));
    await run(CREATE_DOCUMENT_AND_PASSAGES, { document, passages });
    const mentions = extraction.mentions.map((mention) => ({
      ...mention,
      passageId: passageId(document.id, mention.passageIndex),
    }));
    if (mentions.length > 0) await run(CREATE_MENTIONS, { mentions });

    for (const type of RELATIONSHIP_TYPES) {
      const claims = extraction.claims
        .filter((claim) => claim.type === type)
        .map((claim) => {
          const id = relationshipId(claim.sourceId, type, claim.targetId);
          return {
            id,
            sourceId: claim.sourceId,
            targetId: claim.targetId,
            action: claim.action ?? null,
            evidence: claim.evidence.map((evidence) => ({
              ...evidence,
              id: `${id}@${document.id}:${evidence.start}-${evidence.end}`,
              passageId: passageId(document.id, evidence.passageIndex),
            })),
          };
        });
      if (claims.length > 0) await run(mergeClaimsCypher(type), { claims, documentId: document.id });
    }
    return { document, created: true };
  }, 120_000);
}
