import { RELATIONSHIP_ENDS } from '../../domain/relationshipEnds';
import { IMPROVED_WITH } from '../lexicon/triggerLexicon';
import { TERMINATORS } from '../lexicon/assertionCues';
import type { EntityRef, Unit } from '../units/unit';
import { assertionStatus, type SentenceCues } from './assertionStatus';
import type { ClaimDraft } from './claimDraft';

// A trial's arms: "in the lofexidine group", "the buprenorphine arm", "the exercise cohort".
const ARM_NOUNS = new Set(['group', 'arm', 'cohort']);
// What a sign did there: it fell ("decreased by half", "fell by 40%") or was lower ("lower", "less", "fewer", "better").
const FALLING = new Set([...IMPROVED_WITH, 'fall', 'drop', 'decline', 'reduce']);
const LOWER = new Set(['lower', 'less', 'fewer', 'better', 'milder']);
const RISING = new Set(['increase', 'rise', 'worsen', 'grow', 'climb']);
const HIGHER = new Set(['higher', 'more', 'worse', 'greater']);
const ARM_REACH = 3;

/**
 * "In the lofexidine group, sweating decreased by half", "Cravings were lower in the buprenorphine
 * group", "In the clonidine arm, dizziness increased": a trial reports what a sign did in the arm that
 * got a treatment; falling there is the treatment's relief, rising its harm, with the sentence's stance.
 * The placebo arm names no treatment.
 */
export function armOutcomes(units: readonly Unit[], cues: SentenceCues): ClaimDraft[] {
  const arm = treatedArm(units);
  if (!arm) return [];
  return units.flatMap((unit, index): ClaimDraft[] => {
    const sign = unit.entity;
    if (!sign || (sign.kind !== 'Symptom' && sign.kind !== 'Condition')) return [];
    const change = changeAfter(units, index);
    if (!change) return [];
    const type = change.fell ? (arm.treatment.kind === 'Strategy' ? 'MITIGATES' : 'RELIEVES') : 'CAUSES';
    if (!RELATIONSHIP_ENDS[type].source.includes(arm.treatment.kind)) return [];
    return [{ type, source: arm.treatment, target: sign, ...assertionStatus(units, cues, { first: change.at, last: change.at }, index) }];
  });
}

/** The treatment an arm noun names ("the lofexidine group"), if the sentence has one. */
function treatedArm(units: readonly Unit[]): { treatment: EntityRef; at: number } | undefined {
  for (let at = 0; at < units.length; at += 1) {
    if (!ARM_NOUNS.has(units[at]!.lemma)) continue;
    const treatment = units[at - 1]?.entity;
    // "higher in the placebo group than in the buprenorphine group": the arm after "than" is the standard.
    const standard = units.slice(Math.max(0, at - 4), at).some((word) => word.lemma === 'than');
    if (treatment && !standard && treatment.kind !== 'Symptom' && treatment.kind !== 'Condition') return { treatment, at };
  }
  return undefined;
}

/** The verb or comparative right after a sign, in its clause: "decreased", "fell", "were lower". */
function changeAfter(units: readonly Unit[], sign: number): { at: number; fell: boolean } | undefined {
  for (let at = sign + 1; at <= sign + ARM_REACH && at < units.length && !TERMINATORS.has(units[at]!.lemma); at += 1) {
    const unit = units[at]!;
    if (unit.entity) return undefined;
    const word = unit.text.toLowerCase();
    if ((unit.pos === 'VERB' && FALLING.has(unit.lemma)) || LOWER.has(word)) return { at, fell: true };
    if ((unit.pos === 'VERB' && RISING.has(unit.lemma)) || HIGHER.has(word)) return { at, fell: false };
  }
  return undefined;
}
