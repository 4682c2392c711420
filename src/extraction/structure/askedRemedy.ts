import { findTriggers } from '../claims/findTriggers';
import { RELIEF } from '../lexicon/triggerLexicon';
import type { EntityRef, Unit } from '../units/unit';
import { askingPhraseEnd } from './filledQuestion';

// "What helps:", "Things that didn't help:", "Stuff that worked:".
const ASKING_WORDS = new Set(['what', 'which', 'thing', 'stuff']);
// "Are there medicines that can help?", "Can anything help?": a yes/no question asks for remedies too.
const YES_NO_OPENERS = new Set(['be', 'can', 'do', 'will', 'could', 'would']);
const ASKED_KINDS = new Set(['Condition', 'Symptom']);

/**
 * "What helps with the symptoms?", "Which medicines ease cravings?": a question or heading that asks
 * for remedies, and what it asks them for (the condition talked about when it names none); a
 * heading may name them without asking ("Managing withdrawal: pharmacological"). Below it, a remedy
 * said to help without an object of its own helps with that.
 */
export function askedRemedy(units: readonly Unit[], talkedAbout: EntityRef | undefined, heading: boolean): EntityRef | undefined {
  const asking = units[0] && YES_NO_OPENERS.has(units[0].lemma) && units[units.length - 1]?.lemma === '?' ? 0 : units.findIndex((unit) => ASKING_WORDS.has(unit.lemma.toLowerCase().replace(/s$/, '')));
  const trigger = findTriggers(units).find((found) => found.family === RELIEF && found.first > asking);
  if ((asking < 0 && !heading) || !trigger || asksObjectOf(units, asking, trigger.first, trigger.last)) return undefined;
  const named = units.slice(trigger.last + 1).find((unit) => unit.entity && ASKED_KINDS.has(unit.entity.kind));
  return named?.entity ?? talkedAbout;
}

const SUBJECT_POS = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ']);

/**
 * "What should I avoid?", "Which drinks should you avoid?", "What does clonidine help?": an auxiliary,
 * then a subject, then the verb that ends the question make the asking phrase the verb's object; the
 * question asks what is avoided or relieved, not what relieves ("What helps?", "What can I take to
 * avoid the cravings?").
 */
function asksObjectOf(units: readonly Unit[], asking: number, first: number, last: number): boolean {
  if (!ASKING_WORDS.has(units[asking]?.lemma ?? '') || units.slice(last + 1).some((unit) => unit.pos !== 'PUNCT')) return false;
  const at = askingPhraseEnd(units, asking, first);
  if (units[at]?.pos !== 'AUX') return false;
  const subject = units.slice(at + 1, first).filter((unit) => unit.pos !== 'ADV');
  return subject.length > 0 && subject.every((unit) => unit.entity !== undefined || SUBJECT_POS.has(unit.pos));
}
