import { AGENT_KINDS } from '../../domain/entityKinds';
import type { EntityKind } from '../../domain/entityKinds';
import { LARGE_AMOUNT } from '../lexicon/dosing';
import { RELIEF, CAUSE, ACTION, CONTENT, PRESENTATION, ASSOCIATION, LINK, SIGNS_COURSE } from '../lexicon/triggerLexicon';
import { RELATIONSHIP_ENDS } from '../../domain/relationshipEnds';
import type { RelationshipType } from '../../domain/relationshipTypes';
import { isComparisonStandard } from '../anaphora/comparisonStandard';
import { isWholeCount } from '../anaphora/resolveAnaphor';
import { dedupe } from '../anaphora/discourse';
import type { EntityRef } from '../units/unit';
import { isArgument, type Unit } from '../units/unit';
import { isContrast, type Group, type Item } from './argumentGroups';
import type { Trigger } from './findTriggers';
import { isStopped, isWayOfStopping } from './cessation';
import { stoppingTarget } from './stoppingTarget';
import { asExperiencedSigns } from './experiencedSigns';
import type { Pair } from './pair';
import { isCombined, polysubstanceUse } from './combination';
import { isApposedAction } from './apposedAction';
import { gerundObjectOnly, isReplacement } from './gerundSubject';
import { effectOwners } from './effectOwners';
import type { SentenceContext } from './sentenceContext';

// Families whose direction follows the voice: in "A relieves B" A is the agent, in "B is relieved by A" too.
const DIRECTED = new Set([RELIEF.name, CAUSE.name, ACTION.name, LINK.name]);
// Triggers that may take their subject from the text around: a list of signs under a heading, a
// strategy with no target ("What helps me: …"), side effects of the page's substance.
const CONDITION_FROM_CONTEXT = new Set([...SIGNS_COURSE, 'most', 'typical', 'common', 'usual', 'characteristic', 'symptom', 'sign', 'complaint', 'feature', 'include', 'involve', 'linger', 'persist', 'last', 'outlast', 'predominate', 'take', 'hang', 'stick', 'drag', 'come', 'show', 'manifest', 'present', 'characterise', 'characterize']);
const SIGN_NOUNS = new Set(['symptom', 'sign', 'complaint']);
const OBSERVED = new Set(['record', 'document', 'observe', 'note']);
const REPORTED = new Set([...OBSERVED, 'report', 'describe']);
const SIGN_HEADS = new Set([...SIGN_NOUNS, 'effect', 'feature']);
// "significant toxicity, including seizures and liver injury": harms in general, whose examples are no condition's signs.
const GENERAL_HARMS = new Set(['toxicity', 'problem', 'harm', 'complication', 'reaction', 'event', 'issue', 'danger', 'risk']);
const UNDERGOING = new Set(['experience', 'go', 'suffer', 'feel', 'undergo', 'describe', 'complain']);
const DRUG_KINDS: readonly EntityKind[] = ['Substance', 'Compound'];
const TREATMENT_NOUNS = new Set(['treatment', 'remedy', 'therapy', 'medication', 'medicine', 'med', 'cure', 'option', 'alternative', 'solution', 'aid', 'ally']);
const SIDE_EFFECT_HEADS = new Set(['side', 'adverse', 'side-effect']);
// "there's also paynantheine": a plant's constituents named without the plant.
// "Our Red Maeng Da is rich in mitragynine and also contains …": an unknown product of the substance talked about.
// "Others include: - paynantheine": compounds listed with no plant of their own are the page's plant's.
const CONTENT_FROM_CONTEXT = new Set(['present', 'alkaloid', 'constituent', 'found', 'there', 'rich', 'contain', 'account', 'make', 'occur', 'abundant', 'identify', 'detect', 'isolate', 'include']);

/**
 * Which entities a trigger relates, decided by the kinds at the two ends (RELATIONSHIP_ENDS): of
 * all pairs of argument groups, the nearest pair that joins allowed kinds wins. A group set apart
 * by contrast is never an argument, and an unknown name never pairs with another unknown.
 */
export function pairArguments(units: readonly Unit[], trigger: Trigger, groups: readonly Group[], context: SentenceContext): Pair[] {
  const usable = groups
    .filter((group) => !group.contrast && !isCataphoric(units, trigger, group, groups) && !isPrepositionalSubject(units, trigger, group, groups) && !isPredicateNoun(units, trigger, group, groups))
    .flatMap((group) => gerundObjectOnly(units, trigger, group))
    .map((group) => (isCombination(units, group) ? asPolysubstanceUse(group, context) : group))
    // "stay away from benzos for sleep": a drug kept away from "for" a sign is a use warned against, no agent.
    .filter((group) => !(group.side === 'left' && isBareFor(trigger) && (isStopped(units, group.first) || isKeptAwayFrom(units, group.first))))
    // "Avoid alcohol, which can make sleep worse": what the relative clause says is said of alcohol itself, not of stopping it.
    .map((group) => (group.side === 'left' && isStopped(units, group.first) && !relativeBetween(units, group.last, trigger.first) ? (trigger.family === RELIEF ? asAbstaining(units, group, context) : asWithdrawal(units, group, context)) : group))
    // "When they stop, many go through withdrawal": the subject of a verb of undergoing is a person.
    .filter((group) => !(UNDERGOING.has(trigger.head) && group.side === 'left' && group.items.every((item) => item.unit.pos === 'PRON')))
    // "took kratom to ease symptoms such as …": a sign noun that is an object names signs only of the condition modifying it.
    .filter((group) => !(trigger.family === PRESENTATION && isObject(units, trigger) && group.side === 'left' && group.last !== trigger.first - 1));
  let best: { score: number; pairs: Pair[] } | undefined;
  for (const agents of usable) {
    for (const patients of usable) {
      if (agents === patients || !(orientationAllowed(units, trigger, agents, patients) || (agents.examples && hasGeneralSubject(units, trigger)))) continue;
      const score = agents.distance + patients.distance;
      if (best && best.score <= score) continue;
      const pairs = pairsBetween(units, trigger, agents.items, patients.items, context);
      if (pairs.length > 0) best = { score, pairs };
    }
  }
  return best?.pairs ?? fromContext(units, trigger, usable, context);
}

// Subjects that stand for a list named later in the sentence ("Several factors contribute to X,
// including A and B"; "Things that make X worse: A, B").
const GENERAL_SUBJECTS = new Set(['factor', 'thing', 'cause', 'way', 'strategy', 'tip', 'step', 'measure', 'practice', 'habit', 'approach', 'method', 'option', 'trigger', 'reason', 'contributor']);
const MAX_SUBJECT_DISTANCE = 3;

function hasGeneralSubject(units: readonly Unit[], trigger: Trigger): boolean {
  for (let index = trigger.first; index >= Math.max(0, trigger.first - MAX_SUBJECT_DISTANCE); index -= 1) {
    const unit = units[index]!;
    if (GENERAL_SUBJECTS.has(unit.lemma.replace(/s$/, '')) && (unit.pos === 'NOUN' || unit.pos === 'PROPN')) return true;
    if (index < trigger.first && (isArgumentUnit(unit) || unit.pos === 'PUNCT')) return false;
  }
  return false;
}

const isArgumentUnit = (unit: Unit): boolean => unit.entity !== undefined || unit.anaphor !== undefined;

const isBareFor = (trigger: Trigger): boolean => trigger.head === 'for' && trigger.first === trigger.last;

function orientationAllowed(units: readonly Unit[], trigger: Trigger, agents: Group, patients: Group): boolean {
  if (!DIRECTED.has(trigger.family.name)) return true;
  // A bare "for" joins the treatment before it to what comes after ("Loperamide for diarrhoea").
  if (isBareFor(trigger)) return agents.side === 'left' && patients.side === 'right';
  // Both before the trigger: only a noun trigger joins them, an action ("an opioid receptor
  // antagonist") or a treatment named by what it treats ("Naltrexone is not a withdrawal medicine").
  if (agents.side === 'left' && patients.side === 'left') return trigger.family === ACTION || isNamedTreatment(trigger, agents, patients) || isObjectRelative(units, trigger, agents, patients);
  // "does not appear to cause liver injury at typical doses": what comes after "at" is when, not who.
  if (agents.side === patients.side) return !(agents.side === 'right' && agents.first > patients.last && isCircumstanceAt(units, agents.first));
  if (isApposedAction(units, trigger, agents, patients)) return true;
  // "Constipation is a common side effect of loperamide": the drug after "of" is the agent, the sign before the patient.
  if (isHarmOf(units, trigger, agents)) return agents.side === 'right' && patients.side === 'left';
  return trigger.passive ? agents.side === 'right' : agents.side === 'left';
}


/**
 * A group that "at" (past its modifiers) opens, naming no large amount: a circumstance ("at typical doses",
 * "at night"); "at high doses" says a large dose contributes.
 */
function isCircumstanceAt(units: readonly Unit[], first: number): boolean {
  let before = first - 1;
  while (before >= 0 && (units[before]!.pos === 'DET' || units[before]!.pos === 'ADJ' || units[before]!.pos === 'ADV')) before -= 1;
  return units[before]?.lemma === 'at' && !units.slice(before, first + 1).some((unit) => LARGE_AMOUNT.test(unit.text));
}

/** "a side effect of loperamide", "adverse effects of the drug": the group right after the harm noun's "of" (and a determiner). */
function isHarmOf(units: readonly Unit[], trigger: Trigger, agents: Group): boolean {
  if (trigger.family !== CAUSE || !SIDE_EFFECT_HEADS.has(trigger.head)) return false;
  // A drug's, not a circumstance's ("the side effects of a high dose").
  return agents.first === ofObjectIndex(units, trigger) && agents.items.some((item) => DRUG_KINDS.some((kind) => kind === item.unit.entity?.kind));
}

/** Where what a noun trigger's "of" names begins, past a determiner ("a side effect of the drug"), when "of" follows it. */
function ofObjectIndex(units: readonly Unit[], trigger: Trigger): number | undefined {
  if (units[trigger.last + 1]?.lemma !== 'of') return undefined;
  return units[trigger.last + 2]?.pos === 'DET' ? trigger.last + 3 : trigger.last + 2;
}

/**
 * "restless legs, which clonidine failed to improve": in a relative clause whose subject is the agent,
 * "which" stands for the patient, the noun before it.
 */
function isObjectRelative(units: readonly Unit[], trigger: Trigger, agents: Group, patients: Group): boolean {
  if (trigger.passive || patients.last >= agents.first) return false;
  const between = units.slice(patients.last + 1, agents.first).filter((unit) => unit.lemma !== ',');
  return between.length === 1 && (between[0]!.lemma === 'which' || between[0]!.lemma === 'that') && units.slice(agents.last + 1, trigger.first).every((unit) => !isArgument(unit) && unit.pos !== 'PUNCT');
}

/** "X is a withdrawal treatment": the treatment noun's modifier is what it treats, the subject before it the agent. */
function isNamedTreatment(trigger: Trigger, agents: Group, patients: Group): boolean {
  return trigger.family === RELIEF && TREATMENT_NOUNS.has(trigger.head) && patients.last === trigger.first - 1 && agents.last < patients.first;
}

function pairsBetween(units: readonly Unit[], trigger: Trigger, agents: readonly Item[], patients: readonly Item[], context: SentenceContext): Pair[] {
  const pairs: Pair[] = [];
  for (const agent of agents) {
    // "jerky movements are reported more often than in opioid withdrawal": a condition a sign is measured
    // against is not the one it is a sign of; that is the condition the text is about, when it is another,
    // and for signs, the withdrawal of a dependence just named ("Daily use produces dependence. Users
    // develop a syndrome resembling opioid withdrawal, with myalgia …": the signs are kratom withdrawal's).
    const standard = agent.unit.entity?.kind === 'Condition' && isComparisonStandard(units, agent.index);
    const talkedAbout = standard ? (trigger.family === PRESENTATION ? context.recentSignOwner() : context.recentCondition()) : undefined;
    if (standard && (!talkedAbout || talkedAbout.id === agent.unit.entity!.id)) continue;
    for (const patient of patients) {
      if (!agent.unit.entity && !patient.unit.entity && !agent.unit.anaphor && !patient.unit.anaphor) continue;
      // "none of it did a thing": "it" counted as a whole stands for medicines and practices at once, each
      // in the relationship its kind takes; any other agent takes the first type that pairs.
      const paired = new Set<string>();
      for (const type of typesFor(units, trigger, patient.index, context)) {
        const ends = RELATIONSHIP_ENDS[type];
        const sources = (talkedAbout ? [talkedAbout].filter((condition) => ends.source.includes(condition.kind)) : candidates(units, agent, ends.source, sourcePreference(type), context)).filter((source) => !paired.has(source.id));
        const resolved = candidates(units, patient, ends.target, targetPreference(type), context);
        const targets = resolved.length > 0 ? resolved : stoppingTarget(agent, patient, ends.target, context);
        const found = sources.flatMap((source) =>
          targets.filter((target) => target.id !== source.id && !(source.provisional && target.provisional)).map((target): Pair => ({ type, source, target, targetIndex: patient.index, sourceIndex: agent.index })),
        );
        if (found.length > 0) {
          pairs.push(...found.map((pair) => asExperiencedSigns(units, trigger, precipitated(units, trigger, pair, context))));
          if (!isWholeCount(units, agent.index)) break;
          for (const pair of found) paired.add(pair.source.id);
        }
      }
    }
  }
  return pairs;
}

const DOSE = /^dose$/i;

/** The entities an item can stand for in a role that allows `kinds`. */
function candidates(units: readonly Unit[], item: Item, kinds: readonly EntityKind[], preferred: EntityKind, context: SentenceContext): EntityRef[] {
  const { unit } = item;
  if (unit.entity) {
    if (kinds.includes(unit.entity.kind)) return [unit.entity];
    // "High doses of loperamide do not help with cravings": where a dose cannot act, the drug it is a dose of does.
    const dosed = unit.entity.kind === 'Factor' && DOSE.test(unit.entity.name) && units[item.index + 1]?.lemma === 'of' ? units[item.index + 2]?.entity : undefined;
    return dosed && kinds.includes(dosed.kind) ? [dosed] : [];
  }
  if (unit.anaphor) return objectSign(units, item.index, kinds) ?? context.resolve(units, item.index, kinds.filter((kind) => unit.anaphor!.kinds.includes(kind)));
  const kind = item.kindHint ?? preferred;
  if (!kinds.includes(kind) || (unit.pos === 'PHRASE' && !item.kindHint)) return [];
  // A drug-shaped name is a drug or a compound, never a symptom or a condition ("medicines").
  if (unit.pos !== 'PHRASE' && !DRUG_KINDS.includes(kind)) return [];
  return [context.provisional(unit.text, kind)];
}

const STRETCH_ENDS = new Set([';', ':']);

const OBJECT_KINDS: readonly EntityKind[] = ['Symptom', 'Condition'];

/**
 * "Sleep hygiene reduces insomnia, whereas caffeine worsens it", "… switched to ondansetron, which controlled it",
 * "She had serotonin syndrome, and tramadol probably caused it": "it" as a verb's object is the sign or condition
 * the sentence named last before it, when one is what the role asks for.
 */
function objectSign(units: readonly Unit[], index: number, kinds: readonly EntityKind[]): EntityRef[] | undefined {
  if (units[index]!.lemma !== 'it' || units[index - 1]?.pos !== 'VERB' || !kinds.includes('Symptom')) return undefined;
  // "… sorts out the diarrhoea; and a slow taper eases it": a semicolon or colon ends the stretch it may point back into.
  for (let at = index - 1; at >= 0 && !STRETCH_ENDS.has(units[at]!.text); at -= 1) {
    const entity = units[at]!.entity;
    if (entity && OBJECT_KINDS.includes(entity.kind) && kinds.includes(entity.kind) && !isContrast(units, at)) return [entity];
  }
  return undefined;
}

function sourcePreference(type: RelationshipType): EntityKind {
  return type === 'CONTRIBUTES_TO' ? 'Factor' : type === 'MITIGATES' ? 'Strategy' : type === 'PRESENTS_WITH' ? 'Condition' : 'Substance';
}

function targetPreference(type: RelationshipType): EntityKind {
  return type === 'CONTAINS' ? 'Compound' : type === 'ACTS_ON' ? 'Receptor' : 'Symptom';
}

/** A trigger with one argument group, whose other end the surrounding text supplies. */
function fromContext(units: readonly Unit[], trigger: Trigger, groups: readonly Group[], context: SentenceContext): Pair[] {
  const nearest = [...groups].sort((a, b) => a.distance - b.distance);
  const pairsWith = (source: EntityRef | undefined, type: RelationshipType, sourceKinds: readonly EntityKind[], among = nearest): Pair[] => {
    if (!source || !sourceKinds.includes(source.kind)) return [];
    for (const group of among) {
      const pairs = group.items.flatMap((item) =>
        candidates(units, item, RELATIONSHIP_ENDS[type].target, 'Symptom', context)
          .filter((target) => target.id !== source.id)
          .map((target): Pair => ({ type, source, target, targetIndex: item.index, sourceIndex: -1 })),
      );
      if (pairs.length > 0) return pairs;
    }
    return [];
  };
  // "Side effects include: …" lists a substance's effects, not a condition's signs.
  const sideEffects = units.some((unit, at) => SIDE_EFFECT_HEADS.has(unit.lemma) && units[at + 1]?.lemma === 'effect') || unmodifiedEffects(units, trigger);
  // "Rare but serious effects, including liver injury, have been reported": effects no condition owns are the substance's.
  // "Nausea is a known effect of loperamide": the drug after "of" owns them, over the page's.
  if (trigger.family === PRESENTATION && unmodifiedEffects(units, trigger)) {
    const owner = ofObjectIndex(units, trigger);
    const named = owner === undefined ? undefined : units[owner]!.entity;
    const drug = named && DRUG_KINDS.includes(named.kind) ? named : undefined;
    return pairsWith(drug ?? context.topicSubstance(), 'CAUSES', ['Substance', 'Compound'], drug ? nearest.filter((group) => group.first !== owner) : nearest);
  }
  // "effects, including …": the list belongs to the noun before "including", which answers for it.
  // "those of opioids, including pain relief and sedation": what a drug's effects include are no condition's signs.
  const drugBefore = DRUG_KINDS.some((kind) => kind === units[trigger.first - 2]?.entity?.kind);
  const headBefore = units[trigger.first - 2]?.lemma ?? '';
  if (trigger.head === 'include' && units[trigger.first - 1]?.lemma === ',' && (SIGN_HEADS.has(headBefore) || GENERAL_HARMS.has(headBefore) || drugBefore)) return [];
  // "Patients at the clinic describe sweating and sleepless nights": what people go through are the
  // signs of the condition the text is about.
  // Only a withdrawal: what people feel at a higher dose of a remedy for pain is its side effect.
  const recent = context.recentCondition();
  if (trigger.family === PRESENTATION && UNDERGOING.has(trigger.head) && personSubject(units, trigger)) {
    // "Those who had stopped kratom described withdrawal, mostly craving": the withdrawal the sentence names itself comes first.
    const undergone = ownWithdrawal(units, context) ?? recent;
    return undergone && /withdrawal/i.test(undergone.name) ? pairsWith(undergone, 'PRESENTS_WITH', ['Condition'], nearest.filter((group) => group.side === 'right')) : [];
  }
  // "Liver injury has been reported", "Neonatal abstinence syndrome has been described in exposed
  // infants": a condition reported with no agent, on a page about a substance, is among its harms.
  if (REPORTED.has(trigger.head) && trigger.passive) {
    const harms = pairsWith(context.topicSubstance(), 'CAUSES', ['Substance', 'Compound'], nearest.filter((group) => group.side === 'left' && !afterPreposition(units, group.first)))
      .filter((pair) => pair.target.kind === 'Condition' && !/withdrawal/i.test(pair.target.name));
    if (harms.length > 0) return harms;
  }
  // "There are case reports of liver injury", "reports of seizures": harms reported of no agent, on a page about a substance, are its.
  if (REPORTED.has(trigger.head) && units[trigger.last]!.pos === 'NOUN' && units[trigger.last + 1]?.lemma === 'of') {
    const harms = pairsWith(context.topicSubstance(), 'CAUSES', ['Substance', 'Compound'], nearest.filter((group) => group.side === 'right' && group.first === trigger.last + 2))
      .filter((pair) => !/withdrawal/i.test(pair.target.name));
    if (harms.length > 0) return harms;
  }
  // "Jerky movements were documented in 19%": signs observed in a cohort are the condition's the text is about.
  if (trigger.family === PRESENTATION && OBSERVED.has(trigger.head)) return trigger.passive ? pairsWith(context.recentCondition(), 'PRESENTS_WITH', ['Condition'], nearest.filter((group) => group.side === 'left' && !afterPreposition(units, group.first))) : [];
  if (trigger.family === PRESENTATION && CONDITION_FROM_CONTEXT.has(trigger.head) && !sideEffects) {
    // "cravings and withdrawal symptoms": a list before a noun trigger is its sibling, unless a
    // copula makes it the content ("Chills and yawning are common signs").
    // "ease symptoms such as …", "offered for specific symptoms:": a noun trigger that is the object
    // of a verb or a preposition names no condition's signs.
    // "relieve the symptoms of withdrawal, such as sweating": an object that names its own condition after "of" lists that condition's signs.
    const owner = conditionOf(units, trigger, context);
    const object = isObject(units, trigger);
    if (object && !owner) return [];
    // As an object its signs are only the examples it lists ("such as sweating"), not what the verb goes on to ("but not cravings").
    const phraseEnd = object ? nounPhraseEnd(units, trigger) : units.length;
    const content = object
      ? nearest.flatMap((group) => {
          const items = group.side === 'right' ? group.items.filter((item) => item.index < phraseEnd) : [];
          return items.length > 0 ? [{ ...group, items }] : [];
        })
      : nearest.filter((group) => (group.side === 'right' && !isIntransitive(units, trigger)) || (group.side === 'left' && (units[trigger.first]!.pos !== 'NOUN' || units.slice(group.last + 1, trigger.first).some((unit) => unit.lemma === 'be'))));
    // "The fatigue lingers for weeks; doctors call it post-acute withdrawal": a condition the sentence names itself comes first.
    // Not one set against it ("unlike", "more often than in opioid withdrawal").
    // Not one named in a later clause ("Sweating fades within a week, yet low mood persists, a pattern called PAWS").
    const named = owner ?? units.find((unit, at) => unit.entity?.kind === 'Condition' && !isContrast(units, at) && !isComparisonStandard(units, at) && (at < trigger.first || sameClause(units, trigger.first, at)))?.entity;
    return pairsWith(named ?? context.recentSignOwner(), 'PRESENTS_WITH', ['Condition'], content);
  }
  // "Kratom leaf contains mitragynine and 7-hydroxymitragynine, a minor alkaloid": the page's plant,
  // unless the sentence names another substance and not the page's. What "include" lists follows it
  // ("The mode of action also includes …" names no constituent before it).
  if (trigger.family === CONTENT && CONTENT_FROM_CONTEXT.has(trigger.head)) {
    return pairsWith(plantOf(units, context.topicSubstance()), 'CONTAINS', ['Substance'], trigger.head === 'include' ? nearest.filter((group) => group.side === 'right') : nearest);
  }
  if (trigger.family === CAUSE && SIDE_EFFECT_HEADS.has(trigger.head)) return effectOwners(units, trigger, context).flatMap((owner) => pairsWith(owner, 'CAUSES', ['Substance', 'Compound']));
  // "Patients were managed with …": a passive treatment of people names no condition it treats.
  // A bare "for" relates only the treatment before it to what follows it ("walking for half an hour" names a duration).
  // "clonidine or lofexidine for autonomic symptoms": a bare "for" with signs for object is for the signs described last.
  if (trigger.family === RELIEF && !trigger.passive && (!isBareFor(trigger) || forSigns(units, trigger))) return agentsWithoutTarget(units, trigger, nearest, context);
  return [];
}

/** The withdrawal a sentence names, or bare "withdrawal" in it resolved ("who had stopped kratom … described withdrawal"). */
function ownWithdrawal(units: readonly Unit[], context: SentenceContext): EntityRef | undefined {
  const at = units.findIndex((unit, index) => !isContrast(units, index) && !isComparisonStandard(units, index) && ((unit.entity?.kind === 'Condition' && /withdrawal/i.test(unit.entity.name)) || unit.anaphor?.kind === 'withdrawal'));
  if (at < 0) return undefined;
  return units[at]!.entity ?? context.resolve(units, at, ['Condition'])[0];
}

// What opens a contrasting clause, whose signs and condition are another's ("…; doctors call it PAWS" names the same one).
const CLAUSE_OPENERS = new Set(['yet', 'but', 'whereas', 'while', 'although', 'though']);

/** Whether nothing between two positions opens a contrasting clause. */
const sameClause = (units: readonly Unit[], a: number, b: number): boolean => !units.slice(Math.min(a, b) + 1, Math.max(a, b)).some((unit) => CLAUSE_OPENERS.has(unit.lemma));

const LASTING = new Set([...SIGNS_COURSE, 'linger', 'persist', 'last', 'outlast', 'predominate', 'take', 'hang', 'stick', 'drag', 'come']);

/**
 * "The low mood hung around for weeks", "cravings come in waves": what lasts is the subject; what
 * follows ("paws can hang around, mostly the insomnia") belongs to the subject, not to the condition talked about.
 */
function isIntransitive(units: readonly Unit[], trigger: Trigger): boolean {
  return LASTING.has(trigger.head) && units[trigger.last]!.lemma !== 'with';
}

/** The page's substance if the sentence names it or no other; else the first the sentence names as itself (not "unlike X", not "than X"). */
function plantOf(units: readonly Unit[], topic: EntityRef | undefined): EntityRef | undefined {
  const named = units.flatMap((unit, at) => (unit.entity?.kind === 'Substance' && !isContrast(units, at) && !isComparisonStandard(units, at) ? [unit.entity] : []));
  return named.length === 0 || named.some((entity) => entity.id === topic?.id) ? topic : named[0];
}

const RELATIVES = new Set(['which', 'who', 'that']);
/** Whether a relative pronoun stands between `from` and `to` (both excluded). */
export const relativeBetween = (units: readonly Unit[], from: number, to: number): boolean => units.slice(from + 1, to).some((unit) => RELATIVES.has(unit.lemma));

const SIGN_MODIFIER_POS = new Set(['DET', 'ADJ']);

/** "for autonomic symptoms", "for the symptoms": a bare "for" whose object is a sign noun. */
function forSigns(units: readonly Unit[], trigger: Trigger): boolean {
  if (!isBareFor(trigger)) return false;
  let at = trigger.last + 1;
  while (units[at] && SIGN_MODIFIER_POS.has(units[at]!.pos) && !units[at]!.entity) at += 1;
  return SIGN_NOUNS.has(units[at]?.lemma ?? '') && !units[at]!.entity && !units[at]!.anaphor;
}

const ILLNESS_IN_GENERAL = new Set(['disease', 'illness', 'ailment', 'sickness']);

/** "What helps me: staying hydrated …": strategies (or a named treatment) for the condition talked about. */
function agentsWithoutTarget(units: readonly Unit[], trigger: Trigger, groups: readonly Group[], context: SentenceContext): Pair[] {
  // "not intended to diagnose, treat, cure or prevent any disease": an illness in general is no condition talked about.
  if (units.slice(trigger.last + 1).some((unit) => !unit.entity && ILLNESS_IN_GENERAL.has(unit.lemma))) return [];
  // "may help with symptoms": the symptoms of the condition whose signs were described last.
  const signs = units.slice(trigger.last + 1, trigger.last + 4).some((unit) => SIGN_NOUNS.has(unit.lemma));
  const purposes = statedPurposes(units, trigger);
  if (purposes.length > 0) return remediesFor(units, groups, purposes, context);
  // "Medications on discharge:", "Medicines at home": a list for a time or a place, not for the condition talked about.
  const placed = TREATMENT_NOUNS.has(trigger.head) && units[trigger.last + 1]?.pos === 'ADP' && units[trigger.last + 1]?.lemma !== 'for';
  const condition = placed ? undefined : signs ? context.recentSyndrome() : context.sectionCondition();
  // "Quit Nov 1st. … Honestly the taper made a huge difference": a practice helps the withdrawal the writer went into.
  const practised = condition ?? (placed ? undefined : context.wentInto());
  const asked = context.askedRemedyFor();
  if (!practised && !asked) return [];
  for (const group of groups) {
    const pairs = group.items.flatMap((item): Pair[] => {
      // "Some swear by magnesium or kava. There is little evidence that any of them help": under a
      // question asking what helps, a remedy with no object of its own helps with what it asked for.
      // A strategy there ("What helps? - fluids") is read as below, against the condition talked about.
      if (asked && standsAlone(units, trigger, group)) {
        const remedies = candidates(units, item, ['Substance', 'Compound'], 'Substance', context)
          .filter((entity) => !entity.provisional && entity.id !== asked.id)
          .map((source): Pair => ({ type: 'RELIEVES', source, target: asked, targetIndex: -1, sourceIndex: item.index }));
        if (remedies.length > 0) return remedies;
      }
      const strategies = practised ? candidates(units, item, ['Strategy'], 'Strategy', context).filter((entity) => !entity.provisional) : [];
      if (practised && strategies.length > 0) return strategies.map((source) => ({ type: 'MITIGATES', source, target: practised, targetIndex: -1, sourceIndex: item.index }));
      if (!condition) return [];
      if (!(TREATMENT_NOUNS.has(trigger.head) && namesItsAgent(units, trigger, item.index)) && !forPeople(units, trigger) && !forTheWriter(units, trigger) && !forSigns(units, trigger) && !judgedHelpful(units, trigger)) return [];
      return candidates(units, item, ['Substance', 'Compound'], 'Substance', context)
        .filter((entity) => !entity.provisional)
        .map((source) => ({ type: 'RELIEVES', source, target: condition, targetIndex: -1, sourceIndex: item.index }));
    });
    if (pairs.length > 0) return pairs;
  }
  return [];
}

const PURPOSE_KINDS = new Set(['Symptom', 'Condition']);
const PURPOSE_LIST = new Set([',', 'and', 'or']);
const PURPOSE_MODIFIER_POS = new Set(['DET', 'ADJ', 'PRON']);

/**
 * "Magnesium was popular for restless legs, …: 46% said it helped, while 41% said it did not help":
 * what a sentence said a remedy is for, before a relief verb with no object of its own. The
 * symptoms or conditions after a "for" that follows a remedy named in the sentence.
 */
function statedPurposes(units: readonly Unit[], trigger: Trigger): EntityRef[] {
  for (let at = trigger.first - 1; at > 0; at -= 1) {
    if (units[at]!.lemma !== 'for' || !units.slice(0, at).some((unit) => unit.entity && AGENT_KINDS.has(unit.entity.kind))) continue;
    const named: EntityRef[] = [];
    for (let index = at + 1; index < trigger.first; index += 1) {
      const unit = units[index]!;
      if (unit.entity && PURPOSE_KINDS.has(unit.entity.kind)) named.push(unit.entity);
      else if (!PURPOSE_LIST.has(unit.lemma) && !PURPOSE_MODIFIER_POS.has(unit.pos)) break;
    }
    if (named.length > 0) return named;
  }
  return [];
}

/** The remedies of `groups` (drugs relieve, practices mitigate) paired with what the sentence said they are for. */
function remediesFor(units: readonly Unit[], groups: readonly Group[], purposes: readonly EntityRef[], context: SentenceContext): Pair[] {
  for (const group of groups) {
    const pairs = group.items.flatMap((item) =>
      candidates(units, item, ['Substance', 'Compound', 'Strategy'], 'Substance', context)
        .filter((entity) => !entity.provisional)
        .flatMap((source) => purposes.map((target): Pair => ({ type: source.kind === 'Strategy' ? 'MITIGATES' : 'RELIEVES', source, target, targetIndex: -1, sourceIndex: item.index }))),
    );
    if (pairs.length > 0) return pairs;
  }
  return [];
}

const CLAUSE_END_POS = new Set(['PUNCT', 'CCONJ']);

/**
 * "any of them help", "swear by magnesium or kava.": a relief verb whose clause ends with it (or an
 * adverb), or with the remedies after it, alone or with a phrase that names nothing ("… didnt help: the
 * detox kit from the smoke shop").
 */
function standsAlone(units: readonly Unit[], trigger: Trigger, group: Group): boolean {
  if (units[trigger.first]!.pos !== 'VERB') return false;
  let next = group.side === 'right' ? group.last + 1 : trigger.last + 1;
  while (units[next]?.pos === 'ADV') next += 1;
  // Only after remedies named after the verb: "(the symptoms) eased within a week for most people" says when, not what helped.
  if (group.side === 'right' && units[next]?.pos === 'ADP') {
    while (next < units.length && !CLAUSE_END_POS.has(units[next]!.pos) && !isArgument(units[next]!)) next += 1;
  }
  return next >= units.length || CLAUSE_END_POS.has(units[next]!.pos);
}

/**
 * Whether a treatment noun with no object of its own names `agent` as the treatment: as a lead
 * ("Treatment options: X, Y") or a predicate ("X and Y are the recommended treatment"); "a treatment
 * plan" and "an alternative for those seeking …" name none.
 */
function namesItsAgent(units: readonly Unit[], trigger: Trigger, agent: number): boolean {
  if (units[trigger.last + 1]?.pos === 'NOUN') return false;
  const between = agent > trigger.last ? units.slice(trigger.last + 1, agent) : units.slice(agent + 1, trigger.first);
  return agent > trigger.last ? between.some((unit) => unit.lemma === ':') : between.some((unit) => unit.lemma === 'be');
}

const OBJECT_HEADS = new Set(['VERB', 'ADP']);
// "People who stop commonly experience physical symptoms: …": signs that someone has, gets or
// notices are still the signs of the condition talked about.
const UNDERGONE = new Set([...UNDERGOING, 'have', 'get', 'develop', 'notice', 'expect', 'report']);

const NOUN_PHRASE_ENDS = new Set(['but', 'not', 'yet', ';', '.', 'while', 'whereas', 'although']);

/** Where the phrase a sign noun heads ends: at "but", "not", a clause break or a verb ("the features of withdrawal, such as sweating, but not …"). */
function nounPhraseEnd(units: readonly Unit[], trigger: Trigger): number {
  const end = units.findIndex((unit, at) => at > trigger.last && (NOUN_PHRASE_ENDS.has(unit.lemma) || unit.pos === 'VERB' || unit.pos === 'AUX'));
  return end < 0 ? units.length : end;
}

/** The condition a sign noun names after "of" ("the symptoms of withdrawal", "the features of opioid withdrawal"). */
function conditionOf(units: readonly Unit[], trigger: Trigger, context: SentenceContext): EntityRef | undefined {
  if (units[trigger.first]!.pos !== 'NOUN' || units[trigger.last + 1]?.lemma !== 'of') return undefined;
  let at = trigger.last + 2;
  while (units[at]?.pos === 'DET') at += 1;
  const unit = units[at];
  if (unit?.entity) return unit.entity.kind === 'Condition' ? unit.entity : undefined;
  return unit?.anaphor?.kind === 'withdrawal' ? context.resolve(units, at, ['Condition'])[0] : undefined;
}

/** A sign noun that is the object of a verb or a preposition ("ease symptoms such as …"), unless of a verb of undergoing. */
function isObject(units: readonly Unit[], trigger: Trigger): boolean {
  if (units[trigger.first]!.pos !== 'NOUN') return false;
  let index = trigger.first - 1;
  while (index >= 0 && (['DET', 'ADJ', 'NUM'].includes(units[index]!.pos) || units[index]!.anaphor?.kind === 'withdrawal' || units[index]!.entity?.kind === 'Condition')) index -= 1;
  return index >= 0 && OBJECT_HEADS.has(units[index]!.pos) && !UNDERGONE.has(units[index]!.lemma);
}

/** "These medicines may be offered for …: loperamide for diarrhoea": a lead's noun refers to the list after its colon. */
function isCataphoric(units: readonly Unit[], trigger: Trigger, group: Group, groups: readonly Group[]): boolean {
  if (group.side !== 'left' || !group.items.every((item) => item.unit.anaphor && item.unit.pos === 'NOUN')) return false;
  const colon = units.findIndex((unit, index) => index > trigger.last && unit.lemma === ':');
  return colon >= 0 && groups.some((other) => other.side === 'right' && other.first > colon);
}

// "associated with fewer cravings", "linked to lower withdrawal scores": an association with less of
// something is relief of it (see typesFor).
const DECREASE_WORDS = new Set(['reduced', 'reduce', 'fewer', 'few', 'less', 'lower', 'low', 'decreased', 'decrease', 'improved', 'improve', 'milder', 'mild', 'shorter', 'short', 'better']);
const DECREASE_WINDOW = 3;

// "associated with fewer cravings", and a cause of less of something ("a taper produces milder
// withdrawal", "leads to fewer cravings"): relief of it.
// "Managing withdrawal: - Clonidine → sweating": under a heading asking what treats, a drug's arrow points at what it relieves.
const TREATING_LINK: readonly RelationshipType[] = ['ACTS_ON', 'CONTRIBUTES_TO', 'MITIGATES', 'RELIEVES'];

function typesFor(units: readonly Unit[], trigger: Trigger, patient: number, context: SentenceContext): readonly RelationshipType[] {
  if (trigger.family === LINK) return context.askedRemedyFor() ? TREATING_LINK : LINK.types;
  if (trigger.family !== ASSOCIATION && trigger.family !== CAUSE) return trigger.family.types;
  // A cause's own degree word is its stance, not its object's ("carries a lower risk of X" denies it).
  const from = trigger.family === CAUSE ? trigger.last + 1 : 0;
  for (let index = patient - 1; index >= Math.max(from, patient - DECREASE_WINDOW); index -= 1) {
    if (index >= trigger.first && index <= trigger.last) continue;
    if (DECREASE_WORDS.has(units[index]!.text.toLowerCase())) return RELIEF.types;
  }
  return trigger.family.types;
}

/**
 * "Polysubstance use, most often with gabapentin, was associated with …": a noun phrase inside a
 * prepositional phrase is not the subject of the verb after it when another noun phrase before it is.
 */
function isPrepositionalSubject(units: readonly Unit[], trigger: Trigger, group: Group, groups: readonly Group[]): boolean {
  const directed = DIRECTED.has(trigger.family.name);
  // "use of clonidine for sweating": the treatment before a bare "for" is its agent wherever it stands.
  if (group.side !== 'left' || isBareFor(trigger) || (directed && trigger.passive) || (!directed && trigger.family !== ASSOCIATION)) return false;
  if (!afterPreposition(units, group.first) || specifiesTreatment(units, group.first) || modifiesNounTrigger(units, trigger, group) || isAppositiveTo(units, trigger, group) || isReplacement(units, trigger, group.first)) return false;
  return groups.some((other) => other.side === 'left' && other.first < group.first && !afterPreposition(units, other.first));
}

const APPOSITIVE_POS = new Set(['DET', 'ADJ', 'ADV']);

/** "metabolised to 7-hydroxymitragynine, a more potent mu-opioid agonist": the noun trigger describes the name before its comma. */
function isAppositiveTo(units: readonly Unit[], trigger: Trigger, group: Group): boolean {
  if (units[trigger.first]!.pos !== 'NOUN' || units[group.last + 1]?.lemma !== ',' || units[group.last + 2]?.pos !== 'DET') return false;
  return units.slice(group.last + 2, trigger.first).every((unit) => APPOSITIVE_POS.has(unit.pos) || unit.entity?.kind === 'Receptor');
}

/**
 * "Lofenza is not an opioid and does not act on mu-opioid receptors": what the subject is said to be
 * ("an opioid") is no subject of the verb coordinated after it; the subject before "is" is.
 */
function isPredicateNoun(units: readonly Unit[], trigger: Trigger, group: Group, groups: readonly Group[]): boolean {
  if (group.side !== 'left' || !units.slice(group.last + 1, trigger.first).some((unit) => unit.lemma === 'and')) return false;
  let index = group.first - 1;
  while (index >= 0 && units[index]!.pos === 'ADJ') index -= 1;
  if (units[index]?.lemma !== 'a' && units[index]?.lemma !== 'an') return false;
  index -= 1;
  if (units[index]?.lemma === 'not' || units[index]?.lemma === 'never') index -= 1;
  return units[index]?.lemma === 'be' && groups.some((other) => other.side === 'left' && other.last < index);
}

/** "devoid of MOR activity": a group right before a noun trigger modifies it, whatever preposition stands before both. */
function modifiesNounTrigger(units: readonly Unit[], trigger: Trigger, group: Group): boolean {
  // "… after regular use precipitates a withdrawal syndrome", "kratom at typical doses causes liver injury": a "noun"
  // with an article or a name right after it is a verb the tagger misread.
  const next = units[trigger.last + 1];
  // Not an action noun, whose drugs may follow it in apposition ("alpha-2 agonists clonidine and lofexidine").
  const misreadVerb = next?.pos === 'DET' || (trigger.family !== ACTION && next?.entity !== undefined);
  return group.last === trigger.first - 1 && units[trigger.first]!.pos === 'NOUN' && !misreadVerb;
}

/** "Opioid agonist treatment with buprenorphine or methadone": the medicines a general treatment is given with are its agents. */
function specifiesTreatment(units: readonly Unit[], first: number): boolean {
  let index = first - 1;
  while (index >= 0 && ['DET', 'ADJ'].includes(units[index]!.pos)) index -= 1;
  const head = units[index - 1];
  return units[index]?.lemma === 'with' && head !== undefined && (head.entity?.kind === 'Strategy' || TREATMENT_NOUNS.has(head.lemma));
}

function afterPreposition(units: readonly Unit[], first: number): boolean {
  let index = first - 1;
  while (index >= 0 && ['DET', 'ADJ', 'ADV', 'NUM'].includes(units[index]!.pos)) index -= 1;
  return index >= 0 && units[index]!.pos === 'ADP' && units[index]!.lemma !== 'like';
}

/** "Combining kratom with opioids increases the risk of …", "mix kratom with gabapentin, which raises …": the agent is the combination. */
function isCombination(units: readonly Unit[], group: Group): boolean {
  return group.side === 'left' && isCombined(units, group.first);
}

/** "Coming off them left me sweating": the withdrawal from what was stopped is the agent, not the substance. */
function asWithdrawal(units: readonly Unit[], group: Group, context: SentenceContext): Group {
  const items = group.items.flatMap((item): Item[] => {
    const substances = candidates(units, item, DRUG_KINDS, 'Substance', context).filter((entity) => !entity.provisional);
    const withdrawals = dedupe(substances.flatMap((entity) => context.withdrawalFrom(entity) ?? []));
    return withdrawals.map((entity) => ({ index: item.index, unit: { ...item.unit, entity, anaphor: undefined, name: false } }));
  });
  return { ...group, items };
}

/** "stay away from benzos", "keep away from alcohol": the group right after "away from". */
const isKeptAwayFrom = (units: readonly Unit[], first: number): boolean => units[first - 1]?.lemma === 'from' && units[first - 2]?.lemma === 'away';

/**
 * "Cutting out caffeine helped my anxiety": what relieves is the practice of staying away from the
 * substance (a strategy named "avoiding caffeine"), not the substance; a later "it" is still the substance.
 */
function asAbstaining(units: readonly Unit[], group: Group, context: SentenceContext): Group {
  const items = group.items.flatMap((item): Item[] =>
    candidates(units, item, DRUG_KINDS, 'Substance', context)
      .filter((entity) => !entity.provisional)
      .map((entity) => ({ index: item.index, unit: { ...item.unit, entity: context.provisional(`avoiding ${entity.name}`, 'Strategy'), anaphor: undefined, name: false } })),
  );
  return { ...group, items };
}

function asPolysubstanceUse(group: Group, context: SentenceContext): Group {
  const entity = polysubstanceUse(context);
  const seed = group.items[0]!;
  if (entity.provisional) return { ...group, items: [] };
  return { ...group, items: [{ index: seed.index, unit: { ...seed.unit, entity, anaphor: undefined, name: false } }] };
}

// "Rare but serious harms include seizures": harms, like effects, are what the substance talked about brings on.
const EFFECT_NOUNS = new Set(['effect', 'harm']);

/** "serious effects", "unwanted effects": an "effects" (or "harms") noun that no condition or withdrawal modifies. */
function unmodifiedEffects(units: readonly Unit[], trigger: Trigger): boolean {
  // The tagger may take "harms" before its verb for a verb ("serious harms include").
  const noun = units[trigger.first]!.pos === 'NOUN' || (units[trigger.first]!.pos === 'VERB' && units[trigger.first + 1]?.pos === 'VERB');
  if (!EFFECT_NOUNS.has(trigger.head) || !noun) return false;
  let index = trigger.first - 1;
  while (index >= 0 && ['ADJ', 'ADV', 'CCONJ'].includes(units[index]!.pos)) {
    // "a side effect": the cause phrase reads it (the tagger takes "side" for an adjective).
    if (OUTCOME_ADJECTIVES.has(units[index]!.lemma) || SIDE_EFFECT_HEADS.has(units[index]!.lemma)) return false;
    index -= 1;
  }
  const before = units[index];
  return !(before && (before.entity || before.anaphor || DEMONSTRATIVE_DETERMINERS.has(before.lemma) || before.lemma === 'side'));
}

const DEMONSTRATIVE_DETERMINERS = new Set(['these', 'those', 'this', 'such', 'its', 'their']);
// "given for sweats, good effect", "the desired effect": how well a treatment worked, not what it brought on.
const OUTCOME_ADJECTIVES = new Set(['good', 'great', 'excellent', 'positive', 'beneficial', 'therapeutic', 'desired', 'intended', 'poor', 'little', 'partial', 'full', 'some']);

const PEOPLE = new Set(['patient', 'people', 'person', 'adult', 'user', 'individual', 'those', 'anyone', 'client', 'you', 'he', 'she', 'they', 'i', 'we', 'brother', 'sister', 'husband', 'wife', 'partner', 'son', 'daughter', 'friend', 'mother', 'father']);

const SUBJECT_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'ADP', 'ADV', 'NUM', 'AUX', 'PART']);

/** "Patients at the clinic describe …", "Many users experience …": a person is the subject of the trigger's clause. */
function personSubject(units: readonly Unit[], trigger: Trigger): boolean {
  for (let index = trigger.first - 1; index >= 0; index -= 1) {
    const unit = units[index]!;
    if (PEOPLE.has(unit.lemma) || PEOPLE.has(unit.lemma.replace(/s$/, ''))) return true;
    // "Your brother-in-law is likely to feel …": the hyphens of a compound noun.
    if (unit.lemma === '-') continue;
    if (isArgumentUnit(unit) || !SUBJECT_PHRASE_POS.has(unit.pos)) return false;
  }
  return false;
}

/** "Lofexidine may be used for patients who …": a medicine's use for people treats the condition talked about. */
function forPeople(units: readonly Unit[], trigger: Trigger): boolean {
  // A verb of use ("used for", "offered for"); "an alternative for those seeking …" names no treatment.
  if (units[trigger.last]!.lemma !== 'for' || units[trigger.first]!.pos !== 'VERB') return false;
  for (let index = trigger.last + 1; index < Math.min(units.length, trigger.last + 4); index += 1) {
    if (PEOPLE.has(units[index]!.lemma)) return true;
    if (!['DET', 'ADJ'].includes(units[index]!.pos)) return false;
  }
  return false;
}

const WRITER = new Set(['me', 'us']);

/**
 * "kava did nothing for me", "gabapentin helped me a lot", "bupe worked for me": a writer's account
 * of what a treatment did for them is about what they were going through, the condition talked about.
 */
function forTheWriter(units: readonly Unit[], trigger: Trigger): boolean {
  return WRITER.has(units[trigger.last + 1]?.lemma ?? '') && !isArgument(units[trigger.last + 2] ?? units[trigger.last + 1]!);
}

// "Respondents described loperamide as helpful", "most rated buprenorphine as effective": a judgement of the remedy.
const JUDGING = new Set(['describe', 'rate', 'find', 'consider', 'regard', 'report', 'call', 'list', 'see']);

/** A relief judged of the remedy named before "as", by the verb of judging that opens the clause. */
function judgedHelpful(units: readonly Unit[], trigger: Trigger): boolean {
  if (units[trigger.first - 1]?.lemma !== 'as') return false;
  return units.slice(0, trigger.first - 1).some((unit) => JUDGING.has(unit.lemma) && unit.pos === 'VERB');
}

/**
 * "Naltrexone will precipitate withdrawal", "an early first dose can precipitate withdrawal": the
 * withdrawal a drug or a factor brings on is precipitated withdrawal.
 */
function precipitated(units: readonly Unit[], trigger: Trigger, pair: Pair, context: SentenceContext): Pair {
  // "precipitate withdrawal symptoms" names the symptoms of the withdrawal itself.
  // "Abrupt cessation (after prolonged heavy use) precipitates a withdrawal syndrome": a stop brings on the ordinary
  // withdrawal, not the precipitated one, and so does the use it ends.
  const stop = units.slice(0, trigger.first).some((unit) => isWayOfStopping(unit.entity));
  if (trigger.head !== 'precipitate' || stop || (pair.type !== 'CAUSES' && pair.type !== 'CONTRIBUTES_TO') || !/withdrawal/i.test(pair.target.name) || SIGN_NOUNS.has(units[pair.targetIndex + 1]?.lemma ?? '')) return pair;
  const entity = context.provisional('precipitated withdrawal', 'Condition');
  return entity.provisional ? pair : { ...pair, target: entity };
}
