import { extractDocument } from '../../../src/extraction/extractDocument';
import { vocabulary } from './vocabularyFixture';

/** Every claim of a text as "TYPE source target POLARITY CERTAINTY", one per evidence sentence, sorted. */
export const stancesOf = (text: string): string[] =>
  extractDocument(text, vocabulary)
    .claims.flatMap((c) => c.evidence.map((e) => `${c.type} ${c.sourceId} ${c.targetId} ${e.polarity} ${e.certainty}`))
    .sort();
