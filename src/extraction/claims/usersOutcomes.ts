import { OUTCOME_KINDS } from '../../domain/entityKinds';
import { isNamedWithdrawal } from '../anaphora/discourse';
import { RELIEF_TYPES } from '../../domain/relationshipTypes';
import { TERMINATORS } from '../lexicon/assertionCues';
import { DEPENDENCE_WORDS } from '../lexicon/conditionWords';
import { stopVerbsAnd } from '../lexicon/stopping';
import { type EntityRef, isArgument, type Unit } from '../units/unit';
import { isWayOfStopping } from './cessation';
import { assertionStatus, type SentenceCues } from './assertionStatus';
import type { ClaimDraft } from './claimDraft';
import type { SentenceContext } from './sentenceContext';

// "People who take kratom …", "patients who use it daily …", "those taking kratom …": the people a
// sentence is about are named by what they take.
const PEOPLE = new Set(['people', 'person', 'patient', 'user', 'those', 'anyone', 'adult', 'someone', 'mother', 'woman', 'man', 'consumer', 'customer', 'individual', 'ppl', 'folk', 'participant', 'respondent', 'volunteer']);
const TAKING = new Set(['take', 'use', 'consume', 'drink', 'chew', 'smoke', 'dose']);
// "People who stop kratom get chills": what they get are the signs of its withdrawal.
const STOPPING = stopVerbsAnd('quit');
const RELATIVE = new Set(['who', 'that']);
// "Patients on kratom …" at the head of a sentence, which the tagger may leave unlemmatised as a name.
const isPeople = (unit: Unit | undefined): boolean => unit !== undefined && (PEOPLE.has(unit.lemma) || PEOPLE.has(unit.lemma.toLowerCase().replace(/s$/, '')));
// "people taking kratom", "patients using it daily": a participle that stands for "who take".
const isReducedRelative = (unit: Unit | undefined): boolean => unit !== undefined && unit.pos === 'VERB' && /ing$/i.test(unit.text) && (TAKING.has(unit.lemma) || STOPPING.has(unit.lemma));
// What they go through: "often get constipation", "develop dependence", "have reported nausea".
const UNDERGOING = new Set(['get', 'develop', 'experience', 'have', 'suffer', 'report', 'notice', 'feel', 'show']);
// "report fewer cravings", "get less anxiety", "get relief from pain", "notice an improvement in
// their anxiety": a reduction is relief, which other rules read.
const REDUCTION = new Set(['fewer', 'few', 'less', 'reduce', 'lower', 'no', 'little', 'decreased', 'milder', 'relief', 'improvement', 'better']);
// "a few side effects" is some, not fewer.
const isReduction = (units: readonly Unit[], at: number): boolean => REDUCTION.has(units[at]!.lemma) && !(units[at]!.lemma === 'few' && units[at - 1]?.lemma === 'a');
const MAX_TAKING_WORDS = 4;
const SUBSTANCE_KINDS = ['Substance', 'Compound'] as const;
const HABITUAL_NOUNS = new Set(['use', 'consumption', 'intake', 'ingestion']);
const MAX_AFTER_WORDS = 8;

// "had terrible constipation", "have no nausea", "had a really bad rash": what may lead the object of "have".
const OBJECT_LEAD_POS = new Set(['DET', 'ADJ', 'ADV']);
const MAX_OBJECT_LEAD = 4;

/**
 * A verb of undergoing, not one of purpose ("took kratom to get through withdrawal"); "had" too where the tagger
 * calls it an auxiliary but an outcome follows ("and had constipation", "and have no nausea").
 */
function isUndergoing(units: readonly Unit[], at: number): boolean {
  if (!UNDERGOING.has(units[at]!.lemma) || units[at - 1]?.lemma === 'to') return false;
  let object = at + 1;
  while (units[object] && OBJECT_LEAD_POS.has(units[object]!.pos) && object < at + MAX_OBJECT_LEAD) object += 1;
  return units[at]!.pos === 'VERB' || (units[at]!.lemma === 'have' && OUTCOME_KINDS.has(units[object]?.entity?.kind ?? 'Substance'));
}

/** The people who take (or stop) a substance: which, whether stopped, and the span the rule reads outcomes in. */
interface Users {
  substance: EntityRef;
  stopped: boolean;
  /** Outcomes are read after the verb of undergoing and before `start` (the "after …" phrase). */
  start: number;
  /** The verb of undergoing comes after this unit. */
  after: number;
  /** "… in people who took kratom": the outcomes are named before the phrase, with no verb of undergoing. */
  among: boolean;
  /** "users who stop suddenly": the way of stopping that brings the outcomes on. */
  factor?: EntityRef;
  /** The verb of undergoing, where the phrase that found the people found it too. */
  verb?: number;
}

const ABRUPTLY = new Set(['suddenly', 'abruptly', 'cold']);
const USERS = new Set(['user', 'consumer']);
const isUsers = (unit: Unit | undefined): boolean => unit !== undefined && USERS.has(unit.lemma.replace(/s$/, ''));
const EXAMPLE_LINKS = new Set(['like', 'including', 'especially', 'particularly']);
const LIST_WORDS = new Set(['and', 'or', 'a', 'an', 'the']);

/** Where the outcomes a verb of undergoing names end: its clause's end, but not a comma inside a list of them. */
function endsOutcomes(units: readonly Unit[], at: number): boolean {
  if (units[at]!.lemma !== ',') return TERMINATORS.has(units[at]!.lemma);
  let next = at + 1;
  while (units[next] && LIST_WORDS.has(units[next]!.lemma)) next += 1;
  return units[next]?.entity === undefined;
}

const AMONG = new Set(['in', 'among', 'amongst']);

/** The clause the outcomes are named in: before "in"/"among", or, when that phrase opens the sentence, after its comma. */
function amongClause(units: readonly Unit[], users: Users): number[] {
  const clause: number[] = [];
  if (units.slice(0, users.start).some((unit) => unit.pos !== 'ADV' && unit.pos !== 'PUNCT')) {
    for (let at = users.start - 1; at >= 0 && !TERMINATORS.has(units[at]!.lemma); at -= 1) clause.push(at);
    return clause;
  }
  // "Among kratom users, constipation was the most common complaint."
  const comma = units.findIndex((unit, at) => at > users.after && unit.lemma === ',');
  if (comma < 0) return clause;
  for (let at = comma + 1; at < units.length && !TERMINATORS.has(units[at]!.lemma); at += 1) clause.push(at);
  return clause;
}

/**
 * "her centre treated seizures in people who took large amounts of kratom", "constipation was common
 * among kratom users": the symptoms and conditions of the clause that nothing in the sentence is said
 * to relieve, and none where the clause speaks of less of them ("less common among kratom users").
 */
function outcomesAmong(units: readonly Unit[], cues: SentenceCues, users: Users, drafts: readonly ClaimDraft[]): ClaimDraft[] {
  const relieved = new Set(drafts.filter((draft) => RELIEF_TYPES.has(draft.type)).map((draft) => draft.target.id));
  const clause = amongClause(units, users);
  if (clause.some((at) => isReduction(units, at) && units[at]!.lemma !== 'no')) return [];
  const found: ClaimDraft[] = [];
  for (const at of clause) {
    const outcome = units[at]!.entity;
    // "Abrupt cessation precipitates kratom withdrawal in people using alcohol": taking one thing is no withdrawal from another.
    if (!outcome || !OUTCOME_KINDS.has(outcome.kind) || relieved.has(outcome.id) || isNamedWithdrawal(outcome)) continue;
    found.push({ type: 'CAUSES', source: users.substance, target: outcome, ...assertionStatus(units, cues, { first: users.start, last: users.start }, at) });
  }
  return found;
}

/**
 * "People who take kratom often get constipation", "users who take it daily develop dependence":
 * what people who take a substance go through is said to come from it, so the substance CAUSES each
 * symptom or condition they are said to get (a bare "dependence" is the dependence on it); what
 * people who stop it get ("People who stop kratom get chills") are the signs of its withdrawal.
 * Each with the sentence's stance towards the verb of undergoing.
 */
export function usersOutcomes(units: readonly Unit[], cues: SentenceCues, context: SentenceContext, drafts: readonly ClaimDraft[]): ClaimDraft[] {
  const users = takenBy(units, context) ?? takenAfter(units, context) ?? takenByWriter(units, context) ?? undergoneOn(units);
  if (!users) return [];
  if (users.among) return outcomesAmong(units, cues, users, drafts);
  const verb = users.verb ?? units.findIndex((unit, at) => at > users.after && isUndergoing(units, at));
  if (verb < 0) return [];
  const withdrawal = users.stopped ? context.withdrawalFrom(users.substance) : undefined;
  if (users.stopped && !withdrawal) return [];
  const found: ClaimDraft[] = [];
  for (let at = verb + 1; at < units.length && !endsOutcomes(units, at) && at !== users.start; at += 1) {
    // "discomfort such as irritability, yawning …": the examples, not the general word for them.
    if (EXAMPLE_LINKS.has(units[at + 1]?.lemma ?? '') || (units[at + 1]?.lemma === 'such' && units[at + 2]?.lemma === 'as')) continue;
    if (isReduction(units, at)) return [];
    const claim = outcomeClaim(units, at, users, withdrawal, context);
    if (claim) found.push({ ...claim, ...assertionStatus(units, cues, { first: verb, last: verb }, at) });
  }
  return found;
}

/**
 * The claim the unit at `at` completes, if it names an outcome: brought on by stopping suddenly, a
 * sign of the withdrawal of what was stopped, else brought on by what was taken.
 */
function outcomeClaim(units: readonly Unit[], at: number, users: Users, withdrawal: EntityRef | undefined, context: SentenceContext): Omit<ClaimDraft, 'polarity' | 'certainty'> | undefined {
  const named = units[at]!.entity;
  if (users.factor && !users.factor.provisional) {
    // "the people on extracts tend to have the rougher withdrawals": a bare withdrawal or dependence is the page's.
    const outcome = named ?? (units[at]!.anaphor ? context.resolve(units, at, ['Condition']).find((found) => OUTCOME_KINDS.has(found.kind)) : undefined);
    return outcome && OUTCOME_KINDS.has(outcome.kind) ? { type: 'CONTRIBUTES_TO', source: users.factor, target: outcome } : undefined;
  }
  if (withdrawal) return named?.kind === 'Symptom' ? { type: 'PRESENTS_WITH', source: withdrawal, target: named } : undefined;
  const outcome = outcomeAt(units, at, users.substance, context);
  return outcome && outcome.id !== users.substance.id ? { type: 'CAUSES', source: users.substance, target: outcome } : undefined;
}

/** "people who (regularly) take kratom", "those who stop it": the substance, whether it is stopped, and where the phrase ends. */
function takenBy(units: readonly Unit[], context: SentenceContext): Users | undefined {
  for (let at = 0; at < units.length - 2; at += 1) {
    if (!isPeople(units[at])) continue;
    // "the people on extracts", "patients on kratom": who are on something take it.
    const on = units[at + 1]!.lemma === 'on' ? units[at + 2]!.entity : undefined;
    if (on?.kind === 'Factor' && context.topicSubstance()) return { substance: context.topicSubstance()!, stopped: false, start: units.length, after: at + 2, among: false, factor: on };
    if (on && SUBSTANCE_KINDS.some((kind) => kind === on.kind)) return { substance: on, stopped: false, start: units.length, after: at + 2, among: false };
    const clause = RELATIVE.has(units[at + 1]!.lemma) ? at + 2 : isReducedRelative(units[at + 1]) ? at + 1 : -1;
    if (clause < 0) continue;
    for (let word = clause; word < Math.min(units.length, clause + MAX_TAKING_WORDS); word += 1) {
      // "Daily users who stop suddenly": the way of stopping named as one term, of the page's substance.
      const stopping = units[word]!.entity;
      if (stopping && isWayOfStopping(stopping) && context.topicSubstance()) {
        return { substance: context.topicSubstance()!, stopped: true, start: units.length, after: word, among: false, factor: stopping };
      }
      // "those who stop using kratom": the verb of taking after a verb of stopping is what they stop.
      const stopped = STOPPING.has(units[word]!.lemma) || (TAKING.has(units[word]!.lemma) && STOPPING.has(units[word - 1]!.lemma));
      if (!TAKING.has(units[word]!.lemma) && !stopped) continue;
      const objectAt = objectAfter(units, word + 1);
      const object = units[objectAt];
      // "Daily users who stop suddenly may notice …", "users who stop kratom abruptly": stopping all at once.
      const abruptAt = !stopped ? -1 : ABRUPTLY.has(units[word + 1]?.lemma ?? '') ? word + 1 : ABRUPTLY.has(units[objectAt + 1]?.lemma ?? '') ? objectAt + 1 : -1;
      const substance = abruptAt === word + 1 || object?.entity?.kind === 'Factor' ? context.topicSubstance() : namedOrMeant(units, objectAt, context);
      if (!substance || !SUBSTANCE_KINDS.some((kind) => kind === substance.kind)) continue;
      if (abruptAt >= 0) return { substance, stopped, start: units.length, after: abruptAt, among: false, factor: context.provisional('abrupt cessation', 'Factor') };
      // "Respondents who used extracts were more likely to report severe withdrawal": what they took is a way of taking it.
      if (object?.entity?.kind === 'Factor' && !stopped) return { substance, stopped, start: units.length, after: objectAt, among: false, factor: object.entity };
      // "seizures in people who took large amounts of kratom": the outcomes come before "in".
      let before = at - 1;
      while (before >= 0 && units[before]!.pos === 'DET') before -= 1;
      const among = AMONG.has(units[before]?.lemma ?? '') && !stopped;
      return { substance, stopped, start: among ? before : units.length, after: word + 1, among };
    }
  }
  // "Kratom users often report constipation", "users of kratom": the substance names the people.
  for (let at = 0; at < units.length - 1; at += 1) {
    const named = units[at]!.entity;
    const users = isUsers(units[at + 1]) ? at + 1 : units[at - 1]?.lemma === 'of' && isUsers(units[at - 2]) ? at : -1;
    if (!named || !SUBSTANCE_KINDS.some((kind) => kind === named.kind) || users < 0) continue;
    // "common among (regular) kratom users", "in users of kratom": the outcomes are named outside the phrase.
    let before = Math.min(at, users) - 1;
    while (before >= 0 && (units[before]!.pos === 'DET' || units[before]!.pos === 'ADJ')) before -= 1;
    const among = AMONG.has(units[before]?.lemma ?? '');
    return { substance: named, stopped: false, start: among ? before : units.length, after: Math.max(at, users), among };
  }
  return somePeople(units, context);
}

const SOME = new Set(['some', 'many', 'most', 'few', 'several']);
const HABITUAL_USERS = new Set(['regular', 'daily', 'heavy', 'chronic', 'long-term', 'frequent', 'habitual', 'long-time']);

/**
 * "Some people experience mild nausea at higher serving sizes", "Many users report constipation", "Daily
 * users develop dependence": on a page about a substance, people counted by a quantifier, or users named
 * by how they use, who go through something, with no other
 * substance, no stop and no withdrawal named, are those who take the page's substance. The verb comes
 * right after them (where the tagger may take "experience" for a noun).
 */
function somePeople(units: readonly Unit[], context: SentenceContext): Users | undefined {
  const substance = context.topicSubstance();
  if (!substance || units.some((unit) => isTakenOrStopped(unit))) return undefined;
  let at = 0;
  while (units[at] && (units[at]!.pos === 'ADV' || units[at]!.lemma === ',')) at += 1;
  const counted = SOME.has(units[at]?.lemma ?? '') && PEOPLE.has(units[at + 1]?.lemma ?? '');
  // "Daily users develop tolerance and dependence": users named by how they use, on a page about one substance.
  const habitual = HABITUAL_USERS.has(units[at]?.lemma.toLowerCase() ?? '') && isUsers(units[at + 1]);
  if ((!counted && !habitual) || !UNDERGOING.has(units[at + 2]?.lemma ?? '')) return undefined;
  return { substance, stopped: false, start: units.length, after: at + 1, verb: at + 2, among: false };
}

/** A substance, a withdrawal or a stop: what would make the people someone other than the page's takers. */
const isTakenOrStopped = (unit: Unit): boolean =>
  STOPPING.has(unit.lemma) || unit.anaphor?.kind === 'withdrawal' || (unit.entity !== undefined && (SUBSTANCE_KINDS.some((kind) => kind === unit.entity!.kind) || isNamedWithdrawal(unit.entity)));

const AMOUNT_POS = new Set(['DET', 'ADJ', 'NUM']);
const MAX_AMOUNT_WORDS = 5;

/** "took large amounts of ordinary kratom powder", "take 20 g of kratom": the thing taken, past how much of it. */
function objectAfter(units: readonly Unit[], from: number): number {
  let at = from;
  while (at < from + MAX_AMOUNT_WORDS && units[at] && (AMOUNT_POS.has(units[at]!.pos) || units[at]!.entity?.kind === 'Factor' || units[at]!.lemma === 'of' || (units[at]!.pos === 'NOUN' && !isArgument(units[at]!)))) at += 1;
  return units[at]?.entity || units[at]?.anaphor ? at : from;
}

// "after taking kratom"; "while using kratom", "while on kratom", "during kratom use": a time of taking it.
const TIME_OF_TAKING = new Set(['after', 'while', 'during']);
const isTimeOfTaking = (units: readonly Unit[], at: number): boolean => TIME_OF_TAKING.has(units[at]!.lemma) && (at > 0 || units[at]!.lemma !== 'after');

/**
 * "patients who developed liver injury after several weeks of daily kratom use", "none developed
 * seizures after taking kratom", "he reported constipation while using kratom", "While on kratom I had
 * nausea": what people got after or while taking a substance. `start` is where the time phrase begins,
 * so the outcomes are looked for before it; when it opens the sentence, in the clause after it.
 */
function takenAfter(units: readonly Unit[], context: SentenceContext): Users | undefined {
  for (let at = 0; at < units.length - 1; at += 1) {
    // "When people stop kratom after regular use, they get …": what comes after a stop is the withdrawal's.
    if (!isTimeOfTaking(units, at) || units.slice(0, at).some((unit) => STOPPING.has(unit.lemma))) continue;
    for (let word = at + 1; word < Math.min(units.length, at + 1 + MAX_AFTER_WORDS); word += 1) {
      const unit = units[word]!;
      if (TERMINATORS.has(unit.lemma)) break;
      const substance = namedOrMeant(units, word, context);
      if (!substance) continue;
      // "after taking kratom", "after weeks of daily kratom use", "after a kratom binge"; not "after stopping kratom".
      const on = units[at]!.lemma !== 'after' && units[word - 1]!.lemma === 'on';
      const taken = on || units.slice(at + 1, word).some((between) => TAKING.has(between.lemma)) || HABITUAL_NOUNS.has(units[word + 1]?.lemma ?? '') || units.slice(at + 1, word).every((between) => between.pos === 'DET' || between.pos === 'ADJ');
      const stopped = units.slice(at + 1, word).some((between) => STOPPING.has(between.lemma));
      if (SUBSTANCE_KINDS.some((kind) => kind === substance.kind) && taken && !stopped) return { substance, stopped: false, start: at, after: -1, among: false };
      break;
    }
  }
  return undefined;
}

const WRITERS = new Set(['i', 'we']);
// "I've been taking", "I have used", "we still take": what may stand between the writer and the verb of taking.
const BEFORE_TAKING_POS = new Set(['AUX', 'ADV', 'PART']);

/**
 * "I take kratom every day and get constipation", "I've used it for years and never had nausea": the
 * writer, named by what they take as "people who take kratom" are, goes through what the sentence says.
 */
function takenByWriter(units: readonly Unit[], context: SentenceContext): Users | undefined {
  const writer = units.findIndex((unit) => WRITERS.has(unit.lemma));
  if (writer < 0) return undefined;
  let verb = writer + 1;
  while (units[verb] && BEFORE_TAKING_POS.has(units[verb]!.pos) && !TAKING.has(units[verb]!.lemma)) verb += 1;
  if (!TAKING.has(units[verb]?.lemma ?? '')) return undefined;
  const objectAt = objectAfter(units, verb + 1);
  const substance = namedOrMeant(units, objectAt, context);
  return substance && SUBSTANCE_KINDS.some((kind) => kind === substance.kind) ? { substance, stopped: false, start: units.length, after: objectAt, among: false } : undefined;
}

/**
 * "I get nausea on kratom", "never got the jitters on kratom": what someone goes through, then the substance
 * they are on. The outcomes are read between the verb of undergoing and "on".
 */
function undergoneOn(units: readonly Unit[]): Users | undefined {
  const on = units.findIndex((unit, at) => unit.lemma === 'on' && SUBSTANCE_KINDS.some((kind) => kind === units[at + 1]?.entity?.kind));
  if (on < 0) return undefined;
  const verb = units.findIndex((unit, at) => at < on && UNDERGOING.has(unit.lemma) && unit.pos !== 'NOUN');
  return verb < 0 ? undefined : { substance: units[on + 1]!.entity!, stopped: false, start: on, after: verb - 1, verb, among: false };
}

/** What the unit at `at` names, or the substance or compound it stands for ("took it", "its regular use"). */
function namedOrMeant(units: readonly Unit[], at: number, context: SentenceContext): EntityRef | undefined {
  const unit = units[at];
  if (!unit?.anaphor || unit.entity) return unit?.entity;
  return context.resolve(units, at, SUBSTANCE_KINDS.filter((kind) => unit.anaphor!.kinds.includes(kind)))[0];
}

/** A symptom or condition at `at`; bare "dependence" or "addiction" is the dependence on the substance taken. */
function outcomeAt(units: readonly Unit[], at: number, substance: EntityRef, context: SentenceContext): EntityRef | undefined {
  const unit = units[at]!;
  if (unit.entity && OUTCOME_KINDS.has(unit.entity.kind)) return unit.entity;
  if (!DEPENDENCE_WORDS.has(unit.lemma) && !(unit.anaphor && DEPENDENCE_WORDS.has(unit.text.toLowerCase()))) return undefined;
  const own = context.provisional(`${substance.name} dependence`, 'Condition');
  return own.provisional ? undefined : own;
}
