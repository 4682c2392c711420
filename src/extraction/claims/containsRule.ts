import type { ClaimDraft, SentenceContext } from './sentenceContext';
import { CONTAINED_IN_TRIGGER, CONTAINS_TRIGGER } from './triggers';

/**
 * CONTAINS Substance → Compound: a substance, then a constituent trigger, then compounds
 * ("kratom leaf contains … mitragynine …, and there's also paynantheine"), or a compound then
 * "found in"/"alkaloid of" then a substance. Constituent lists in prose are long and loosely
 * punctuated, so every compound after the trigger counts, not only a tight list.
 */
export function containsRule(context: SentenceContext): ClaimDraft[] {
  const { documentText, mentions } = context;
  const claims: ClaimDraft[] = [];
  for (const substance of mentions.filter((mention) => mention.kind === 'Substance')) {
    for (const compound of mentions.filter((mention) => mention.kind === 'Compound')) {
      const forward = substance.end <= compound.start && CONTAINS_TRIGGER.test(documentText.slice(substance.end, compound.start));
      const backward = compound.end <= substance.start && CONTAINED_IN_TRIGGER.test(documentText.slice(compound.end, substance.start));
      if (forward || backward) claims.push({ type: 'CONTAINS', sourceId: substance.entityId, targetId: compound.entityId });
    }
  }
  return claims;
}
