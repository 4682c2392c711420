import type { EntityKind } from '../../domain/entityKinds';
import { isContrast } from '../claims/argumentGroups';
import { stopVerbsAnd } from '../lexicon/stopping';
import { HABITUAL_USE_NOUNS } from '../units/buildUnits';
import type { EntityRef, Unit } from '../units/unit';
import { dedupe, type Discourse, isAcuteWithdrawal } from './discourse';
import { isComparisonStandard } from './comparisonStandard';

const PAIR_WORDS = new Set(['both', 'neither', 'either']);
// "many of them became dependent on kratom", "half of them reported insomnia": people counted, whatever
// the sentence before named last.
const COUNTING = new Set(['many', 'some', 'most', 'few', 'several', 'half', 'all', 'none', 'third', 'quarter', 'majority', 'minority']);
const PEOPLE_VERBS = new Set(['become', 'develop', 'report', 'say', 'feel', 'have', 'experience', 'get', 'need', 'use', 'take', 'stop', 'quit', 'relapse', 'describe', 'complain', 'suffer', 'go', 'return', 'seek', 'try']);

/** A plural pronoun counted by a quantifier and doing what people do ("many of them became dependent"). */
function countedPeople(units: readonly Unit[], index: number): boolean {
  if (units[index]!.anaphor?.kind !== 'plural' || units[index - 1]?.lemma !== 'of' || !COUNTING.has(units[index - 2]?.lemma ?? '')) return false;
  const verb = units.slice(index + 1, index + 3).find((unit) => unit.pos === 'VERB' || unit.pos === 'AUX');
  return verb !== undefined && PEOPLE_VERBS.has(verb.lemma);
}
const WHOLE_COUNTS = new Set(['none', 'all', 'any']);

/** "none of it", "all of it": "it" counted as a whole, standing for everything named before it. */
export const isWholeCount = (units: readonly Unit[], index: number): boolean =>
  units[index]?.lemma === 'it' && units[index - 1]?.lemma === 'of' && WHOLE_COUNTS.has(units[index - 2]?.lemma ?? '');
const PLANT_NOUNS = new Set(['leaf', 'plant', 'herb', 'tree', 'botanical']);
const SINGULAR_PRONOUNS = new Set(['it', 'its', 'itself']);
// "kratom use", "kratom users", "stopping kratom": the substance whose withdrawal the sentence is about.
const USE_NOUNS = new Set(['use', 'user', 'consumption', 'habit', 'dependence']);
const OF_SUBSTANCE = new Set(['from', 'on', 'to']);
const CESSATION_VERBS = stopVerbsAnd('cessation', 'off');

// What "it" may stand for as an agent, practices included.
const AGENT_KINDS: readonly EntityKind[] = ['Strategy', 'Substance', 'Compound'];

/**
 * The entities an anaphor stands for, among `kinds`: first from the sentence before it (the first
 * fitting entity for "it", every fitting one for "they", "both alkaloids"), then from earlier
 * sentences; bare "withdrawal" is the withdrawal named last.
 */
export function resolveAnaphor(units: readonly Unit[], index: number, kinds: readonly EntityKind[], discourse: Discourse): EntityRef[] {
  const anaphor = units[index]!.anaphor;
  if (!anaphor || kinds.length === 0 || countedPeople(units, index)) return [];
  // "Unlike opioid painkillers, it …": what a contrast sets apart is never what the pronoun means, nor
  // the standard a comparison measures against ("resemble those of opioid withdrawal, though they are milder").
  const before = units.slice(0, index).flatMap((unit, at) => (unit.entity && kinds.includes(unit.entity.kind) && !isContrast(units, at) && !isComparisonStandard(units, at) ? [unit.entity] : []));
  // "tianeptine … causes its own dependence": the condition named after the substance that owns it, or none.
  if ((anaphor.kind === 'withdrawal' || anaphor.kind === 'dependence') && saysOwn(units, index)) {
    const owner = units.slice(0, index).reverse().find((unit) => unit.entity?.kind === 'Substance')?.entity;
    const own = owner && (anaphor.kind === 'withdrawal' ? discourse.withdrawalFrom(owner) : discourse.dependenceOn(owner));
    return own && kinds.includes(own.kind) ? [own] : [];
  }
  if (anaphor.kind === 'withdrawal') {
    // "way worse withdrawal from that stuff" (phenibut): the withdrawal of what it is from, or none the vocabulary names.
    const from = withdrawnFrom(units, index, discourse);
    if (from) {
      const own = discourse.withdrawalFrom(from);
      return own && kinds.includes(own.kind) ? [own] : [];
    }
    const named = [...before].reverse().find(isAcuteWithdrawal);
    // "kratom dependence, and stopping suddenly may cause withdrawal": the withdrawal of the dependence
    // the sentence named (a substance named beside it may be what relieves the withdrawal instead).
    const fromSubstance = units.slice(0, index).reverse().flatMap((unit) => (unit.entity?.kind === 'Condition' ? [discourse.withdrawalFrom(unit.entity)] : [])).find((entity) => entity !== undefined);
    const found = named ?? withdrawalOfUse(units, index, discourse) ?? fromSubstance ?? discourse.withdrawal();
    return found && kinds.includes(found.kind) ? [found] : [];
  }
  if (anaphor.kind === 'dependence') {
    // "physical dependence on kratom", "regular kratom use … dependence", else the dependence talked about.
    const used = substanceUsed(units, index);
    const found = (used && discourse.dependenceOn(used)) ?? discourse.dependence();
    return found && kinds.includes(found.kind) ? [found] : [];
  }
  // "Regular use is associated with dependence": habitual use is of the substance the sentence
  // names, else of the one the text is about, not of one a sentence before happened to name.
  const topic = discourse.topicSubstance();
  if (anaphor.kind === 'singular' && HABITUAL_USE_NOUNS.has(units[index]!.lemma) && before.length === 0 && topic && kinds.includes(topic.kind)) return [topic];
  // "tried magnesium, hot baths, even quinine. none of it did a thing": "it" counted as a whole is everything tried.
  if (anaphor.kind === 'singular' && isWholeCount(units, index)) {
    return before.length > 0 ? dedupe(before) : discourse.latest(kinds.filter((kind) => kind !== 'Condition'), true);
  }
  if (anaphor.kind === 'singular' && SINGULAR_PRONOUNS.has(units[index]!.lemma)) {
    // "it" is a substance or compound named before it; a condition only when the sentence before was about one.
    // "A gradual taper is recommended, as it makes withdrawal milder": "it" is the practice named
    // before it, which cannot fill a medicine's role; it is not moved onto a drug named earlier.
    const named = units.slice(0, index).find((unit, at) => unit.entity && unit.entity.kind !== 'Condition' && anaphor.kinds.includes(unit.entity.kind) && !isContrast(units, at));
    const agentRole = kinds.some((kind) => kind !== 'Condition');
    if (agentRole && named?.entity && !kinds.includes(named.entity.kind)) return [];
    const drugs = before.filter((entity) => entity.kind !== 'Condition');
    // "Kratom withdrawal isn't dangerous, nobody has seizures from it": a condition that opens the
    // sentence, with no drug named beside it, is what a later "it" of the sentence is about.
    const opening = openingCondition(units, index);
    const condition = kinds.includes('Condition') ? (opening ?? discourse.conditionTalkedAbout()) : undefined;
    // A practice is "it" in a later sentence only when the latest sentence to name an agent named practices
    // alone ("Try a support group. It helps with the cravings"); else "it" is the latest drug.
    const drugKinds = kinds.filter((kind) => kind !== 'Condition' && kind !== 'Strategy');
    const agents = discourse.latest(AGENT_KINDS, true);
    const practice = agents.length > 0 && agents.every((entity) => entity.kind === 'Strategy') ? agents[0] : undefined;
    if (drugs.length > 0) return [drugs[0]!];
    if (condition) return [condition];
    if (practice) return kinds.includes('Strategy') ? [practice] : [];
    return discourse.latest(drugKinds, false);
  }
  // "associated with more severe symptoms": the signs of the condition whose signs were described last.
  if (anaphor.kind === 'signs') {
    const syndrome = before[0] ?? discourse.recentSyndrome();
    return syndrome && kinds.includes(syndrome.kind) ? [syndrome] : [];
  }
  // "the leaf contains mitragynine": the plant named last, over a drug named since.
  const plant = PLANT_NOUNS.has(units[index]!.lemma) && before.length === 0 ? discourse.latestPlant() : undefined;
  if (anaphor.kind === 'singular' && plant && kinds.includes(plant.kind)) return [plant];
  if (anaphor.kind === 'singular') return before.length > 0 ? [before[0]!] : (bareConditionBefore(units, index, kinds, discourse) ?? discourse.latest(kinds, false));
  // Unlike "it", a left-out subject may be a practice: the first agent of the latest sentence that names one.
  if (anaphor.kind === 'dropped') return discourse.latest(anaphor.kinds, false).filter((entity) => kinds.includes(entity.kind));
  if (PAIR_WORDS.has(units[index]!.lemma) || PAIR_WORDS.has(units[index - 1]?.lemma ?? '')) {
    // "Both", "either" and "neither" stand for two, whatever the role asks: the first two named of one kind
    // ("set up a taper and prescribed clonidine and gabapentin. Both helped").
    // "mixing it with kratom is sketchy, both can slow your breathing": an "it" before counts as what it stands for.
    const referents = dedupe(units.slice(0, index).flatMap((unit, at) => (unit.anaphor?.kind === 'singular' && SINGULAR_PRONOUNS.has(unit.lemma) ? resolveAnaphor(units, at, kinds, discourse) : unit.entity && before.includes(unit.entity) ? [unit.entity] : [])));
    if (referents.length > dedupe(before).length) return firstPair(referents);
    if (before.length > 0) return firstPair(dedupe(before));
    const named = firstPair(discourse.latest(anaphor.kinds, true)).filter((entity) => kinds.includes(entity.kind));
    // "The clonidine was great for the sweats. The gabapentin let me sleep. Neither did anything for
    // the cravings": two named apart, the latest two of one kind the role allows.
    return named.length === 2 ? named : discourse.latestPair(kinds);
  }
  return before.length > 0 ? dedupe(before) : discourse.latest(kinds, true);
}

/**
 * "Regular use can lead to physical dependence, and the risk rises with higher doses": a condition the
 * sentence named before by its bare word ("dependence", "withdrawal"), which names no entity itself.
 */
function bareConditionBefore(units: readonly Unit[], index: number, kinds: readonly EntityKind[], discourse: Discourse): EntityRef[] | undefined {
  if (!kinds.includes('Condition')) return undefined;
  const bare = units.slice(0, index).findIndex((unit, at) => (unit.anaphor?.kind === 'dependence' || unit.anaphor?.kind === 'withdrawal') && !isContrast(units, at));
  const found = bare < 0 ? [] : resolveAnaphor(units, bare, ['Condition'], discourse);
  return found.length > 0 ? found : undefined;
}

/**
 * "withdrawal from kratom", "regular kratom use … a withdrawal syndrome", "after stopping kratom,
 * withdrawal …": the withdrawal of a substance the sentence names as used or stopped.
 */
function withdrawalOfUse(units: readonly Unit[], index: number, discourse: Discourse): EntityRef | undefined {
  const used = substanceUsed(units, index);
  return used && discourse.withdrawalFrom(used);
}

/** The substance a withdrawal or dependence word belongs to: named after it ("from kratom", "on kratom"), or used or stopped before it. */
function substanceUsed(units: readonly Unit[], index: number): EntityRef | undefined {
  const after = OF_SUBSTANCE.has(units[index + 1]?.lemma ?? '') ? units[index + 2]?.entity : undefined;
  if (after?.kind === 'Substance') return after;
  for (let at = index - 1; at >= 0; at -= 1) {
    const entity = units[at]!.entity;
    if (entity?.kind !== 'Substance' || isContrast(units, at)) continue;
    if (USE_NOUNS.has(units[at + 1]?.lemma ?? '') || CESSATION_VERBS.has(units[at - 1]?.lemma ?? '')) return entity;
  }
  return undefined;
}

// "from that stuff", "from those pills": a substance named again by a general noun.
const GENERAL_SUBSTANCE_NOUNS = new Set(['stuff', 'drug', 'thing', 'pill', 'med', 'medication', 'substance', 'shit', 'crap']);
const DEMONSTRATIVES = new Set(['that', 'this', 'those', 'these', 'the']);

/**
 * The substance "withdrawal from …" names right after it: itself, a pronoun ("from it"), or a general
 * noun for the substance the sentence named last ("stay away from phenibut, way worse withdrawal from that stuff").
 */
function withdrawnFrom(units: readonly Unit[], index: number, discourse: Discourse): EntityRef | undefined {
  if (units[index + 1]?.lemma !== 'from') return undefined;
  const object = units[index + 2];
  if (object?.entity) return object.entity.kind === 'Substance' ? object.entity : undefined;
  if (object?.anaphor?.kind === 'singular') return resolveAnaphor(units, index + 2, ['Substance'], discourse)[0];
  if (!DEMONSTRATIVES.has(object?.lemma ?? '') || !GENERAL_SUBSTANCE_NOUNS.has(units[index + 3]?.lemma ?? '')) return undefined;
  return units.slice(0, index).reverse().find((unit) => unit.entity?.kind === 'Substance')?.entity;
}

const OWN_REACH = 3;

/** "its own dependence", "its own risk of dependence", "a dependence of its own". */
function saysOwn(units: readonly Unit[], index: number): boolean {
  const after = units.slice(index + 1, index + 4).map((unit) => unit.lemma).join(' ');
  return units.slice(Math.max(0, index - OWN_REACH), index).some((unit) => unit.lemma === 'own') || /^of (?:its|their) own/.test(after);
}

/** The first two entities of one kind ("a taper, clonidine and gabapentin" → clonidine, gabapentin), else the first two. */
function firstPair(entities: readonly EntityRef[]): EntityRef[] {
  for (let second = 1; second < entities.length; second += 1) {
    const first = entities.slice(0, second).find((entity) => entity.kind === entities[second]!.kind);
    if (first) return [first, entities[second]!];
  }
  return entities.slice(0, 2);
}

const SUBJECT_MODIFIERS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'CCONJ']);

/** A condition that is the sentence's subject, before `index`: its first entity, with only modifiers before it ("Kratom withdrawal …", "and most kratom wd …"). */
function openingCondition(units: readonly Unit[], index: number): EntityRef | undefined {
  const first = units.findIndex((unit) => unit.entity !== undefined);
  const entity = units[first]?.entity;
  return first >= 0 && first < index && entity?.kind === 'Condition' && units.slice(0, first).every((unit) => SUBJECT_MODIFIERS.has(unit.pos)) ? entity : undefined;
}
