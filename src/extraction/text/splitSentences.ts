import type { Passage, Sentence } from '../types';

// A sentence ends at . ! or ? plus any closing quotes or brackets (”’"')]), when whitespace and
// then a capital, digit or opening quote follow.
const BOUNDARY = /[.!?]+[”’"')\]]*(?=\s+[“‘"'(\p{Lu}\p{N}])/gu;
// Periods that end an abbreviation, not a sentence.
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|approx|cf|al|Dr|Mr|Mrs|Ms|St|Fig|No)\.$/i;

/** Splits a passage into sentences with document offsets; `text.slice(start, end) === sentence.text`. */
export function splitSentences(passage: Passage): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (const boundary of passage.text.matchAll(BOUNDARY)) {
    const end = boundary.index + boundary[0].length;
    if (ABBREVIATION.test(passage.text.slice(from, boundary.index + 1))) continue;
    pushTrimmed(sentences, passage, from, end);
    from = end;
  }
  pushTrimmed(sentences, passage, from, passage.text.length);
  return sentences;
}

function pushTrimmed(sentences: Sentence[], passage: Passage, from: number, to: number): void {
  const raw = passage.text.slice(from, to);
  const text = raw.trim();
  if (text.length === 0) return;
  const start = passage.start + from + (raw.length - raw.trimStart().length);
  sentences.push({ passageIndex: passage.index, start, end: start + text.length, text });
}
