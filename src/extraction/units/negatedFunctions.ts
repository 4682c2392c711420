import { ABSENCE_WORDS, ABSENT_DRIVES, NEGATABLE_FUNCTION_VERBS } from '../lexicon/functionTargets';
import type { Vocabulary } from '../types';
import { entryRef, type Unit } from './unit';

const NEGATIONS = new Set(['not', 'never']);
const ABSENCE = new Set(ABSENCE_WORDS);
// "never slept better", "haven't eaten so well in years": a function said to be better than before is not lost.
const IMPROVED = new Set(['good', 'better', 'best']);
const IMPROVED_REACH = 3;

/**
 * A function said not to work by its subject ("i havent slept more than 2 hrs", "couldn't eat
 * for days", "can't focus") or a drive said to be absent ("no motivation", "no-pleasure stuff"),
 * names the symptom of its loss, as one unit that takes the negation with it: the sentence reports
 * the symptom, it does not deny anything.
 */
export function expandNegatedFunctions(units: readonly Unit[], vocabulary: Vocabulary): Unit[] {
  const expanded = [...units];
  for (let index = 0; index < expanded.length; index += 1) {
    const span = negatedVerb(expanded, index) ?? absentDrive(expanded, index);
    if (!span) continue;
    const entry = vocabulary.byId.get(span.loss);
    if (!entry || entry.kind !== 'Symptom') continue;
    const text = expanded.slice(span.first, span.last + 1).map((unit) => unit.text).join(' ');
    expanded.splice(span.first, span.last - span.first + 1, {
      start: expanded[span.first]!.start,
      end: expanded[span.last]!.end,
      text,
      lemma: entry.name,
      pos: 'ENTITY',
      entity: entryRef(entry),
    });
    index = span.first;
  }
  return expanded;
}

/** "n't sleep", "never slept" (an adverb may stand between: "not really sleeping"), not followed by a word of improvement. */
function negatedVerb(units: readonly Unit[], index: number): { first: number; last: number; loss: string } | undefined {
  const unit = units[index]!;
  if (unit.pos !== 'VERB' || unit.entity) return undefined;
  const found = NEGATABLE_FUNCTION_VERBS.find((entry) => entry.verbs.includes(unit.lemma) && (!entry.complement || units[index + 1]?.lemma === entry.complement));
  if (!found) return undefined;
  const last = found.complement ? index + 1 : index;
  let before = index - 1;
  if (units[before]?.pos === 'ADV' && !NEGATIONS.has(units[before]!.lemma)) before -= 1;
  if (!NEGATIONS.has(units[before]?.lemma ?? '') || !hasSubject(units, before)) return undefined;
  if (units.slice(last + 1, last + 1 + IMPROVED_REACH).some((next) => IMPROVED.has(next.lemma))) return undefined;
  return { first: before, last, loss: found.loss };
}

/** "i couldnt", "she never", "my son can't": a subject before the negation (and its auxiliary); "Don't eat first" is advice, not a loss. */
function hasSubject(units: readonly Unit[], negation: number): boolean {
  let before = units[negation - 1]?.pos === 'AUX' ? negation - 2 : negation - 1;
  // "I just can't focus": an adverb may stand between the subject and its auxiliary.
  if (units[before]?.pos === 'ADV') before -= 1;
  const subject = units[before];
  return subject !== undefined && (subject.pos === 'PRON' || subject.pos === 'NOUN' || subject.pos === 'PROPN');
}

/** "no motivation", "no-motivation", "zero appetite": an absence word before a drive or function noun. */
function absentDrive(units: readonly Unit[], index: number): { first: number; last: number; loss: string } | undefined {
  if (!ABSENCE.has(units[index]!.lemma) || units[index]!.entity) return undefined;
  const nounAt = units[index + 1]?.text === '-' ? index + 2 : index + 1;
  const noun = units[nounAt];
  if (!noun || noun.entity) return undefined;
  const found = ABSENT_DRIVES.find((entry) => entry.words.includes(noun.lemma));
  return found ? { first: index, last: nounAt, loss: found.loss } : undefined;
}
