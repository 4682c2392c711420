import type { Unit } from '../units/unit';
import type { ClaimDraft } from './sentenceClaims';
import type { SentenceContext } from './sentenceContext';

// "when you take too much", "if u overdo it", "once people take more than that".
const CONDITIONAL = new Set(['when', 'if', 'whenever', 'once']);
const TAKING = new Set(['take', 'use', 'do', 'dose', 'have', 'eat', 'drink']);
const EXCESS_VERBS = new Set(['overdo', 'overdose', 'megadose', 'overuse']);
const CLAUSE_END = new Set([',', ';', '.', 'but', 'and', 'so']);
const OUTCOME_KINDS = new Set(['Symptom', 'Condition']);

/**
 * A condition of taking too much on what something brings on ("Kratom can cause nausea, particularly
 * when you take too much", "it wrecks your stomach if you overdo it") says the dose contributes to it
 * too: dose CONTRIBUTES_TO each outcome the sentence affirms a substance causes, with that claim's
 * stance. ("especially at higher doses" is left alone: the existing gold does not read it as a claim.)
 */
export function doseCircumstance(units: readonly Unit[], drafts: readonly ClaimDraft[], context: SentenceContext): ClaimDraft[] {
  if (!saysTakingTooMuch(units)) return [];
  const dose = context.provisional('dose', 'Factor');
  if (dose.provisional) return [];
  const made = new Set(drafts.filter((draft) => draft.source.id === dose.id).map((draft) => draft.target.id));
  const found = new Map<string, ClaimDraft>();
  for (const draft of drafts) {
    if (draft.type !== 'CAUSES' || draft.polarity !== 'AFFIRMED' || !OUTCOME_KINDS.has(draft.target.kind) || made.has(draft.target.id)) continue;
    found.set(draft.target.id, { type: 'CONTRIBUTES_TO', source: dose, target: draft.target, polarity: draft.polarity, certainty: draft.certainty });
  }
  return [...found.values()];
}

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
