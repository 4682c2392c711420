import { OUTCOME_KINDS } from '../../domain/entityKinds';
import type { EntityRef, Unit } from '../units/unit';
import { assertionStatus, type SentenceCues, type Span } from './assertionStatus';
import type { ClaimDraft } from './claimDraft';

const MAX_MODIFIERS = 3;

/** The vocabulary's factor at `from`, past a few words of `modifierPos` ("at higher reported doses", "all involving daily use"). */
export function factorAfter(units: readonly Unit[], from: number, modifierPos: ReadonlySet<string>): EntityRef | undefined {
  let at = from;
  while (at < from + MAX_MODIFIERS && units[at] && !units[at]!.entity && modifierPos.has(units[at]!.pos)) at += 1;
  const factor = units[at]?.entity;
  return factor?.kind === 'Factor' && !factor.provisional ? factor : undefined;
}

/** The factor contributes to each symptom or condition named from `first` up to `end` (once each) that no draft already gives it, with the stance `trigger` has there. */
export function outcomeContributions(units: readonly Unit[], cues: SentenceCues, drafts: readonly ClaimDraft[], factor: EntityRef, first: number, end: number, trigger: Span): ClaimDraft[] {
  const claimed = new Set(drafts.filter((draft) => draft.source.id === factor.id).map((draft) => draft.target.id));
  const outcomes = new Map<string, ClaimDraft>();
  for (let index = first; index < end; index += 1) {
    const entity = units[index]!.entity;
    if (!entity || !OUTCOME_KINDS.has(entity.kind) || claimed.has(entity.id) || outcomes.has(entity.id)) continue;
    outcomes.set(entity.id, { type: 'CONTRIBUTES_TO', source: factor, target: entity, ...assertionStatus(units, cues, trigger, index) });
  }
  return [...outcomes.values()];
}
