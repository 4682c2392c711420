import type { Unit } from '../units/unit';
import type { ClaimDraft } from './claimDraft';
import type { SentenceContext } from './sentenceContext';

const TAKING = new Set(['take', 'use', 'dose', 'drink', 'chew', 'consume']);
// "every day", "each day", "daily", "several times a day", "every few hours" (lemmas, in order).
const HOW_OFTEN: readonly (readonly string[])[] = [['every', 'day'], ['each', 'day'], ['daily'], ['time', 'a', 'day'], ['time', 'per', 'day'], ['every', 'few', 'hour'], ['around', 'the', 'clock']];
const REACH = 4;
const OUTCOME_KINDS = new Set(['Condition']);

/**
 * "People who take it every day can become dependent", "if you use kratom daily …": taking something
 * at a frequency named beside an outcome it brings on says how often it is taken contributes to that
 * outcome: frequency of use CONTRIBUTES_TO each condition the sentence affirms a substance causes.
 */
export function frequencyCircumstance(units: readonly Unit[], drafts: readonly ClaimDraft[], context: SentenceContext): ClaimDraft[] {
  const frequency = context.provisional('frequency of use', 'Factor');
  if (frequency.provisional || !takenOften(units)) return [];
  const named = new Set(drafts.filter((draft) => draft.source.id === frequency.id).map((draft) => draft.target.id));
  const found = new Map<string, ClaimDraft>();
  for (const draft of drafts) {
    if (draft.type !== 'CAUSES' || draft.polarity !== 'AFFIRMED' || !OUTCOME_KINDS.has(draft.target.kind) || named.has(draft.target.id)) continue;
    found.set(draft.target.id, { type: 'CONTRIBUTES_TO', source: frequency, target: draft.target, polarity: draft.polarity, certainty: draft.certainty });
  }
  return [...found.values()];
}

function takenOften(units: readonly Unit[]): boolean {
  return units.some((unit, index) => TAKING.has(unit.lemma) && unit.pos === 'VERB' && units.slice(index + 1, index + 1 + REACH).some((_, at) => startsFrequency(units, index + 1 + at)));
}

const startsFrequency = (units: readonly Unit[], at: number): boolean => HOW_OFTEN.some((phrase) => phrase.every((lemma, k) => units[at + k]?.lemma === lemma));
