import type { Unit } from '../units/unit';

interface Span {
  first: number;
  last: number;
}

// What opens a relative clause ("the yawning that would not stop").
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who']);
// What may stand between a relative pronoun and its negation ("that would not", "which just never").
const BEFORE_NEGATION = new Set(['AUX', 'ADV', 'PART']);
// What a corrected phrase may hold ("not a phrase but …", "not really an illness but …").
const CORRECTED_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'ADV']);

/**
 * A negation that denies nothing a sentence reports: one inside a relative clause, which describes the
 * noun it hangs on ("the yawning that would not stop", "a tide that would not go out"), and the "not"
 * of a correction "not X but Y", which swaps one description for another ("withdrawal is not a phrase
 * but a weather system"). The signs around either are still reported.
 */
export function isAsideNegation(units: readonly Unit[], cue: Span): boolean {
  return insideRelativeClause(units, cue.first) || correctsAPhrase(units, cue.last);
}

function insideRelativeClause(units: readonly Unit[], first: number): boolean {
  let at = first - 1;
  while (at >= 0 && BEFORE_NEGATION.has(units[at]!.pos) && !RELATIVE_PRONOUNS.has(units[at]!.lemma)) at -= 1;
  const antecedent = units[at - 1];
  return RELATIVE_PRONOUNS.has(units[at]?.lemma ?? '') && antecedent !== undefined && (antecedent.pos === 'NOUN' || antecedent.entity !== undefined);
}

function correctsAPhrase(units: readonly Unit[], last: number): boolean {
  if (units[last]?.lemma !== 'not') return false;
  let at = last + 1;
  while (units[at] && CORRECTED_PHRASE.has(units[at]!.pos) && !units[at]!.entity && !units[at]!.anaphor) at += 1;
  return at > last + 1 && units[at]?.lemma === 'but';
}
