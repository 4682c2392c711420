import { findCues } from '../claims/assertionStatus';
import { isStopped } from '../claims/cessation';
import type { ClaimDraft } from '../claims/sentenceClaims';
import type { SentenceContext } from '../claims/sentenceContext';
import type { EntityRef, Unit } from '../units/unit';

// Verbs by which a lead says people go through what its list names ("people coming off kratom
// often get:", "Most people notice:", "You may feel:").
const UNDERGOING = new Set(['get', 'have', 'experience', 'notice', 'feel', 'develop', 'expect', 'suffer', 'go']);
// "Call a doctor if you have:" lists warning signs, not what a condition presents with.
const CONDITIONAL = new Set(['if', 'unless']);

/**
 * A list of symptoms under a lead that says people go through them: the signs of the withdrawal
 * from a substance the lead names as stopped, else of the condition it names, else of the condition
 * talked about; with the lead's stance ("may get" hedges).
 */
export function undergoneSigns(lead: readonly Unit[], item: readonly Unit[], context: SentenceContext): ClaimDraft[] {
  const signs = item.flatMap((unit) => (unit.entity ? [unit.entity] : []));
  if (signs.length === 0 || signs.some((entity) => entity.kind !== 'Symptom')) return [];
  if (!lead.some((unit) => UNDERGOING.has(unit.lemma) && unit.pos === 'VERB') || lead.some((unit) => CONDITIONAL.has(unit.lemma))) return [];
  const condition = conditionOf(lead, context);
  if (!condition) return [];
  const cues = findCues(lead);
  if (cues.negations.length > 0) return [];
  const certainty = cues.hedges.length > 0 ? 'HEDGED' : 'ASSERTED';
  return signs.map((target) => ({ type: 'PRESENTS_WITH', source: condition, target, polarity: 'AFFIRMED', certainty }));
}

function conditionOf(lead: readonly Unit[], context: SentenceContext): EntityRef | undefined {
  for (let index = 0; index < lead.length; index += 1) {
    const unit = lead[index]!;
    const stopped = unit.entity && isStopped(lead, index) ? context.withdrawalFrom(unit.entity) : undefined;
    if (stopped) return stopped;
  }
  for (let index = 0; index < lead.length; index += 1) {
    const unit = lead[index]!;
    if (unit.entity?.kind === 'Condition') return unit.entity;
    if (unit.anaphor?.kind === 'withdrawal') return context.resolve(lead, index, ['Condition'])[0];
  }
  return context.recentCondition();
}
