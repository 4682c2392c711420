import type { Mention, Vocabulary } from '../types';

const MAX_BROADER = 3;
const BETWEEN = /^[ \t\u00a0]+$/;

/**
 * "the serotonin 5-HT1A receptor", "opioid mu receptors": a family named right before one of its
 * members only says which family the member belongs to; the two are one mention of the member.
 */
export function withFamilyModifiers(documentText: string, mentions: readonly Mention[], vocabulary: Vocabulary): Mention[] {
  const merged: Mention[] = [];
  for (let index = 0; index < mentions.length; index += 1) {
    const family = mentions[index]!;
    const member = mentions[index + 1];
    if (member && BETWEEN.test(documentText.slice(family.end, member.start)) && isBroaderOf(vocabulary, family.entityId, member.entityId)) {
      merged.push({ ...member, start: family.start, text: documentText.slice(family.start, member.end) });
      index += 1;
    } else merged.push(family);
  }
  return merged;
}

function isBroaderOf(vocabulary: Vocabulary, broader: string, narrower: string): boolean {
  let current = vocabulary.byId.get(narrower);
  for (let depth = 0; depth < MAX_BROADER && current?.broader !== undefined; depth += 1) {
    if (current.broader === broader) return true;
    current = vocabulary.byId.get(current.broader);
  }
  return false;
}
