import type { Unit } from '../units/unit';
import { assertionStatus, type SentenceCues } from './assertionStatus';
import type { ClaimDraft } from './claimDraft';
import type { SentenceContext } from './sentenceContext';
import { substanceSubjectBefore } from './substanceSubject';

// "very constipating", "not sedating", "quite dehydrating".
const DEGREE_POS = new Set(['ADV', 'DET', 'PART']);
const MAX_DEGREE_WORDS = 2;

/**
 * "Kratom is very constipating", "Loperamide can be sedating": an adjective in -ing that names a
 * symptom, said of a substance after a copula, says the substance causes it, with the sentence's stance.
 */
export function causativeAdjectives(units: readonly Unit[], cues: SentenceCues, context: SentenceContext): ClaimDraft[] {
  return units.flatMap((unit, index): ClaimDraft[] => {
    if (unit.entity?.kind !== 'Symptom' || !/ing$/i.test(unit.text)) return [];
    let copula = index - 1;
    while (copula >= index - MAX_DEGREE_WORDS && DEGREE_POS.has(units[copula]?.pos ?? '')) copula -= 1;
    if (units[copula]?.lemma !== 'be') return [];
    const status = assertionStatus(units, cues, { first: copula, last: index }, index);
    return substanceSubjectBefore(units, copula, context).map((source) => ({ type: 'CAUSES', source, target: unit.entity!, ...status }));
  });
}
