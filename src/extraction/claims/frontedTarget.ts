import { RELIEF } from '../lexicon/triggerLexicon';
import type { Unit } from '../units/unit';
import { type Group, groupsAfter } from './argumentGroups';
import type { Trigger } from './findTriggers';

// Words a sentence may open with before its "for" ("honestly, for the cravings …", "4.5 For kratom withdrawal …").
const OPENER_POS = new Set(['INTJ', 'ADV', 'PUNCT', 'CCONJ', 'NUM']);

/**
 * "For the sleep thing, some people swear by magnesium", "for cravings nothing beats methadone": a
 * fronted "for" phrase names what the remedy of the main clause is for. It stands as the trigger's
 * object, farther than any object of its own.
 */
export function frontedTarget(units: readonly Unit[], trigger: Trigger): Group[] {
  if (trigger.family !== RELIEF || trigger.head === 'for') return [];
  let index = 0;
  while (index < trigger.first && OPENER_POS.has(units[index]!.pos)) index += 1;
  if (units[index]?.lemma !== 'for' || index + 1 >= trigger.first) return [];
  const group = groupsAfter(units, index + 1, { first: index, last: index })[0];
  if (!group || group.last >= trigger.first || group.items.some((item) => item.unit.entity && !['Symptom', 'Condition'].includes(item.unit.entity.kind))) return [];
  return [{ ...group, side: 'right', distance: units.length }];
}
