import { termKey } from './termKey';
import { tokenize } from './tokenize';

// Short all-capital terms (MOR, OUD, 7-OH, COWS) are acronyms: matched only as written, so that
// "cows" or "mor" in running text never match.
const ACRONYM = /^(?=.*[A-Z])[A-Z0-9-]{2,8}$/;

/** How a vocabulary name or alias is looked up in text. */
export function indexTerm(term: string): { key: string; tokenCount: number } {
  const words = tokenize(term).map((token) => token.text);
  return { key: termKey(words, ACRONYM.test(term)), tokenCount: words.length };
}
