import { RELIEF_TYPES } from '../../domain/relationshipTypes';
import type { EntityRef, Unit } from '../units/unit';
import type { ClaimDraft } from './claimDraft';
import { signsBefore } from './signList';
import type { SentenceContext } from './sentenceContext';

// What may stand between the signs of a list ("the sweats and the shakes of …", "chills, sweating or cramps of …").
const LIST_WORDS = new Set(['the', 'and', 'or', ',', 'her', 'his', 'their', 'my', 'your']);

/**
 * "kept the sweats and the shakes of opioid withdrawal at bay", "the insomnia of kratom withdrawal":
 * signs named as a condition's, by "of", are what it presents with (presupposed, whatever the sentence
 * says of them); a relief of those signs relieves the condition too, with the same stance.
 */
export function signsOfCondition(units: readonly Unit[], drafts: readonly ClaimDraft[], context: SentenceContext): ClaimDraft[] {
  const found: ClaimDraft[] = [];
  units.forEach((unit, index) => {
    if (units[index - 1]?.lemma !== 'of' || !(unit.entity?.kind === 'Condition' || unit.anaphor?.kind === 'withdrawal')) return;
    const condition: EntityRef | undefined = unit.entity ?? context.resolve(units, index, ['Condition'])[0];
    if (!condition) return;
    const { signs, before } = signsBefore(units, index - 1, LIST_WORDS);
    // "the self-management of pain or of opioid withdrawal": objects of one "of" each, side by side.
    if (units[before]?.lemma === 'of') return;
    for (const sign of signs) {
      found.push({ type: 'PRESENTS_WITH', source: condition, target: sign, polarity: 'AFFIRMED', certainty: 'ASSERTED' });
      for (const relief of drafts.filter((draft) => RELIEF_TYPES.has(draft.type) && draft.target.id === sign.id)) {
        found.push({ ...relief, target: condition });
      }
    }
  });
  return found;
}
