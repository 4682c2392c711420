import type { Unit } from '../units/unit';
import type { SentenceCues } from './assertionStatus';
import type { ClaimDraft } from './claimDraft';
import { factorAfter, outcomeContributions } from './factorContributions';

// "more common", "more often", "more frequent", "more likely": how often an outcome comes, compared.
const FREQUENCY_WORDS = new Set(['common', 'often', 'frequent', 'frequently', 'likely', 'prevalent']);
// "at higher doses", "with daily use", "among heavy users", "in those on extracts".
const CIRCUMSTANCE = new Set(['at', 'with', 'in', 'among', 'amongst']);
const MODIFIER_POS = new Set(['ADJ', 'ADV', 'DET', 'VERB']);

/**
 * "Seizures occurred in 6% of exposures, more often at higher reported doses", "Constipation was more
 * common with daily use": an outcome said to come more often under a factor is one the factor
 * contributes to. The outcomes are those named before "more"; the factor is the one right after the
 * preposition, past a few modifiers ("higher reported doses").
 */
export function frequencyByFactor(units: readonly Unit[], cues: SentenceCues, drafts: readonly ClaimDraft[]): ClaimDraft[] {
  const more = units.findIndex((unit, at) => unit.lemma === 'more' && FREQUENCY_WORDS.has(units[at + 1]?.lemma ?? '') && CIRCUMSTANCE.has(units[at + 2]?.lemma ?? ''));
  const factor = more < 0 ? undefined : factorAfter(units, more + 3, MODIFIER_POS);
  return factor ? outcomeContributions(units, cues, drafts, factor, 0, more, { first: more, last: more + 1 }) : [];
}
