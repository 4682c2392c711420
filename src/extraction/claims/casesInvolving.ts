import type { Unit } from '../units/unit';
import type { SentenceCues } from './assertionStatus';
import type { ClaimDraft } from './claimDraft';
import { factorAfter, outcomeContributions } from './factorContributions';

const INVOLVING = new Set(['involve', 'involving', 'involved']);
const MODIFIER_POS = new Set(['ADJ', 'ADV', 'DET', 'NUM']);
// "Kratom withdrawal may provoke seizures; the case reports all involved high-dose use": the cases of another clause.
const CLAUSE_BREAKS = new Set([';', ':', '—', '–']);

/**
 * "Hepatotoxicity was documented in 11 cases, all involving daily use", "Most cases of liver injury
 * involved concentrated extracts": the outcomes of cases that involved a way of using contribute
 * nothing themselves; the way of using contributes to each outcome named before "involve" in its clause.
 */
export function casesInvolving(units: readonly Unit[], cues: SentenceCues, drafts: readonly ClaimDraft[]): ClaimDraft[] {
  const verb = units.findIndex((unit) => INVOLVING.has(unit.lemma) || INVOLVING.has(unit.text.toLowerCase()));
  const factor = verb < 0 ? undefined : factorAfter(units, verb + 1, MODIFIER_POS);
  if (!factor) return [];
  let clause = verb;
  while (clause > 0 && !CLAUSE_BREAKS.has(units[clause - 1]!.lemma)) clause -= 1;
  return outcomeContributions(units, cues, drafts, factor, clause, verb, { first: verb, last: verb });
}
