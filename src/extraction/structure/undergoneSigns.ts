import { findCues } from '../claims/assertionStatus';
import { isStopped } from '../claims/cessation';
import type { ClaimDraft } from '../claims/claimDraft';
import type { SentenceContext } from '../claims/sentenceContext';
import { isAcuteWithdrawal } from '../anaphora/discourse';
import type { EntityRef, Unit } from '../units/unit';

// Verbs by which a lead says people go through what its list names ("people coming off kratom
// often get:", "Most people notice:", "You may feel:").
const UNDERGOING = new Set(['get', 'have', 'experience', 'notice', 'feel', 'develop', 'expect', 'suffer', 'go']);
// "Call a doctor if you have:" lists warning signs, not what a condition presents with.
const CONDITIONAL = new Set(['if', 'unless']);
// "You might:", "Most people will:": a lead that leaves its verb to the items ("- sweat a lot", "- feel anxious").
const PEOPLE = new Set(['you', 'u', 'i', 'we', 'people', 'ppl', 'patient', 'user', 'most', 'many', 'some']);
const MODALS = new Set(['may', 'might', 'will', 'can', 'could', 'would', 'should', 'often', 'usually']);

/**
 * A list of symptoms under a lead that says people go through them: the signs of the withdrawal
 * from a substance the lead names as stopped, else of the condition it names, else of the condition
 * talked about; with the lead's stance ("may get" hedges).
 */
export function undergoneSigns(lead: readonly Unit[], item: readonly Unit[], context: SentenceContext): ClaimDraft[] {
  const signs = item.flatMap((unit) => (unit.entity ? [unit.entity] : []));
  if (signs.length === 0 || signs.some((entity) => entity.kind !== 'Symptom')) return [];
  if (!(lead.some((unit) => UNDERGOING.has(unit.lemma) && unit.pos === 'VERB') || leavesVerbToItems(lead)) || lead.some((unit) => CONDITIONAL.has(unit.lemma))) return [];
  const condition = conditionOf(lead, context);
  if (!condition) return [];
  const cues = findCues(lead);
  if (cues.negations.length > 0) return [];
  const certainty = cues.hedges.length > 0 ? 'HEDGED' : 'ASSERTED';
  return signs.map((target) => ({ type: 'PRESENTS_WITH', source: condition, target, polarity: 'AFFIRMED', certainty }));
}

/** "You might:", "Most people will:", "you may also:": a person and a modal, then the colon. */
function leavesVerbToItems(lead: readonly Unit[]): boolean {
  const words = lead.filter((unit) => unit.pos !== 'PUNCT' && unit.lemma !== 'also');
  return words.length >= 2 && words.length <= 4 && PEOPLE.has(words[0]!.lemma) && MODALS.has(words[words.length - 1]!.lemma);
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
  // On a page about withdrawal from several substances, a lead that names none lists the signs they share.
  const recent = context.recentCondition();
  const general = context.generalWithdrawal();
  return general && recent && isAcuteWithdrawal(recent) ? general : recent;
}
