import { isComparisonStandard } from '../anaphora/comparisonStandard';
import { assertionStatus, findCues } from '../claims/assertionStatus';
import { isStopped, isWayOfStopping } from '../claims/cessation';
import { insideConditions } from '../claims/conditionalClauses';
import { findTriggers, type Trigger } from '../claims/findTriggers';
import type { ClaimDraft } from '../claims/claimDraft';
import { STOP_VERBS } from '../lexicon/stopping';
import { ACTION, PRESENTATION } from '../lexicon/triggerLexicon';
import type { EntityRef, Unit } from '../units/unit';
import { isAsideNegation } from '../claims/asideNegation';

const WITHDRAWAL_NAME = /withdrawal/i;
// Findings of a study, which claims/pairArguments reads only in the passive ("insomnia was noted").
const OBSERVING = new Set(['note', 'record', 'observe', 'document']);
// Bare prepositions are triggers only in narrow places ("loperamide for diarrhoea", "headaches from kratom");
// before a number ("cold turkeyed from 30g", "sweats for 2 weeks") they measure and decide nothing.
const PREPOSITIONS = new Set(['for', 'from', 'with']);

/**
 * A first-hand report of signs: in an account of a withdrawal, a sentence or list item that names
 * symptoms and nothing that acts on them ("By the second night I had all of it: the chills, the
 * yawning, the sweats", "appetite gone, legs kicking all night", "the worst part is the insomnia")
 * says what that withdrawal presents with. A sentence that names a drug, a practice or a factor, has
 * a relief, cause or observation trigger (whose rules decide), or denies the symptoms, reports no signs.
 */
export function reportedSigns(units: readonly Unit[], withdrawal: EntityRef | undefined): ClaimDraft[] {
  const named = units.flatMap((unit) => (unit.entity ? [unit.entity] : []));
  const symptoms = [...new Map(named.filter((entity) => entity.kind === 'Symptom').map((entity) => [entity.id, entity])).values()];
  // "i cold turkeyed and it was hell, sweats, diarrhea", "I quit kratom and had the sweats": the stop itself acts on nothing.
  // "Jerky movements are more common than in opioid withdrawal": the standard a sign is measured against is not the withdrawal it is a sign of.
  const others = units.flatMap((unit, index) => (unit.entity && unit.entity.kind !== 'Symptom' && !isTheStop(units, index) && !isComparisonStandard(units, index) ? [unit.entity] : []));
  if (symptoms.length === 0 || others.some((entity) => entity.kind !== 'Condition' || !WITHDRAWAL_NAME.test(entity.name))) return [];
  const source = others[0] ?? withdrawal;
  // A relief, cause or observation trigger has decided already, even where it made no claim ("We noted insomnia in most").
  const triggers = findTriggers(units);
  // An action with no receptor to act on ("the first thing that hits is the restlessness") decides nothing either.
  const receptorless = (trigger: Trigger): boolean => trigger.family === ACTION && !units.some((unit) => unit.entity?.kind === 'Receptor');
  if (!source || triggers.some((trigger) => !isMeasure(units, trigger) && !isPersonsReport(units, trigger) && !isTheStopVerb(trigger) && !receptorless(trigger) && (trigger.family !== PRESENTATION || OBSERVING.has(trigger.head)))) return [];
  const cues = findCues(units);
  if (cues.frames.length > 0) return [];
  // What someone reports of their own body is a finding, not hearsay: that "reported" hedges nothing.
  const reports = triggers.filter((trigger) => isPersonsReport(units, trigger));
  const certainty = cues.hedges.some((hedge) => !reports.some((report) => report.first === hedge.first)) ? 'HEDGED' : 'ASSERTED';
  // Each sign is a finding of its own, as in NegEx: "he had sweating and diarrhoea but denied
  // hallucinations" reports two and denies the third.
  // "If you have a seizure, faint, or get chest pain, call 911": signs a condition names are warnings, not findings.
  const conditional = insideConditions(units);
  const findings = [...new Map(units.flatMap((unit, index) => (unit.entity?.kind === 'Symptom' && !conditional.has(index) ? [[unit.entity.id, { unit, index }] as const] : []))).values()].map(
    ({ unit, index }): ClaimDraft => ({ type: 'PRESENTS_WITH', source, target: unit.entity!, polarity: assertionStatus(units, cues, { first: index, last: index }, index).polarity, certainty }),
  );
  // A negation that denies no sign is about something else ("the cravings arent even that bad",
  // "not sure if the sweats are wd"): such a sentence reports nothing. A negation aside does not count.
  const negates = cues.negations.some((cue) => !isAsideNegation(units, cue)) || cues.postNegations.length > 0 || cues.rulings.length > 0;
  return negates && findings.every((finding) => finding.polarity === 'AFFIRMED') ? [] : findings;
}

/**
 * "kratom worked for me too but … the kratom wd was its own beast, yawning, irritability, the rls": a
 * sentence whose claims come before a "but" may still report signs after it, in a clause that names the
 * withdrawal, which reportedSigns reads as a sentence of its own (a clause that names a drug or has a
 * trigger of its own reports none).
 */
export function reportedSignsAfterBut(units: readonly Unit[], withdrawal: EntityRef | undefined): ClaimDraft[] {
  let but = units.length - 1;
  while (but > 0 && !(units[but]!.lemma === 'but' && units[but]!.pos === 'CCONJ')) but -= 1;
  const clause = units.slice(but + 1);
  // The clause must name the withdrawal itself: "… helped a bit but i was groggy all morning" is the drug's doing.
  const namesWithdrawal = clause.some((unit) => unit.anaphor?.kind === 'withdrawal' || (unit.entity?.kind === 'Condition' && WITHDRAWAL_NAME.test(unit.entity.name)));
  return but > 0 && namesWithdrawal ? reportedSigns(clause, withdrawal) : [];
}

/** The writer's stop named in the sentence: a sudden stop ("cold turkey") or the substance stopped ("quit kratom"). */
const isTheStop = (units: readonly Unit[], index: number): boolean =>
  isWayOfStopping(units[index]!.entity) || (units[index]!.entity?.kind === 'Substance' && isStopped(units, index));

/**
 * "He reported insomnia, muscle aches …", "Roughly two-thirds reported sweating": signs reported in
 * the active by someone not named as an entity (a patient, respondents, a share of them) are theirs.
 */
const isPersonsReport = (units: readonly Unit[], trigger: { head: string; first: number; passive: boolean }): boolean =>
  trigger.head === 'report' && !trigger.passive && units.slice(0, trigger.first).every((unit) => !unit.entity);

/** "When Danny decided to stop, he had …": the stop itself (a verb that relieves only what it names) decides nothing. */
const isTheStopVerb = (trigger: { head: string; first: number; last: number }): boolean => trigger.first === trigger.last && STOP_VERBS.has(trigger.head);

// "from about 1am", "for like 2 weeks": a word of approximation before the number (or the time).
const APPROXIMATELY = new Set(['about', 'around', 'approx', 'approximately', 'roughly', '~', 'nearly', 'almost', 'like', 'over']);

// "sat on my chest for days", "sweats for weeks": a span of time with no number measures as well,
// unless it says how long a verb went on ("the after-effects can linger for months, mostly anxiety"),
// whose subject then owns the signs.
const TIME_SPANS = new Set(['minute', 'hour', 'day', 'night', 'week', 'month', 'year', 'age']);

const isMeasure = (units: readonly Unit[], trigger: { head: string; first: number; last: number }): boolean => {
  const next = APPROXIMATELY.has(units[trigger.last + 1]?.lemma ?? '') ? trigger.last + 2 : trigger.last + 1;
  const span = TIME_SPANS.has(units[next]?.lemma ?? '') && units[next]!.text.toLowerCase() !== units[next]!.lemma && units[trigger.first - 1]?.pos !== 'VERB';
  // "chills for a week": "a" counts one.
  const one = (units[next]?.lemma === 'a' || units[next]?.lemma === 'an') && TIME_SPANS.has(units[next + 1]?.lemma ?? '');
  return PREPOSITIONS.has(trigger.head) && (units[next]?.pos === 'NUM' || /^\d/.test(units[next]?.text ?? '') || span || one);
};
