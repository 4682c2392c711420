import type { Mention, Sentence } from '../types';
import type { TermIndex } from './buildTermIndex';
import { termKey } from './termKey';
import { tokenize, type Token } from './tokenize';

// Words of one term may be separated by spaces or one hyphen, never by other punctuation: an em
// dash or a comma ends a term ("wobbles—side effects").
const TERM_SEPARATOR = /^(?:[ \t\u00a0]+|[-\u2010\u2011])$/;

/**
 * Vocabulary terms in one sentence, scanning left to right and taking the longest match at each
 * word (so "kratom strain" wins over "kratom"), case-insensitively except for acronyms.
 */
export function findMentions(documentText: string, sentence: Sentence, index: TermIndex): Mention[] {
  const tokens = tokenize(sentence.text, sentence.start);
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = longestMatchAt(documentText, tokens, i, index);
    if (!match) {
      i += 1;
      continue;
    }
    const start = tokens[i]!.start;
    const end = tokens[i + match.length - 1]!.end;
    mentions.push({
      entityId: match.entityId,
      passageIndex: sentence.passageIndex,
      start,
      end,
      text: documentText.slice(start, end),
    });
    i += match.length;
  }
  return mentions;
}

function longestMatchAt(
  documentText: string,
  tokens: readonly Token[],
  first: number,
  index: TermIndex,
): { entityId: string; length: number } | undefined {
  let joinable = 1;
  while (
    joinable < index.maxTokens &&
    first + joinable < tokens.length &&
    TERM_SEPARATOR.test(documentText.slice(tokens[first + joinable - 1]!.end, tokens[first + joinable]!.start))
  ) {
    joinable += 1;
  }
  for (let length = joinable; length >= 1; length -= 1) {
    const words = tokens.slice(first, first + length).map((token) => token.text);
    const entityId = index.entityByKey.get(termKey(words, true)) ?? index.entityByKey.get(termKey(words, false));
    if (entityId) return { entityId, length };
  }
  return undefined;
}
