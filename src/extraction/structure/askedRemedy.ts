import { findTriggers } from '../claims/findTriggers';
import { RELIEF } from '../lexicon/triggerLexicon';
import type { EntityRef, Unit } from '../units/unit';

const ASKING_WORDS = new Set(['what', 'which']);
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
  const asking = units[0] && YES_NO_OPENERS.has(units[0].lemma) && units[units.length - 1]?.lemma === '?' ? 0 : units.findIndex((unit) => ASKING_WORDS.has(unit.lemma));
  const trigger = findTriggers(units).find((found) => found.family === RELIEF && found.first > asking);
  if ((asking < 0 && !heading) || !trigger) return undefined;
  const named = units.slice(trigger.last + 1).find((unit) => unit.entity && ASKED_KINDS.has(unit.entity.kind));
  return named?.entity ?? talkedAbout;
}
