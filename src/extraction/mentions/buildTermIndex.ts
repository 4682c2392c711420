import { WITHDRAWAL_WORDS } from '../lexicon/withdrawalWords';
import type { Vocabulary } from '../types';
import { indexTerm } from './indexTerm';

/** Every vocabulary name and alias by lookup key (see termKey), with the longest term's word count. */
export interface TermIndex {
  entityByKey: ReadonlyMap<string, string>;
  maxTokens: number;
}

export function buildTermIndex(vocabulary: Vocabulary): TermIndex {
  const entityByKey = new Map<string, string>();
  let maxTokens = 1;
  for (const entry of vocabulary.entries) {
    // Bare "withdrawal" names the general syndrome, but in text it is an anaphor (lexicon/withdrawalWords).
    for (const term of [entry.name, ...entry.aliases].filter((name) => !WITHDRAWAL_WORDS.has(name.toLowerCase()))) {
      const { key, tokenCount } = indexTerm(term);
      entityByKey.set(key, entry.id);
      maxTokens = Math.max(maxTokens, tokenCount);
    }
  }
  // Text may split a vocabulary word in two ("7-hydroxy-mitragynine"), so look one word further.
  return { entityByKey, maxTokens: maxTokens + 1 };
}
