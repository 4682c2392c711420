import { CAUSE, RELIEF } from '../lexicon/triggerLexicon';
import type { Unit } from '../units/unit';
import type { Trigger } from './findTriggers';

const MAX_PERSON_WORDS = 3;
const PERSON_POS = new Set(['PRON', 'DET', 'ADJ', 'NOUN']);

/**
 * "counselling helps many people manage cravings", "helps you cope with …": a "help" whose
 * complement is a relief verb of its own says nothing itself; the complement's trigger carries the
 * claim (without this, the "help" would take the condition talked about as its object).
 */
export function helpsAnotherTrigger(units: readonly Unit[], trigger: Trigger, triggers: readonly Trigger[]): boolean {
  if (trigger.family !== RELIEF || trigger.head !== 'help' || trigger.first !== trigger.last) return false;
  return triggers.some((other) => {
    if (other === trigger || other.family !== RELIEF || other.first <= trigger.last || other.first > trigger.last + 1 + MAX_PERSON_WORDS) return false;
    return units.slice(trigger.last + 1, other.first).every((unit) => !unit.entity && !unit.anaphor && PERSON_POS.has(unit.pos));
  });
}

const MAX_DETERMINER_WORDS = 3;
const DETERMINER_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM']);
const RELIEF_COMPLEMENT = new Set(['in', 'of', 'for', 'with']);

/**
 * "Trazodone produced no improvement in insomnia", "clonidine led to a marked reduction in
 * sweating": a verb of causing whose object is a relief noun says nothing itself; the relief noun's
 * trigger carries the claim (without this, the drug would also "cause" insomnia).
 */
export function causesARelief(units: readonly Unit[], trigger: Trigger, triggers: readonly Trigger[]): boolean {
  if (trigger.family !== CAUSE) return false;
  return triggers.some((other) => {
    // Only a relief noun with its own complement ("improvement in", "reduction of"); "produces analgesia and sedation" causes both.
    const complement = [units[other.last]?.lemma, units[other.last + 1]?.lemma].some((lemma) => RELIEF_COMPLEMENT.has(lemma ?? ''));
    if (other.family !== RELIEF || units[other.first]!.pos !== 'NOUN' || !complement) return false;
    if (other.first <= trigger.last || other.first > trigger.last + 1 + MAX_DETERMINER_WORDS) return false;
    return units.slice(trigger.last + 1, other.first).every((unit) => !unit.entity && !unit.anaphor && DETERMINER_POS.has(unit.pos));
  });
}
