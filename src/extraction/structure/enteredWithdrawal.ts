import lemmatizer from 'wink-lemmatizer';

import { isComparisonStandard } from '../anaphora/comparisonStandard';
import { isStopped } from '../claims/cessation';
import type { SentenceContext } from '../claims/sentenceContext';
import { STOP_VERBS } from '../lexicon/stopping';
import type { EntityRef, Unit } from '../units/unit';

// "not as bad as dope sick from oxy", "worse than benzo withdrawal", "like a bad flu": a withdrawal
// named as a measure of comparison is not the one the writer is in.
const COMPARISON_WORDS = new Set(['as', 'than', 'like', 'unlike']);
const COMPARISON_REACH = 3;
// "when people stop", "once you quit, …", "Quit Nov 1st": a stop with no object.
const OBJECTLESS_NEXT = new Set(['PUNCT', 'ADV', 'CCONJ', 'SCONJ', 'ADP']);
const WITHDRAWAL_NAME = /withdrawal/i;

/**
 * The withdrawal a sentence says the writer (or the person written about) is now in: one it names
 * outside a comparison ("day 3 of kratom withdrawal"), the withdrawal of a substance it says was
 * stopped ("kicked it last friday", "coming off oxycodone"), or, after a stop with no object ("I was
 * on oxys and quit cold turkey", "when people stop"), the withdrawal of the substance the sentence
 * named before it, else of the substance the text is about. `byStopping`: the sentence says the
 * stop itself, so what it goes on to name is what the stop brings ("users who stop suddenly may
 * notice irritability"), not a report of signs.
 */
export function enteredWithdrawal(units: readonly Unit[], context: SentenceContext): { withdrawal: EntityRef; byStopping: boolean } | undefined {
  let entered: { withdrawal: EntityRef; byStopping: boolean } | undefined;
  const enter = (withdrawal: EntityRef | undefined, byStopping: boolean): void => {
    if (withdrawal) entered = { withdrawal, byStopping: byStopping || entered?.byStopping === true };
  };
  units.forEach((unit, index) => {
    const tapered = unit.entity?.kind === 'Strategy' && TAPER.test(unit.entity.name) ? taperedSubstance(units, index, context) : undefined;
    if (unit.entity?.kind === 'Condition' && WITHDRAWAL_NAME.test(unit.entity.name) && !isCompared(units, index)) enter(unit.entity, false);
    else if ((unit.entity?.kind === 'Substance' || unit.anaphor) && isStopped(units, index)) {
      const stopped = unit.entity ? [unit.entity] : context.resolve(units, index, ['Substance']);
      enter(stopped.map((substance) => context.withdrawalFrom(substance)).find((found) => found !== undefined), !saidByStopper(units, index));
    } else if (tapered) {
      // "Kratom taper journal", "tapering off kratom": a taper is a slow stop, and the account is of its withdrawal.
      enter(context.withdrawalFrom(tapered), false);
    } else if ((unit.entity?.kind === 'Factor' && isSuddenStop(unit.entity)) || isObjectlessStop(units, index)) {
      // "Kratom, like other opioids, is hard to stop": what a comparison sets beside the subject is not what stops.
      const named = units.slice(0, index).flatMap((before, at) => (before.entity?.kind === 'Substance' && !isCompared(units, at) ? [before.entity] : []));
      const substance = named[named.length - 1] ?? context.topicSubstance();
      enter(substance && context.withdrawalFrom(substance), !saidByStopper(units, index));
    }
  });
  return entered;
}

const TAPER = /taper/i;

/**
 * The substance a taper is of: named right before it ("my kratom taper"), after "off" ("tapering off
 * kratom"), or inside the vocabulary's term for the taper ("tapering off kratom" is one term).
 */
function taperedSubstance(units: readonly Unit[], index: number, context: SentenceContext): EntityRef | undefined {
  const before = units[index - 1]?.entity;
  if (before?.kind === 'Substance') return before;
  const inside = / off (.+)$/i.exec(units[index]!.text)?.[1];
  const named = inside ? context.provisional(inside, 'Substance') : undefined;
  if (named && !named.provisional) return named;
  const at = units[index + 1]?.lemma === 'off' ? index + 2 : / off$/i.test(units[index]!.text) ? index + 1 : -1;
  const after = units[at]?.entity;
  return after?.kind === 'Substance' ? after : undefined;
}

// "i cold turkeyed from 30g and it was hell, no sleep, sweats": the writer's own stop, told with what
// followed; "When Danny decided to stop, he had a rough two weeks: …", "He stopped abruptly": someone's.
const ONE_PERSON = new Set(['i', 'we', 'he', 'she']);
const STOP_REACH = 4;

/**
 * Whether the stop at `index` is one person's ("i cold turkeyed", "I quit kratom", "When Danny decided
 * to stop"): the symptoms the sentence goes on to name are then the signs that person had, as in any
 * account of a withdrawal, not what a stop brings in general ("users who stop suddenly may notice
 * irritability", "when you stop, …").
 */
function saidByStopper(units: readonly Unit[], index: number): boolean {
  const from = Math.max(0, index - STOP_REACH);
  return units.slice(from, index).some((unit, at) => (ONE_PERSON.has(unit.lemma) && unit.pos === 'PRON') || isPersonsName(units, from + at));
}

/**
 * "Danny", "Marcus": a name the vocabulary does not know; not a plural the tagger took for a name
 * because it opens the sentence ("Users who stop …"), nor a word that opens it before a noun ("Daily users …").
 */
function isPersonsName(units: readonly Unit[], at: number): boolean {
  const unit = units[at]!;
  const next = units[at + 1];
  const word = unit.text.toLowerCase();
  const opening = at === 0 && next?.pos !== 'VERB' && next?.pos !== 'AUX';
  return unit.pos === 'PROPN' && !unit.entity && lemmatizer.noun(word) === word && next?.lemma !== 'who' && !opening;
}

/** "abrupt cessation" ("cold turkey", "quitting cold turkey"): a stop that names no substance. */
const isSuddenStop = (factor: EntityRef): boolean => /cessation/i.test(factor.name);

// "decided to stop last spring", "quit this week": a time after the verb is no object.
const TIME_DETERMINERS = new Set(['last', 'this', 'next', 'that', 'one']);
const TIME_NOUNS = new Set(['day', 'week', 'month', 'year', 'night', 'morning', 'evening', 'weekend', 'spring', 'summer', 'autumn', 'fall', 'winter', 'time']);
// "Quit Nov 1st", "stopped Monday", "quit yesterday", "quit 3 weeks ago": when, not what.
const DATE_WORDS = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|(mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight)$/i;
const isDate = (unit: Unit): boolean => DATE_WORDS.test(unit.text) && !unit.entity;

function isObjectlessStop(units: readonly Unit[], index: number): boolean {
  const unit = units[index]!;
  const next = units[index + 1];
  const timeAfter = next !== undefined && (((TIME_DETERMINERS.has(next.lemma) || next.pos === 'NUM') && TIME_NOUNS.has(units[index + 2]?.lemma ?? '')) || isDate(next));
  return unit.pos === 'VERB' && STOP_VERBS.has(unit.lemma) && (next === undefined || timeAfter || (OBJECTLESS_NEXT.has(next.pos) && next.lemma !== 'off' && !next.entity)) && !stoppedOnItsOwn(units, index);
}

const THINGS = new Set(['it', 'they', 'that', 'this', 'which']);
const SIGN_KINDS = new Set(['Symptom', 'Condition']);

// What may stand between a stop and its subject: "would", "just", "not" ("the yawning that would not stop").
const BEFORE_STOP = new Set(['AUX', 'ADV', 'PART']);

/** "one loperamide and it stopped", "the sweats wouldn't stop": a thing or a sign that stopped (or would not), not someone stopping a drug. */
function stoppedOnItsOwn(units: readonly Unit[], index: number): boolean {
  let subject = index - 1;
  while (subject >= 0 && BEFORE_STOP.has(units[subject]!.pos)) subject -= 1;
  const unit = units[subject];
  return unit !== undefined && (THINGS.has(unit.lemma) || (unit.entity !== undefined && SIGN_KINDS.has(unit.entity.kind)));
}

function isCompared(units: readonly Unit[], index: number): boolean {
  return isComparisonStandard(units, index) || units.slice(Math.max(0, index - COMPARISON_REACH), index).some((unit) => COMPARISON_WORDS.has(unit.lemma));
}
