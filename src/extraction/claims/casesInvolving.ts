import { OUTCOME_KINDS } from '../../domain/entityKinds';
import type { EntityRef, Unit } from '../units/unit';
import { assertionStatus, type SentenceCues } from './assertionStatus';
import type { ClaimDraft } from './claimDraft';

const INVOLVING = new Set(['involve', 'involving', 'involved']);
const MODIFIER_POS = new Set(['ADJ', 'ADV', 'DET', 'NUM']);
const MAX_MODIFIERS = 3;
// "Kratom withdrawal may provoke seizures; the case reports all involved high-dose use": the cases of another clause.
const CLAUSE_BREAKS = new Set([';', ':', '—', '–']);

/**
 * "Hepatotoxicity was documented in 11 cases, all involving daily use", "Most cases of liver injury
 * involved concentrated extracts": the outcomes of cases that involved a way of using contribute
 * nothing themselves; the way of using contributes to each outcome named before "involve" in its clause.
 */
export function casesInvolving(units: readonly Unit[], cues: SentenceCues, drafts: readonly ClaimDraft[]): ClaimDraft[] {
  const verb = units.findIndex((unit) => INVOLVING.has(unit.lemma) || INVOLVING.has(unit.text.toLowerCase()));
  if (verb < 0) return [];
  let at = verb + 1;
  while (at < verb + 1 + MAX_MODIFIERS && units[at] && !units[at]!.entity && MODIFIER_POS.has(units[at]!.pos)) at += 1;
  const factor = units[at]?.entity;
  if (factor?.kind !== 'Factor' || factor.provisional) return [];
  const claimed = new Set(drafts.filter((draft) => draft.source.id === factor.id).map((draft) => draft.target.id));
  let clause = verb;
  while (clause > 0 && !CLAUSE_BREAKS.has(units[clause - 1]!.lemma)) clause -= 1;
  const outcomes = new Map<string, { entity: EntityRef; index: number }>();
  for (let index = clause; index < verb; index += 1) {
    const entity = units[index]!.entity;
    if (entity && OUTCOME_KINDS.has(entity.kind) && !claimed.has(entity.id) && !outcomes.has(entity.id)) outcomes.set(entity.id, { entity, index });
  }
  return [...outcomes.values()].map(({ entity, index }) => ({ type: 'CONTRIBUTES_TO', source: factor, target: entity, ...assertionStatus(units, cues, { first: verb, last: verb }, index) }));
}
