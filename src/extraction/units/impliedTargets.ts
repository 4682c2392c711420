import { OUTCOME_KINDS } from '../../domain/entityKinds';
import { RELIEF_WORDS, SYMPTOM_PHRASES } from '../lexicon/impliedTargets';
import type { Vocabulary } from '../types';
import { entryRef, type EntityRef, type Unit } from './unit';

const MAX_OBJECT_MODIFIERS = 2;
const OBJECT_MODIFIER_POS = new Set(['DET', 'ADJ', 'ADV', 'NOUN', 'PRON']);
const ADJECTIVE_PREPOSITIONS = new Set(['on', 'to', 'for']);

/**
 * Words that name their own target, spelt out as a trigger and its object: "analgesic effects" →
 * relief + pain, "depressed respiration" → cause + respiratory depression. The trigger rules then
 * find the agent as for any other relief or cause.
 */
export function expandImpliedTargets(units: readonly Unit[], vocabulary: Vocabulary): Unit[] {
  const expanded: Unit[] = [];
  for (let index = 0; index < units.length; index += 1) {
    const unit = units[index]!;
    const relief = unit.entity || isCompounded(units, index) || measuresAmount(units, index) ? undefined : RELIEF_WORDS.find((entry) => entry.words.includes(unit.lemma) && (!entry.adjectiveOnly || unit.pos === 'ADJ'));
    const reliefTarget = relief && targetOf(relief.target, vocabulary);
    if (reliefTarget) {
      expanded.push({ ...unit, lemma: 'relief', pos: 'NOUN' }, { ...unit, lemma: reliefTarget.name, pos: 'ENTITY', entity: reliefTarget, implied: true });
      continue;
    }
    // "depressed" alone is a mention of low mood; before "respiration" it is the verb.
    // The tagger may take a predicate verb for a noun ("Paracetamol damages the liver").
    const phrase = unit.pos === 'VERB' || unit.pos === 'ADJ' || unit.entity || (unit.pos === 'NOUN' && isPredicate(units, index)) ? symptomPhrase(units, index, vocabulary) : undefined;
    if (phrase) {
      const object = units[phrase.objectIndex]!;
      const symptom: Unit = { start: unit.start, end: object.end, text: units.slice(index, phrase.objectIndex + 1).map((word) => word.text).join(' '), lemma: phrase.target.name, pos: 'ENTITY', entity: phrase.target };
      // "Kratom can slow breathing", "mitragynine depressed respiration": a verb after its subject or
      // an auxiliary causes the symptom; "slowed breathing is a sign of overdose" and a relative
      // clause's "which reduced ventilation" (whose subject lies outside the clause) name it.
      if (isPredicate(units, index)) expanded.push(phrase.relief ? reliefVerb(unit) : causeVerb(unit), { ...symptom, start: object.start, implied: true });
      else expanded.push(symptom);
      index = phrase.objectIndex;
      continue;
    }
    // "Kratom can slow breathing": the vocabulary names the symptom "slow breathing", the verb is in it.
    if (unit.entity && startsWithSymptomVerb(unit) && isPredicate(units, index)) expanded.push(causeVerb(unit), { ...unit, implied: true });
    else expanded.push(unit);
  }
  return expanded;
}

// A rewritten verb is matched by its new lemma only ("lower blood pressure" causes, it does not relieve).
// "at analgesic doses", "sedative concentrations": the word tells which amount, and claims no effect.
const AMOUNT_NOUNS = new Set(['dose', 'doses', 'dosage', 'dosages', 'range', 'concentration', 'concentrations', 'level', 'levels', 'amount', 'amounts']);
const measuresAmount = (units: readonly Unit[], index: number): boolean => AMOUNT_NOUNS.has(units[index + 1]?.text.toLowerCase() ?? '');

const causeVerb = (unit: Unit): Unit => ({ start: unit.start, end: unit.end, text: unit.text, lemma: 'cause', pos: 'VERB', rewritten: true });
const reliefVerb = (unit: Unit): Unit => ({ ...causeVerb(unit), lemma: 'ease' });

function startsWithSymptomVerb(unit: Unit): boolean {
  const first = unit.lemma.split(' ')[0] ?? '';
  return SYMPTOM_PHRASES.some((phrase) => phrase.target === unit.entity!.id && phrase.verbs.some((verb) => isVerbForm(first, verb)));
}

/** "depress", "depressed", "slows": the verb's forms as they stand in a mention. */
const isVerbForm = (word: string, verb: string): boolean => word === verb || word === `${verb}s` || word === `${verb}ed` || word === `${verb}d`;

/** "slows breathing", "depressed the respiration": the verb, its object and the symptom they name. */
function symptomPhrase(units: readonly Unit[], index: number, vocabulary: Vocabulary): { objectIndex: number; target: EntityRef; relief?: boolean } | undefined {
  const verb = units[index]!;
  // "lower" is tagged as the adjective "low" as often as the verb.
  const entry = SYMPTOM_PHRASES.find((phrase) => phrase.verbs.some((lemma) => isVerbForm(verb.lemma, lemma) || isVerbForm(verb.text.toLowerCase(), lemma)));
  if (!entry) return undefined;
  for (let at = index + 1; at <= index + 1 + MAX_OBJECT_MODIFIERS && at < units.length; at += 1) {
    const word = units[at]!;
    // "knocked me out of my routine": a particle before "of" opens the preposition "out of", not the phrase.
    if ((entry.objects.includes(word.lemma) || entry.objects.includes(`${units[at - 1]!.lemma} ${word.lemma}`)) && units[at + 1]?.lemma !== 'of') {
      const target = targetOf(entry.target, vocabulary);
      return target ? { objectIndex: at, target, ...(entry.relief ? { relief: true } : {}) } : undefined;
    }
    // "reduced minute ventilation": modifiers may stand before the object; "hard on the liver",
    // "toxic to the liver": so may the preposition an adjective takes.
    if (word.entity || !(OBJECT_MODIFIER_POS.has(word.pos) || (verb.pos === 'ADJ' && ADJECTIVE_PREPOSITIONS.has(word.lemma)))) return undefined;
  }
  return undefined;
}

// "equi-antinociceptive doses", "analgesic doses": a word compounded or describing a dose claims nothing.
function isCompounded(units: readonly Unit[], index: number): boolean {
  return units[index - 1]?.text === '-' || units[index + 1]?.lemma === 'dose';
}

// "Benzos, booze and opioids each slow your breathing": a floating quantifier between subject and verb.
const FLOATING_QUANTIFIERS = new Set(['each', 'all', 'both']);

/** A verb right after its subject or an auxiliary (adverbs may stand between: "can still slow"). */
function isPredicate(units: readonly Unit[], index: number): boolean {
  let before = index - 1;
  while (units[before]?.pos === 'ADV' || units[before]?.pos === 'PART' || FLOATING_QUANTIFIERS.has(units[before]?.lemma ?? '')) before -= 1;
  before = beforeCircumstance(units, before);
  const previous = units[before];
  return previous !== undefined && (previous.pos === 'AUX' || previous.entity !== undefined || previous.anaphor !== undefined);
}

const MAX_CIRCUMSTANCE_WORDS = 3;
const CIRCUMSTANCE_WORD_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);

/**
 * "Hydroxyzine at night knocked me out", "kratom in large amounts slows breathing": a short
 * prepositional phrase ending at `last` may stand between the subject and its verb; where it begins.
 */
function beforeCircumstance(units: readonly Unit[], last: number): number {
  if (units[last]?.pos !== 'NOUN') return last;
  for (let at = last - 1; at >= last - MAX_CIRCUMSTANCE_WORDS && at > 0; at -= 1) {
    if (units[at]!.pos === 'ADP') return units[at - 1]!.entity ? at - 1 : last;
    if (!CIRCUMSTANCE_WORD_POS.has(units[at]!.pos)) return last;
  }
  return last;
}

function targetOf(id: string, vocabulary: Vocabulary): EntityRef | undefined {
  const entry = vocabulary.byId.get(id);
  return entry && OUTCOME_KINDS.has(entry.kind) ? entryRef(entry) : undefined;
}
