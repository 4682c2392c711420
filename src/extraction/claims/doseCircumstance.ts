import { LARGE_AMOUNT } from '../lexicon/dosing';
import type { Unit } from '../units/unit';
import type { ClaimDraft } from './claimDraft';
import type { SentenceContext } from './sentenceContext';

// "when you take too much", "if u overdo it", "once people take more than that".
const CONDITIONAL = new Set(['when', 'if', 'whenever', 'once']);
const TAKING = new Set(['take', 'use', 'do', 'dose', 'have', 'eat', 'drink']);
const EXCESS_VERBS = new Set(['overdo', 'overdose', 'megadose', 'overuse']);
const CLAUSE_END = new Set([',', ';', '.', 'but', 'and', 'so']);
const OUTCOME_KINDS = new Set(['Symptom', 'Condition']);
// "at higher serving sizes", "in very large doses": the dose a claim holds at ("after a large dose" is a time).
const CIRCUMSTANCE = new Set(['at', 'in', 'on', 'with']);
const MODIFIER_POS = new Set(['ADJ', 'ADV', 'DET']);
// "especially at higher doses" stresses when an effect is worst; the project's first gold does not read it as a claim.
const EMPHASIS = new Set(['especially', 'particularly', 'mainly', 'mostly']);

/**
 * A condition of taking too much on what something brings on ("Kratom can cause nausea, particularly
 * when you take too much", "it wrecks your stomach if you overdo it", "at very high doses it causes
 * heart rhythm problems", "high-dose loperamide causes …", "abrupt cessation at high dose may have
 * triggered the seizure") says the dose contributes to it too: dose CONTRIBUTES_TO each outcome the
 * sentence affirms a substance causes or a factor contributes to, with that claim's stance.
 */
export function doseCircumstance(units: readonly Unit[], drafts: readonly ClaimDraft[], context: SentenceContext): ClaimDraft[] {
  const dose = context.provisional('dose', 'Factor');
  const atDose = units.findIndex((unit, index) => unit.entity?.id === dose.id && isLarge(units, index) && (isTaken(units[index + 1]) || isCircumstance(units, index)));
  // "high-dose loperamide" holds for loperamide alone; "at very high doses" for the whole claim.
  const holdsFor = (draft: ClaimDraft): boolean => !isTaken(units[atDose + 1]) || units[atDose + 1]!.entity!.id === draft.source.id;
  if (atDose < 0 && !saysTakingTooMuch(units)) return [];
  if (dose.provisional) return [];
  const made = new Set(drafts.filter((draft) => draft.source.id === dose.id).map((draft) => draft.target.id));
  const found = new Map<string, ClaimDraft>();
  for (const draft of drafts) {
    if ((draft.type !== 'CAUSES' && draft.type !== 'CONTRIBUTES_TO') || draft.polarity !== 'AFFIRMED' || !OUTCOME_KINDS.has(draft.target.kind) || made.has(draft.target.id) || (atDose >= 0 && !holdsFor(draft))) continue;
    found.set(draft.target.id, { type: 'CONTRIBUTES_TO', source: dose, target: draft.target, polarity: draft.polarity, certainty: draft.certainty });
  }
  return [...found.values()];
}

/** A dose said to be large: "high-dose", "large doses", "higher serving sizes" (not "at these doses"). */
function isLarge(units: readonly Unit[], index: number): boolean {
  return LARGE_AMOUNT.test(units[index]!.text) || LARGE_AMOUNT.test(units[index - 1]?.text ?? '');
}

/** "at higher serving sizes", "in very large doses"; not "especially at higher doses". */
function isCircumstance(units: readonly Unit[], index: number): boolean {
  let before = index - 1;
  while (before >= 0 && MODIFIER_POS.has(units[before]!.pos)) before -= 1;
  return CIRCUMSTANCE.has(units[before]?.lemma ?? '') && !EMPHASIS.has(units[before - 1]?.lemma ?? '');
}

const TAKEN_KINDS = new Set(['Substance', 'Compound']);
const isTaken = (unit: Unit | undefined): boolean => unit?.entity !== undefined && TAKEN_KINDS.has(unit.entity.kind);

function saysTakingTooMuch(units: readonly Unit[]): boolean {
  return units.some((unit, index) => CONDITIONAL.has(unit.lemma) && excessiveTakingAfter(units, index + 1));
}

/** "you take too much", "u overdo it", "people take more than they should", up to the clause's end. */
function excessiveTakingAfter(units: readonly Unit[], from: number): boolean {
  for (let index = from; index < units.length && !CLAUSE_END.has(units[index]!.lemma); index += 1) {
    const unit = units[index]!;
    if (EXCESS_VERBS.has(unit.lemma)) return true;
    const next = units[index + 1]?.lemma;
    if (TAKING.has(unit.lemma) && (next === 'too' || (next === 'more' && units[index + 2]?.lemma === 'than'))) return true;
  }
  return false;
}
