import type { Unit } from '../units/unit';
import type { Trigger } from './findTriggers';
import type { Pair } from './pair';

// "left me sweating", "makes you shaky", "gave me the chills": a cause phrase whose object is the person.
const EXPERIENCER_VERBS = new Set(['leave', 'make', 'give', 'get', 'keep']);
const PERSONS = new Set(['me', 'you', 'u', 'ya', 'him', 'her', 'us', 'them', 'people', 'ppl', 'everyone', 'patients', 'users']);

/**
 * A withdrawal that "left me sweating and shaking" is described by what the person went through:
 * the signs it presents with, not complications it brings on ("withdrawal can cause seizures").
 */
export function asExperiencedSigns(units: readonly Unit[], trigger: Trigger, pair: Pair): Pair {
  if (pair.type !== 'CAUSES' || pair.source.kind !== 'Condition' || pair.target.kind !== 'Symptom') return pair;
  if (elaborates(units, trigger, pair)) return { ...pair, type: 'PRESENTS_WITH' };
  if (!EXPERIENCER_VERBS.has(trigger.head) || !units.slice(trigger.first + 1, trigger.first + 3).some((unit) => PERSONS.has(unit.text.toLowerCase()))) return pair;
  return { ...pair, type: 'PRESENTS_WITH' };
}

/**
 * "Stopping brings on a withdrawal syndrome: myalgia, yawning and insomnia": the condition is what the
 * trigger brings on, and the signs after its colon spell it out; they are its signs, not its effects.
 */
const elaborates = (units: readonly Unit[], trigger: Trigger, pair: Pair): boolean =>
  pair.sourceIndex > trigger.last &&
  units.slice(trigger.last + 1, pair.sourceIndex).every((unit) => OBJECT_MODIFIERS.has(unit.pos)) &&
  pair.targetIndex > pair.sourceIndex &&
  units.slice(pair.sourceIndex + 1, pair.targetIndex).some((unit) => unit.lemma === ':');

// What may stand between the trigger and the condition it brings on ("a severe withdrawal"); never "from", "by".
const OBJECT_MODIFIERS = new Set(['DET', 'ADJ', 'ADV']);
