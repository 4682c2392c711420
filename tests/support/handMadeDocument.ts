import type { Certainty, Polarity } from '../../src/domain/assertionStatus';
import type { ClaimType } from '../../src/domain/relationshipTypes';
import type { Claim, Extraction, ProvisionalEntity } from '../../src/extraction/types';
import type { DocumentRecord } from '../../src/graph/records';
import { checksumOf } from '../../src/ingestion/ingestDocument';

/** A sentence, and what it says about one claim (affirmed and asserted unless told). */
export interface HandMadeSentence {
  text: string;
  claim: {
    type: ClaimType;
    sourceId: string;
    targetId: string;
    polarity?: Polarity;
    certainty?: Certainty;
    action?: string;
  };
}

/**
 * A document and the extraction the new extractor would give it, made by hand: stance set per
 * sentence, offsets exact (`text.slice(start, end) === quote`), one passage. For tests of the graph
 * and API that must not wait for the extractor to read denials and hedges.
 */
export function handMadeDocument(
  id: string,
  title: string,
  sentences: readonly HandMadeSentence[],
  provisional: ProvisionalEntity[] = [],
): { document: DocumentRecord; extraction: Extraction } {
  const text = sentences.map((sentence) => sentence.text).join(' ');
  const claims = new Map<string, Claim>();
  let start = 0;
  for (const { text: quote, claim } of sentences) {
    const key = `${claim.sourceId}|${claim.type}|${claim.targetId}`;
    const found = claims.get(key) ?? { type: claim.type, sourceId: claim.sourceId, targetId: claim.targetId, evidence: [] };
    found.evidence.push({
      passageIndex: 0,
      start,
      end: start + quote.length,
      quote,
      polarity: claim.polarity ?? 'AFFIRMED',
      certainty: claim.certainty ?? 'ASSERTED',
      ...(claim.action ? { action: claim.action } : {}),
    });
    claims.set(key, found);
    start += quote.length + 1;
  }
  return {
    document: { id, title, source: 'test', checksum: checksumOf(text), text, url: null, publisher: null, author: null, published: null, sourceType: 'OTHER' },
    extraction: {
      passages: [{ index: 0, start: 0, end: text.length, text }],
      mentions: [],
      provisional,
      claims: [...claims.values()],
      candidates: [],
    },
  };
}
