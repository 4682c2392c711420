import { createHash } from 'node:crypto';

import { extractDocument } from '../extraction/extractDocument';
import type { Extraction } from '../extraction/types';
import type { GraphDatabase } from '../graph/graphDatabase';
import type { IngestRecord } from '../graph/records';
import { storeDocument } from '../graph/storeDocument';
import type { DocumentProvenance } from './checkProvenance';
import type { VocabularyCache } from './vocabularyCache';

export interface DocumentInput extends DocumentProvenance {
  id: string;
  title: string;
  source: string | null;
  /** Already checked with checkDocumentInput, like the title and source. */
  text: string;
}

export function checksumOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** What one extraction found, counted as an ingest report. */
export function reportOf(extraction: Extraction) {
  return {
    passages: extraction.passages.length,
    mentions: extraction.mentions.length,
    entities: new Set(extraction.mentions.map((mention) => mention.entityId)).size,
    relationships: extraction.claims.length,
    denied: extraction.claims.filter((claim) => claim.evidence.length > 0 && claim.evidence.every((evidence) => evidence.polarity === 'NEGATED')).length,
    evidence: extraction.claims.reduce((sum, claim) => sum + claim.evidence.length, 0),
    provisional: extraction.provisional.length,
    candidates: extraction.candidates,
  };
}

/**
 * Extracts a document's claims with the graph's current vocabulary and stores them with their
 * evidence, all or nothing.
 */
export async function ingestDocument(
  database: GraphDatabase,
  vocabulary: VocabularyCache,
  input: DocumentInput,
): Promise<IngestRecord> {
  const extraction = extractDocument(input.text, await vocabulary.current());
  const stored = await storeDocument(database, { ...input, checksum: checksumOf(input.text) }, extraction);
  return { document: stored.document, created: stored.created, ...reportOf(extraction) };
}
