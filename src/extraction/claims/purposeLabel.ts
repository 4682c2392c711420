import { AGENT_KINDS, OUTCOME_KINDS } from '../../domain/entityKinds';
import { RELIEF } from '../lexicon/triggerLexicon';
import type { EntityRef, Unit } from '../units/unit';
import { assertionStatus, type SentenceCues } from './assertionStatus';
import type { Trigger } from './findTriggers';
import type { ClaimDraft } from './claimDraft';

const OPENER_POS = new Set(['INTJ', 'ADV', 'PUNCT', 'CCONJ']);
const LABEL_ENDS = new Set([':', '-', '–', '—']);
const LIST_WORDS = new Set([',', 'and', 'or', '&', '/', 'the', 'a', 'an', 'your', 'any']);
const MAX_AGENT_REACH = 3;

/**
 * "For diarrhoea: loperamide 2 mg after each loose stool", and a lead with its item ("For the
 * cravings:" + "- buprenorphine"): a label naming what something is for, then a remedy with no verb
 * of relief. The remedy relieves (a practice mitigates) each sign the label names.
 */
export function purposeLabel(units: readonly Unit[], cues: SentenceCues, triggers: readonly Trigger[]): ClaimDraft[] {
  let index = 0;
  while (index < units.length && OPENER_POS.has(units[index]!.pos)) index += 1;
  if (units[index]?.lemma !== 'for') return [];
  const targets: EntityRef[] = [];
  for (index += 1; index < units.length && !LABEL_ENDS.has(units[index]!.lemma); index += 1) {
    const entity = units[index]!.entity;
    if (entity && OUTCOME_KINDS.has(entity.kind)) targets.push(entity);
    else if (!LIST_WORDS.has(units[index]!.lemma) && units[index]!.pos !== 'ADJ' && units[index]!.pos !== 'NOUN') return [];
  }
  const label = index;
  if (targets.length === 0 || label >= units.length || triggers.some((trigger) => trigger.family === RELIEF && trigger.first > label)) return [];
  const agents = units.flatMap((unit, at) => (at > label && at <= label + MAX_AGENT_REACH + agentsBefore(units, label, at) && unit.entity && AGENT_KINDS.has(unit.entity.kind) ? [{ entity: unit.entity, at }] : []));
  return agents.flatMap(({ entity, at }) =>
    targets.map((target): ClaimDraft => ({ type: entity.kind === 'Strategy' ? 'MITIGATES' : 'RELIEVES', source: entity, target, ...assertionStatus(units, cues, { first: label, last: label }, at) })),
  );
}

/** How many agents of a list stand between the label and `at` ("loperamide, clonidine or gabapentin"), so a list reaches on. */
function agentsBefore(units: readonly Unit[], label: number, at: number): number {
  return units.slice(label + 1, at).filter((unit) => unit.entity !== undefined || LIST_WORDS.has(unit.lemma)).length;
}
