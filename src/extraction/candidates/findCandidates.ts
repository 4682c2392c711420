import type { SentenceMention } from '../claims/sentenceContext';
import { tokenize } from '../mentions/tokenize';
import type { Sentence } from '../types';

// Word endings typical of drug and chemical names (antiemetics, tianeptine, gabapentin, loperamide).
const TECHNICAL_ENDING = /(?:ine|ide|one|ol|ics|pam|lam|pin|entin|mab)s?$/;
const COMMON_WORDS = new Set([
  'medicine', 'medicines', 'determine', 'combine', 'combined', 'examine', 'routine', 'discipline',
  'baseline', 'guideline', 'guidelines', 'someone', 'everyone', 'undermine', 'headline', 'decline',
  'genuine', 'control', 'controls', 'protocol', 'protocols', 'underline', 'physics', 'statistics',
]);
const MIN_TECHNICAL_LENGTH = 8;

/**
 * Unknown terms a curator may want in the vocabulary: capitalised words that do not start the
 * sentence, words mixing letters and digits, and words with a drug-like ending, that no mention
 * covers. Only sentences with a trigger are searched (the caller decides), and headings (no final
 * punctuation) are skipped because they capitalise every word.
 */
export function findCandidates(sentence: Sentence, mentions: readonly SentenceMention[]): string[] {
  if (!/[.!?][”’"')\]]*$/.test(sentence.text)) return [];
  const tokens = tokenize(sentence.text, sentence.start).slice(1);
  const free = tokens.filter((token) => !mentions.some((m) => m.start < token.end && token.start < m.end));
  const candidates: string[] = [];
  for (const token of free) {
    const word = token.text;
    const capitalised = /^\p{Lu}/u.test(word) && word !== 'I';
    const alphanumeric = /\p{L}/u.test(word) && /\p{N}/u.test(word);
    const technical =
      word.length >= MIN_TECHNICAL_LENGTH && TECHNICAL_ENDING.test(word) && !COMMON_WORDS.has(word.toLowerCase());
    if (capitalised || alphanumeric || technical) candidates.push(word);
  }
  return candidates;
}
