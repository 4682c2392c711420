import { isComparisonStandard } from '../anaphora/comparisonStandard';
import { CAUSE } from '../lexicon/triggerLexicon';
import type { Unit } from '../units/unit';
import type { SentenceCues } from './assertionStatus';
import { assertionStatus } from './assertionStatus';
import type { ClaimDraft } from './claimDraft';
import type { Trigger } from './findTriggers';
import type { SentenceContext } from './sentenceContext';

// What may stand between the trigger and the condition it brings on ("a severe withdrawal").
const OBJECT_MODIFIERS = new Set(['DET', 'ADJ', 'ADV']);
// What joins the signs of the list after the colon ("myalgia, rhinorrhoea and jerky limb movements").
const LIST_JOINERS = new Set([',', 'and', 'or', 'the', 'a']);
// The relative clause may describe the condition, never name another trigger or a new clause.
const CLAUSE_BREAKS = new Set([';', '.']);

/**
 * "Abrupt cessation precipitates a withdrawal syndrome that is similar to, but milder than, opioid
 * withdrawal: myalgia, yawning and insomnia": whatever brings the condition on, the signs after the
 * colon that follows it spell it out; they are its signs. A condition named in between as the
 * standard of a comparison ("than opioid withdrawal") is not the one spelt out. (Where no entity brings
 * the condition on, the trigger's own pairs say so already: claims/experiencedSigns.)
 */
export function elaboratedSigns(units: readonly Unit[], cues: SentenceCues, context: SentenceContext, triggers: readonly Trigger[]): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  for (const trigger of triggers) {
    if (trigger.family !== CAUSE || trigger.passive) continue;
    let object = trigger.last + 1;
    while (units[object] && OBJECT_MODIFIERS.has(units[object]!.pos) && !units[object]!.entity && !units[object]!.anaphor) object += 1;
    const unit = units[object];
    const condition = unit?.entity?.kind === 'Condition' ? unit.entity : unit?.anaphor?.kind === 'withdrawal' ? context.resolve(units, object, ['Condition'])[0] : undefined;
    const colon = condition ? colonAfter(units, object) : -1;
    if (!condition || colon < 0) continue;
    for (let at = colon + 1; at < units.length; at += 1) {
      const sign = units[at]!;
      if (sign.entity?.kind === 'Symptom') drafts.push({ type: 'PRESENTS_WITH', source: condition, target: sign.entity, ...assertionStatus(units, cues, trigger, object) });
      else if (!LIST_JOINERS.has(sign.lemma)) break;
    }
  }
  return drafts;
}

/** The colon that closes the condition's description, if nothing but a comparison's standard is named before it. */
function colonAfter(units: readonly Unit[], object: number): number {
  for (let at = object + 1; at < units.length; at += 1) {
    const unit = units[at]!;
    if (unit.text === ':') return at;
    if (CLAUSE_BREAKS.has(unit.text) || ((unit.entity || unit.anaphor) && !isComparisonStandard(units, at))) return -1;
  }
  return -1;
}
