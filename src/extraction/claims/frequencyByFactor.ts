import { OUTCOME_KINDS } from '../../domain/entityKinds';
import type { Unit } from '../units/unit';
import { assertionStatus, type SentenceCues } from './assertionStatus';
import type { ClaimDraft } from './claimDraft';

// "more common", "more often", "more frequent", "more likely": how often an outcome comes, compared.
const FREQUENCY_WORDS = new Set(['common', 'often', 'frequent', 'frequently', 'likely', 'prevalent']);
// "at higher doses", "with daily use", "among heavy users", "in those on extracts".
const CIRCUMSTANCE = new Set(['at', 'with', 'in', 'among', 'amongst']);
const MODIFIER_POS = new Set(['ADJ', 'ADV', 'DET', 'VERB']);
const MAX_MODIFIERS = 3;

/**
 * "Seizures occurred in 6% of exposures, more often at higher reported doses", "Constipation was more
 * common with daily use": an outcome said to come more often under a factor is one the factor
 * contributes to. The outcomes are those named before "more"; the factor is the one right after the
 * preposition, past a few modifiers ("higher reported doses").
 */
export function frequencyByFactor(units: readonly Unit[], cues: SentenceCues, drafts: readonly ClaimDraft[]): ClaimDraft[] {
  const more = units.findIndex((unit, at) => unit.lemma === 'more' && FREQUENCY_WORDS.has(units[at + 1]?.lemma ?? '') && CIRCUMSTANCE.has(units[at + 2]?.lemma ?? ''));
  if (more < 0) return [];
  let at = more + 3;
  while (at < more + 3 + MAX_MODIFIERS && units[at] && !units[at]!.entity && MODIFIER_POS.has(units[at]!.pos)) at += 1;
  const factor = units[at]?.entity;
  if (factor?.kind !== 'Factor' || factor.provisional) return [];
  const claimed = new Set(drafts.filter((draft) => draft.source.id === factor.id).map((draft) => draft.target.id));
  const outcomes = new Map(units.slice(0, more).flatMap((unit, index) => (unit.entity && OUTCOME_KINDS.has(unit.entity.kind) && !claimed.has(unit.entity.id) ? [[unit.entity.id, { entity: unit.entity, index }] as const] : [])));
  return [...outcomes.values()].map(({ entity, index }) => ({ type: 'CONTRIBUTES_TO', source: factor, target: entity, ...assertionStatus(units, cues, { first: more, last: more + 1 }, index) }));
}
