import { AGENT_KINDS } from '../../domain/entityKinds';
import { RELIEF_TYPES } from '../../domain/relationshipTypes';
import { ACTION_NOUNS, ASSOCIATION, CAUSE, FRONTED_ONLY } from '../lexicon/triggerLexicon';
import { isArgument, type Unit } from '../units/unit';
import { type Group, groupsAfter, groupsBefore } from './argumentGroups';
import { isNamedWithdrawal } from '../anaphora/discourse';
import { assertionStatus, findCues } from './assertionStatus';
import type { ClaimDraft } from './claimDraft';
import { appositionEnd, appositionGroups } from './apposition';
import { combinationPairs, isCollective } from './combination';
import { modifierHarms, modifierSigns } from './compoundModifier';
import { comparisonClaims } from './comparisonClaims';
import { contrastDenials } from './contrastDenials';
import { correlativeComparison, correlativeOutcome } from './correlativeComparison';
import { doseCircumstance } from './doseCircumstance';
import { disputedInSentence } from './disputedClaims';
import { accompanyingStrategies } from './accompanyingStrategy';
import { lesserConstituents } from './lesserConstituents';
import { alternativeAgents } from './alternativeAgents';
import { withDroppedSubject } from './droppedSubject';
import { withoutCleft } from './pseudoCleft';
import { severityFactors } from './severityFactors';
import { frequencyByFactor } from './frequencyByFactor';
import { casesInvolving } from './casesInvolving';
import { easedWithdrawal } from './easedWithdrawal';
import { elaboratedSigns } from './elaboratedSigns';
import { gentlerStrategy } from './gentlerStrategy';
import { withoutReportingAsides } from './reportingAside';
import { withDashAsidesAsCommas } from './dashAside';
import { carriedSubject, ellipticClaims, ellipticStance, type MadeClaim, openingSubject } from './ellipticClaims';
import { findTriggers, type Trigger } from './findTriggers';
import { copularComplement } from './copularComplement';
import { frontedTarget } from './frontedTarget';
import { resolvedAfterTreatment } from './resolvedAfterTreatment';
import { habitualUsePairs } from './habitualUse';
import { causesARelief, helpsAnotherTrigger } from './helpComplement';
import { helpedQuit } from './helpedQuit';
import { matchPhrase } from './matchPhrase';
import { ownConditionClaims } from './ownConditionClaims';
import { agentlessReports } from './agentlessReports';
import { associationBetween } from './associationBetween';
import { untilTreatment } from './untilTreatment';
import { armOutcomes } from './armOutcomes';
import { frontedAlternative } from './frontedAlternative';
import { signsAfterStopping } from './signsAfterStopping';
import { purposeLabel } from './purposeLabel';
import { bracketedPurposes } from './bracketedPurposes';
import { insideBrackets } from './brackets';
import { causativeAdjectives } from './causativeAdjectives';
import { pairArguments } from './pairArguments';
import type { Pair } from './pair';
import { peopleOn } from './peopleOn';
import { unlikeClaims } from './unlikeClaims';
import { contrastRelatives } from './contrastRelative';
import { isExaminedAs } from './examinedAs';
import { usersOutcomes } from './usersOutcomes';
import { factorWhen, remedyWhen, takingWhen } from './whenClauses';
import { withoutEffects } from './withoutEffects';
import type { SentenceContext } from './sentenceContext';
import { ownDependence } from './ownDependence';
import { easedDependence } from './easedDependence';
import { habitCircumstances, startsDuration } from './habitCircumstances';
import { relievedWithdrawal } from './relievedWithdrawal';
import { signsBefore } from './signList';
import { signsOfCondition } from './signsOfCondition';
import { doseStart } from '../units/dosePhrase';
import { warnings } from './conditionalClauses';
import { triedEverything } from './triedEverything';

const ACTION_WINDOW = 5;
const GIVEN_KINDS = new Set(['Substance', 'Compound']);
// "lowered the scores" relieves; "a lower risk" is a comparison, not a trigger; "withdrawal peaks on
// day three" presents, "lower peak withdrawal scores" names a measure; "limits withdrawal" relieves, "age limits" do not.
const VERB_ONLY = new Set(['lower', 'peak', 'limit', 'limits', 'last']);
// "tapered without medication", "no medication was needed": a treatment said to be absent treats
// nothing ("kratom is no treatment for …" denies one, so "no" after "be" is left to the negation rules).
const TREATMENT_WORDS = new Set(['medication', 'medicine', 'med', 'therapy', 'treatment', 'drug']);
const REPORTED_CLAUSE = new Set(['AUX', 'VERB', 'SCONJ', 'PART']);

/**
 * Every claim a sentence makes: each trigger phrase, its argument groups on both sides, the pairs
 * whose kinds the relationship allows, and per pair the sentence's stance towards it.
 */
export function sentenceClaims(written: readonly Unit[], context: SentenceContext): ClaimDraft[] {
  const units = withDroppedSubject(withoutReportingAsides(withoutCleft(withDashAsidesAsCommas(written))));
  const cues = findCues(units);
  const drafts: ClaimDraft[] = [];
  const made: MadeClaim[] = [];
  const found = findTriggers(units);
  const warned = warnings(units);
  const outcome = correlativeOutcome(units);
  const triggers = found.filter(
    (trigger) =>
      trigger.first !== outcome &&
      (trigger.head !== 'with' || conditionBefore(units, trigger.first)) &&
      // "taken kratom for 3 years": a bare "for" before a span of time names how long, not what for.
      (trigger.head !== 'for' || (treatmentBefore(units, trigger.first) && !startsDuration(units, trigger.first))) &&
      // "For kratom withdrawal, a gradual taper is recommended", "For diarrhoea, loperamide is often used": a bare verb of
      // prescribing relieves only what a fronted "for" names.
      (!FRONTED_ONLY.has(trigger.head) || trigger.first !== trigger.last || frontedTarget(units, trigger).length > 0) &&
      (trigger.head !== 'from' || harmBefore(units, trigger.first)) &&
      // "Clonidine 0.1 mg bid prn sweats": a chart's "prn" is "as needed for" only with the sign right after it.
      (trigger.head !== 'prn' || units[trigger.first + 1]?.entity !== undefined) &&
      (!HALTING.has(trigger.head) || trigger.first !== trigger.last || haltsASign(units, trigger.last)) &&
      // "tramadol wd is worse than kratom wd": a comparison of two things, not one bringing on the other.
      !(trigger.family === CAUSE && trigger.first === trigger.last && units[trigger.last + 1]?.lemma === 'than') &&
      // "If you feel faint, call a doctor": a warning's condition claims nothing.
      !warned.has(trigger.first) &&
      // "The doctor gave him hydroxyzine": what is given to someone is a medicine, not a harm.
      !(trigger.head === 'give' && GIVEN_KINDS.has(units[trigger.last + 1]?.entity?.kind ?? '')) &&
      (!VERB_ONLY.has(units[trigger.first]!.text.toLowerCase()) || units[trigger.first]!.pos === 'VERB') &&
      !(trigger.first === trigger.last && TREATMENT_WORDS.has(trigger.head) && treatmentNounClaimsNothing(units, trigger.first)) &&
      !isAttributive(units, trigger) &&
      !isLoweredRisk(units, trigger) &&
      !isExaminedAs(units, trigger) &&
      !helpsAnotherTrigger(units, trigger, found) &&
      !causesARelief(units, trigger, found) &&
      !isMadeToFeel(units, trigger) &&
      // "used by many adults to self-treat pain": what people take a substance to treat themselves is their motive, no claim that it works.
      !isSelfTreatment(units, trigger) &&
      // "loperamide, which they reported did not relieve their symptoms": a report of a clause relates nothing itself.
      !reportsAClause(units, trigger) &&
      // "itching (rare, dose-dependent), dizziness": a qualifier in brackets describes the item, it is no claim of its own.
      !(units[trigger.first]!.text === '-' && insideBrackets(units, trigger.first)),
  );
  const owners = new Set(triggers.flatMap((trigger) => appositionGroups(units, trigger, context).slice(0, 1).map((group) => group.first)));
  for (const trigger of triggers.sort((a, b) => a.first - b.first)) {
    const after = groupsAfter(units, trigger.gapped ? trigger.first + 1 : trigger.last + 1, trigger);
    const before = groupsBefore(units, trigger.first);
    const carried = after.length > 0 ? (carriedSubject(units, trigger, before, made) ?? openingSubject(units, trigger, before)) : undefined;
    const apposed = appositionGroups(units, trigger, context);
    // "its principal alkaloid, mitragynine, binds …": the plant owns the alkaloid, the alkaloid binds.
    const groups = apposed.length > 0 ? apposed : [...before, ...after, ...purposeAgents(units, trigger, after), ...frontedTarget(units, trigger), ...copularComplement(units, trigger, after), ...(carried ? [carried] : [])]
      // "produces analgesia and sedation": a word's own target ("analgesia": pain) stands alone; what is coordinated with the word is not relieved.
      .map((group) => ({ ...group, items: group.items.filter((item) => !owners.has(item.index) && (!item.unit.implied || item.index === trigger.last + 1)) }))
      .map((group) => (group.items[0]?.unit.implied ? { ...group, items: group.items.slice(0, 1) } : group))
      .filter((group) => group.items.length > 0);
    // "Together they can slow your breathing": a collective's harm is the combination's (combinationPairs), no member's own.
    const collective = trigger.family === CAUSE && apposed.length === 0 && isCollective(units, before[0], trigger);
    const pairs = pairArguments(units, trigger, groups, context).filter((pair) => !collective || pair.sourceIndex > trigger.last);
    // An apposition's stance is read in the phrase up to its end, with that phrase's own cues (found once per trigger).
    const phrase = apposed.length > 0 ? units.slice(0, appositionEnd(trigger, apposed) + 1) : units;
    const phraseCues = phrase === units ? cues : findCues(phrase);
    const statusOf = (pair: Pair): ReturnType<typeof assertionStatus> => assertionStatus(phrase, phraseCues, trigger, pair.targetIndex);
    // "Dose was not associated with withdrawal" denies the dose's part, not that the substance brings withdrawal on.
    const affirmed = pairs.filter((pair) => statusOf(pair).polarity === 'AFFIRMED');
    for (const pair of [...pairs, ...combinationPairs(units, trigger, groups, pairs, context), ...habitualUsePairs(units, trigger, affirmed, context)]) {
      made.push({ trigger, pair, status: statusOf(pair) });
    }
  }
  const kept = withoutReportedReliefs(made).filter(({ pair }) => !(pair.type === 'PRESENTS_WITH' && isTreatmentPurpose(units, pair.targetIndex)));
  drafts.push(...withOwnClauses(units, kept));
  // "bupe treats oud, kratom doesnt": the earlier claim again, for the new subject, with its own stance.
  for (const { pair, clause } of ellipticClaims(units, kept, context)) {
    drafts.push({ type: pair.type, source: pair.source, target: pair.target, ...ellipticStance(clause) });
  }
  drafts.push(...accompanyingStrategies(units, kept), ...lesserConstituents(units, kept), ...alternativeAgents(units, kept), ...contrastDenials(units, kept), ...disputedInSentence(units, kept), ...unlikeClaims(units, kept), ...comparisonClaims(units, kept), ...withoutEffects(units, kept), ...ownConditionClaims(units, cues, context), ...causativeAdjectives(units, cues, context), ...correlativeComparison(units, cues, context), ...helpedQuit(units, cues, context), ...remedyWhen(units, cues), ...takingWhen(units, cues), ...peopleOn(units), ...resolvedAfterTreatment(units, cues, context));
  drafts.push(...usersOutcomes(units, cues, context, drafts));
  drafts.push(...agentlessReports(units, cues, context, drafts), ...signsAfterStopping(units, cues, context, drafts), ...associationBetween(units, cues, context), ...untilTreatment(units, cues), ...armOutcomes(units, cues), ...frontedAlternative(units));
  drafts.push(...factorWhen(units, cues, context, drafts), ...purposeLabel(units, cues, triggers), ...bracketedPurposes(units, cues, context));
  drafts.push(...severityFactors(units, cues, context, drafts), ...easedWithdrawal(units, cues, context, drafts), ...gentlerStrategy(units, cues, context, drafts), ...elaboratedSigns(units, cues, context, triggers));
  drafts.push(...frequencyByFactor(units, cues, drafts), ...casesInvolving(units, cues, drafts), ...triedEverything(units));
  for (const { condition, symptom } of modifierSigns(units)) {
    const source = units[condition]!.entity ?? context.resolve(units, condition, ['Condition'])[0];
    if (source) drafts.push({ type: 'PRESENTS_WITH', source, target: units[symptom]!.entity!, polarity: 'AFFIRMED', certainty: 'ASSERTED' });
  }
  for (const { drug, participle, harm } of modifierHarms(units)) {
    drafts.push({ type: 'CAUSES', source: units[drug]!.entity!, target: units[harm]!.entity!, ...assertionStatus(units, cues, { first: participle, last: participle }, harm) });
  }
  drafts.push(...signsOfCondition(units, drafts, context));
  drafts.push(...contrastRelatives(units).flatMap((clause) => sentenceClaims(clause, context)));
  drafts.push(...doseCircumstance(units, drafts, context), ...habitCircumstances(units, drafts, context));
  return drafts.flatMap((draft) => relievedWithdrawal(easedDependence(ownDependence(draft, context), units, context), context));
}

// "cut the risk of overdose death", "lowers the chance of relapse": a risk brought down is no cause (the lowering verb relieves).
const RISK_WORDS = new Set(['risk', 'chance', 'likelihood', 'odds']);
const LOWERING_RISK = new Set(['reduce', 'lower', 'cut', 'decrease', 'halve', 'minimise', 'minimize', 'lessen', 'diminish', 'drop']);
const RISK_REACH = 3;

function isLoweredRisk(units: readonly Unit[], trigger: Trigger): boolean {
  if (trigger.family !== CAUSE || !RISK_WORDS.has(units[trigger.first]!.lemma)) return false;
  return units.slice(Math.max(0, trigger.first - RISK_REACH), trigger.first).some((unit) => LOWERING_RISK.has(unit.lemma));
}

/** "seizures from it", "liver injury from kratom": a symptom, or a condition other than a withdrawal ("withdrawal from kratom" names what is stopped). */
function harmBefore(units: readonly Unit[], at: number): boolean {
  const harm = units[at - 1]?.entity;
  return harm !== undefined && (harm.kind === 'Symptom' || (harm.kind === 'Condition' && !isNamedWithdrawal(harm)));
}

// "Imodium stopped the diarrhoea": a verb of stopping relieves only a sign it stops ("people who stop oxycodone" leave it).
const HALTING = new Set(['stop', 'halt']);
const SIGN_KINDS = new Set(['Symptom', 'Condition']);

const headsExamples = (units: readonly Unit[], noun: number): boolean =>
  (units[noun + 1]?.lemma === 'such' && units[noun + 2]?.lemma === 'as') || units[noun + 1]?.lemma === 'like' || (units[noun + 1]?.lemma === ',' && units[noun + 2]?.lemma === 'such');

/**
 * A treatment noun that claims nothing itself: one said absent ("without treatment", "no medicine"); one
 * heading its examples ("Medicines such as lofexidine can reduce …"); one standing for drugs named before
 * ("Neither medication caused liver injury"), which is their name.
 */
const treatmentNounClaimsNothing = (units: readonly Unit[], noun: number): boolean =>
  saysAbsent(units, noun) || headsExamples(units, noun) || units[noun]!.anaphor !== undefined;

function saysAbsent(units: readonly Unit[], noun: number): boolean {
  const before = units[noun - 1]?.lemma;
  return before === 'without' || (before === 'no' && units[noun - 2]?.lemma !== 'be');
}

function haltsASign(units: readonly Unit[], verb: number): boolean {
  let next = verb + 1;
  while (units[next] && (units[next]!.pos === 'DET' || units[next]!.pos === 'PRON' || units[next]!.pos === 'ADJ') && !units[next]!.entity) next += 1;
  // "will not stop withdrawal": a bare withdrawal is a condition stopped as much as a named one.
  return SIGN_KINDS.has(units[next]?.entity?.kind ?? '') || units[next]?.anaphor?.kind === 'withdrawal';
}

/**
 * "To manage kratom wobbles, start with a low dose …": a purpose clause first, its agents in the
 * main clause after the comma.
 */
function purposeAgents(units: readonly Unit[], trigger: { first: number }, after: readonly Group[]): Group[] {
  if (units[0]?.lemma !== 'to' || trigger.first !== 1 || after.length === 0) return [];
  const comma = units.findIndex((unit, index) => index > after[0]!.last && unit.lemma === ',');
  if (comma < 0) return [];
  const groups: Group[] = [];
  for (let index = comma + 1; index < units.length; index += 1) {
    // "start low and gradually increase it": a pronoun after a verb is its object, not an agent.
    if (!isArgument(units[index]!) || (units[index]!.anaphor && units[index]!.pos === 'PRON')) continue;
    const found = groupsAfter(units, index, { first: index, last: index - 1 })[0];
    if (!found) break;
    groups.push({ ...found, distance: 0 });
    index = found.last;
  }
  return groups.length > 0 ? [{ ...groups[0]!, items: groups.flatMap((group) => group.items) }] : [];
}

/** An action named between `from` and `to`: "acts as a partial agonist at …", "binds to the receptor as a partial agonist". */
function actionNear(units: readonly Unit[], from: number, to: number): string | undefined {
  for (let index = from; index <= to && index < units.length; index += 1) {
    const found = ACTION_NOUNS.find((noun) => matchPhrase(units, index, noun.lemmas) >= 0);
    if (found) return found.action;
  }
  return undefined;
}

/** "kratom withdrawal, with muscle aches and chills": "with" lists signs only right after a condition. */
function conditionBefore(units: readonly Unit[], index: number): boolean {
  const isCondition = (unit: Unit | undefined): boolean => unit !== undefined && (unit.entity?.kind === 'Condition' || unit.anaphor?.kind === 'withdrawal');
  if (units[index - 1]?.lemma !== ',') return isCondition(units[index - 1]);
  // "Kratom withdrawal is usually milder, with anxiety and insomnia more prominent": after a
  // condition said to be of some kind, "with" names what it comes with.
  let at = index - 2;
  while (at >= 0 && PREDICATE_POS.has(units[at]!.pos) && !isArgument(units[at]!)) at -= 1;
  return isCondition(units[at]) && (at === index - 2 || units[at + 1]!.lemma === 'be');
}

// A short predicate of kind between a condition and the comma before "with": "is usually milder".
const PREDICATE_POS = new Set(['AUX', 'ADV', 'ADJ']);
const MAX_ASIDE = 6;
const GENERIC_TREATMENT = /(?:treatment|therapy|therapies|medication|programme|program)s?$/i;

/**
 * "Loperamide (Imodium) for diarrhoea", "clonidine or lofexidine, for sweating": a bare "for" names
 * what a treatment is for only right after the treatment (a bracketed aside or a dose may stand between);
 * "at risk for seizures" or "kratom for ten years" names none.
 */
function treatmentBefore(units: readonly Unit[], index: number): boolean {
  // "- ondansetron, for nausea": a list item may set the purpose off with a comma; "Loperamide 4 mg
  // PRN for loose stools": a drug chart writes the dose between.
  const candidates = units[index - 1]?.lemma === ',' ? [index - 2] : [(doseStart(units, index) ?? index) - 1];
  const circumstance = circumstanceBefore(units, index);
  if (circumstance !== undefined) candidates.push(circumstance - 1);
  if (units[index - 1]?.lemma === ')') {
    const opening = units.slice(0, index - 1).map((unit) => unit.lemma).lastIndexOf('(');
    // "agents (clonidine, hydroxyzine) for …" names them inside the brackets, "Loperamide (Imodium) for …" before.
    if (opening >= 0 && index - 1 - opening <= MAX_ASIDE) for (let at = opening - 1; at < index - 1; at += 1) candidates.push(at);
  }
  // "a maintenance treatment for opioid use disorder" names the treatment of its subject, not its own.
  // "- zopiclone for insomnia": a drug-shaped name the vocabulary lacks is a treatment too.
  return candidates.some((at) => {
    const unit = units[at];
    return (unit?.name === true || (unit?.entity !== undefined && AGENT_KINDS.has(unit.entity.kind))) && !GENERIC_TREATMENT.test(unit.text);
  });
}

const MAX_CIRCUMSTANCE = 8;
// What may open a circumstance between a treatment and its purpose: "at night", "as needed", ", for a few days only,".
const CIRCUMSTANCE_OPENERS = new Set([',', 'at', 'in', 'as', 'during', 'before', 'after', 'every', 'each', 'once', 'twice', 'daily', 'nightly', 'prn']);
const CIRCUMSTANCE_POS = new Set(['ADP', 'DET', 'NUM', 'ADJ', 'ADV', 'NOUN', 'PUNCT', 'VERB']);
// Words that relate things rather than say when or how much: a purpose cannot reach past them.
const RELATING = new Set(['of', 'with', 'to', 'than', 'and', 'or', 'but', 'like', 'instead']);

/**
 * "loperamide at normal doses for diarrhoea", "hydroxyzine at night for the anxiety", "loperamide, for a
 * few days only, for diarrhoea", "ibuprofen as needed for aches": where a circumstance (when, how often,
 * how much) that stands between a treatment and its purpose begins, if one does. It names no entity
 * and relates nothing; "as needed" is its only verb. The purpose must follow its "for" at once: "treated with
 * mitragynine twice daily for 7 days showed withdrawal" says how long, not what for.
 */
function circumstanceBefore(units: readonly Unit[], index: number): number | undefined {
  if (!purposeFollows(units, index)) return undefined;
  for (let start = index - 1; start >= Math.max(0, index - MAX_CIRCUMSTANCE); start -= 1) {
    const unit = units[start]!;
    if (unit.entity || unit.name || !CIRCUMSTANCE_POS.has(unit.pos) || RELATING.has(unit.lemma)) return undefined;
    if (unit.pos === 'VERB' && units[start - 1]?.lemma !== 'as') return undefined;
    if (unit.pos === 'PUNCT' && unit.lemma !== ',') return undefined;
    if (CIRCUMSTANCE_OPENERS.has(unit.lemma) && (unit.lemma !== ',' || units[index - 1]?.lemma === ',') && start < index - 1) return start;
  }
  return undefined;
}

const PURPOSE_DETERMINERS = new Set(['DET', 'PRON', 'ADJ']);

/** An entity right after the "for" at `index`, past a determiner or an adjective ("for the anxiety", "for bad aches"). */
function purposeFollows(units: readonly Unit[], index: number): boolean {
  let at = index + 1;
  while (at < index + 3 && !units[at]?.entity && PURPOSE_DETERMINERS.has(units[at]?.pos ?? '')) at += 1;
  return units[at]?.entity !== undefined;
}

const PURPOSE_LIST = new Set([',', 'and', 'or', 'the', 'their', 'its']);

/** "medications include clonidine for sweating and anxiety": what a treatment is for is no sign the sentence lists. */
function isTreatmentPurpose(units: readonly Unit[], index: number): boolean {
  const { before } = signsBefore(units, index, PURPOSE_LIST);
  return units[before]?.lemma === 'for' && treatmentBefore(units, before);
}

/**
 * "fewer reported cravings": an association participle before its noun describes it, asserts
 * nothing; so does one after a noun that is no argument ("alleviate symptoms associated with
 * opioid cessation": the symptoms are associated, not the subject of the sentence).
 */
function isAttributive(units: readonly Unit[], trigger: Trigger): boolean {
  const previous = units[trigger.first - 1];
  if (trigger.family === ASSOCIATION && units[trigger.first]!.pos === 'VERB' && previous?.pos === 'NOUN' && !isArgument(previous)) return true;
  // "… has been described in case reports.": a noun that ends its clause cites, it does not associate.
  if (trigger.family === ASSOCIATION && units[trigger.last]!.pos === 'NOUN' && (units[trigger.last + 1] === undefined || units[trigger.last + 1]!.pos === 'PUNCT')) return true;
  return trigger.family === ASSOCIATION && trigger.first === trigger.last && units[trigger.first]!.pos !== 'NOUN' && isArgument(units[trigger.last + 1] ?? { start: 0, end: 0, text: '', lemma: '', pos: '' }) && units[trigger.first - 1]?.pos !== 'AUX';
}

const MAKING = new Set(['make', 'leave', 'let', 'get']);
const MAKING_REACH = 3;

/** "They can make you feel dizzy": what something makes people feel is its effect (a cause phrase reads it), no sign people go through. */
const isMadeToFeel = (units: readonly Unit[], trigger: { head: string; first: number }): boolean =>
  trigger.head === 'feel' && units.slice(Math.max(0, trigger.first - MAKING_REACH), trigger.first).some((unit) => MAKING.has(unit.lemma));

/** A claim a trigger made, as a draft: with the action an ACTS_ON claim names beside its trigger or target. */
function draftOf(units: readonly Unit[], { trigger, pair, status }: MadeClaim): ClaimDraft {
  const action = pair.type === 'ACTS_ON' ? (trigger.action ?? actionNear(units, trigger.last + 1, pair.targetIndex - 1) ?? actionNear(units, pair.targetIndex + 1, pair.targetIndex + ACTION_WINDOW)) : undefined;
  const attempt = TRIED.test(units[trigger.first]!.text) || (trigger.head === 'for' && triedBefore(units, trigger.first));
  return { type: pair.type, source: pair.source, target: pair.target, ...status, ...(action ? { action } : {}), ...(attempt ? { attempt } : {}) };
}

// "I tried melatonin for sleep", "hydroxyzine was trialled for anxiety": past attempts, told apart from advice ("Try loperamide for …").
const TRIED = /^(?:tried|trialled|trialed|attempted)$/i;
const TRIAL_REACH = 6;

/** Whether a past verb of trying governs the treatment before a purpose "for" at `index`. */
function triedBefore(units: readonly Unit[], index: number): boolean {
  for (let at = index - 1; at >= Math.max(0, index - TRIAL_REACH); at -= 1) {
    if (TRIED.test(units[at]!.text)) return true;
    if (units[at]!.lemma === '.' || units[at]!.lemma === ';' || units[at]!.lemma === ',') return false;
  }
  return false;
}

/**
 * "Relief of cravings with clonidine was reported": what "reported" associates is the relief the
 * sentence names, not a cause of the relieved sign; the association's pair is left out.
 */
function withoutReportedReliefs(made: readonly MadeClaim[]): MadeClaim[] {
  const relieved = new Set(made.filter(({ pair }) => RELIEF_TYPES.has(pair.type)).map(({ pair }) => `${pair.source.id}|${pair.target.id}`));
  return made.filter(({ trigger, pair }) => !(trigger.family === ASSOCIATION && !RELIEF_TYPES.has(pair.type) && relieved.has(`${pair.source.id}|${pair.target.id}`)));
}


/** "they reported did not relieve", "reported that": the verb "report" with a clause for its object. */
function reportsAClause(units: readonly Unit[], trigger: Trigger): boolean {
  return trigger.head === 'report' && trigger.first === trigger.last && units[trigger.first]!.pos === 'VERB' && REPORTED_CLAUSE.has(units[trigger.last + 1]?.pos ?? '');
}

/** "self-treat", "self-manage", "self-medicate": a relief verb written with "self-". */
function isSelfTreatment(units: readonly Unit[], trigger: Trigger): boolean {
  const before = units[trigger.first - 1]?.text === '-' ? units[trigger.first - 2] : units[trigger.first - 1];
  return before?.lemma === 'self' || /^self-/i.test(units[trigger.first]!.text);
}

const CLAUSE_OPENERS = new Set([';', 'but', 'whereas', 'while', 'however', 'yet', 'although', 'though']);

/**
 * The drafts of the sentence's claims; one the sentence states again with the other stance, in a
 * later clause ("… report it eases the restless legs; the pilot found no effect on restless legs"),
 * has that clause for evidence, so each side of the disagreement keeps its own.
 */
function withOwnClauses(units: readonly Unit[], made: readonly MadeClaim[]): ClaimDraft[] {
  const stances = new Map<string, string>();
  return made.map((claim) => {
    const draft = draftOf(units, claim);
    const key = `${draft.type}|${draft.source.id}|${draft.target.id}`;
    const before = stances.get(key);
    stances.set(key, draft.polarity);
    if (before === undefined || before === draft.polarity || draft.clause) return draft;
    let opener = claim.trigger.first - 1;
    while (opener > 0 && !CLAUSE_OPENERS.has(units[opener]!.lemma)) opener -= 1;
    return opener > 0 ? { ...draft, clause: { start: units[opener]!.start, end: units[units.length - 1]!.end } } : draft;
  });
}
