import { extractDocument } from '../../../src/extraction/extractDocument';
import { vocabulary } from './vocabularyFixture';

/** Every claim of a text as "TYPE source target POLARITY CERTAINTY", one per evidence sentence, sorted. */
export const stancesOf = (text: string): string[] =>
  extractDocument(text, vocabulary)
    .claims.flatMap((c) => c.evidence.map((e) => `${c.type} ${c.sourceId} ${c.targetId} ${e.polarity} ${e.certainty}`))
    .sort();

/** Every claim of a text with at least one affirming sentence, as "TYPE source target", sorted. */
export const affirmedClaimsOf = (text: string): string[] =>
  [...new Set(extractDocument(text, vocabulary).claims.filter((c) => c.evidence.some((e) => e.polarity === 'AFFIRMED')).map((c) => `${c.type} ${c.sourceId} ${c.targetId}`))].sort();
