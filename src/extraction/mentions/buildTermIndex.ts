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
    for (const term of [entry.name, ...entry.aliases]) {
      const { key, tokenCount } = indexTerm(term);
      entityByKey.set(key, entry.id);
      maxTokens = Math.max(maxTokens, tokenCount);
    }
  }
  // Text may split a vocabulary word in two ("7-hydroxy-mitragynine"), so look one word further.
  return { entityByKey, maxTokens: maxTokens + 1 };
}
