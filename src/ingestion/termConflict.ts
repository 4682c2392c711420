import { indexTerm } from '../extraction/mentions/indexTerm';
import type { Vocabulary, VocabularyEntry } from '../extraction/types';

/**
 * A name or alias of `entry` that another entity already answers to, as mention matching compares
 * them (case, plurals, hyphens), with its owner; undefined when there is none. Two owners of one term
 * would leave extraction unable to tell which is meant, as the YAML loader also refuses.
 */
export function termConflict(vocabulary: Vocabulary, entry: VocabularyEntry): { term: string; ownerId: string } | undefined {
  const ownerByKey = new Map<string, string>();
  for (const other of vocabulary.entries) {
    if (other.id === entry.id) continue;
    for (const term of [other.name, ...other.aliases]) ownerByKey.set(indexTerm(term).key, other.id);
  }
  for (const term of [entry.name, ...entry.aliases]) {
    const ownerId = ownerByKey.get(indexTerm(term).key);
    if (ownerId !== undefined) return { term, ownerId };
  }
  return undefined;
}
