import type { Unit } from '../units/unit';
import { assertionStatus, type SentenceCues } from './assertionStatus';
import type { ClaimDraft } from './claimDraft';
import type { SentenceContext } from './sentenceContext';
import { substanceSubjectBefore } from './substanceSubject';

// "very constipating", "not sedating", "quite dehydrating".
const DEGREE_POS = new Set(['ADV', 'DET', 'PART']);
const MAX_DEGREE_WORDS = 2;

// "constipating", "sedating"; "hepatotoxic", "cardiotoxic": the adjective forms of a symptom or a harm.
const CAUSATIVE_FORM = /(?:ing|toxic)$/i;
const EFFECT_KINDS = new Set(['Symptom', 'Condition']);

/**
 * "Kratom is very constipating", "Loperamide can be sedating", "7-hydroxymitragynine has not been shown
 * to be hepatotoxic": an adjective that names a symptom or a harm, said of a substance after a copula,
 * says the substance causes it, with the sentence's stance.
 */
export function causativeAdjectives(units: readonly Unit[], cues: SentenceCues, context: SentenceContext): ClaimDraft[] {
  return units.flatMap((unit, index): ClaimDraft[] => {
    if (!EFFECT_KINDS.has(unit.entity?.kind ?? '') || !CAUSATIVE_FORM.test(unit.text)) return [];
    let copula = index - 1;
    while (copula >= index - MAX_DEGREE_WORDS && DEGREE_POS.has(units[copula]?.pos ?? '')) copula -= 1;
    if (units[copula]?.lemma !== 'be') return [];
    const status = assertionStatus(units, cues, { first: copula, last: index }, index);
    return substanceSubjectBefore(units, copula, context).map((source) => ({ type: 'CAUSES', source, target: unit.entity!, ...status }));
  });
}
