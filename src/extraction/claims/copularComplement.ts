import { isArgument, type Unit } from '../units/unit';
import { type Group, groupsAfter } from './argumentGroups';
import type { Trigger } from './findTriggers';

// What may stand before a noun trigger that opens its sentence ("So the main …", "By far the most common …").
const SUBJECT_MODIFIERS = new Set(['DET', 'ADJ', 'ADV', 'CCONJ', 'INTJ', 'PUNCT', 'NUM']);
// What may stand between the trigger's own phrase and the copula ("the main alkaloid in the leaf is").
const BEFORE_COPULA = new Set(['ADP', 'DET', 'ADJ', 'ADV', 'NOUN']);

/**
 * "The main alkaloid in kratom is mitragynine", "the most common side effect of kratom is
 * constipation", "the best treatment for cravings is buprenorphine": a noun trigger heading the
 * subject, and the complement after "is", say what "mitragynine is the main alkaloid in kratom"
 * says; the complement stands where that sentence's subject would, before the trigger.
 */
export function copularComplement(units: readonly Unit[], trigger: Trigger, after: readonly Group[]): Group[] {
  if (units[trigger.last]?.pos !== 'NOUN' || units.slice(afterLabel(units), trigger.first).some((unit) => !SUBJECT_MODIFIERS.has(unit.pos) || isArgument(unit))) return [];
  let index = Math.max(trigger.last, ...after.map((group) => group.last)) + 1;
  while (index < units.length && BEFORE_COPULA.has(units[index]!.pos) && !isArgument(units[index]!)) index += 1;
  if (units[index]?.lemma !== 'be') return [];
  const complement = groupsAfter(units, index + 1, { first: index, last: index })[0];
  return complement ? [{ ...complement, side: 'left', distance: complement.first - trigger.last }] : [];
}

const MAX_LABEL_WORDS = 2;

/** Where a sentence starts after a line's label ("Adv: main alkaloid in kratom is MG", "Note: …"). */
function afterLabel(units: readonly Unit[]): number {
  const colon = units.findIndex((unit) => unit.text === ':');
  return colon > 0 && colon <= MAX_LABEL_WORDS && units.slice(0, colon).every((unit) => !isArgument(unit)) ? colon + 1 : 0;
}
