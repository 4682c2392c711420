import { RELIEF } from '../lexicon/triggerLexicon';
import type { Unit } from '../units/unit';
import { type Group, groupsAfter } from './argumentGroups';
import type { Trigger } from './findTriggers';

// Words a sentence may open with before its "for" ("honestly, for the cravings …", "4.5 For kratom withdrawal …").
const OPENER_POS = new Set(['INTJ', 'ADV', 'PUNCT', 'CCONJ', 'NUM']);
// What may introduce the fronted topic: "for the cravings", "as for the insomnia", "regarding sleep", "when it comes to sleep".
const TOPIC_INTRODUCERS = [['for'], ['as', 'for'], ['as', 'to'], ['regarding'], ['when', 'it', 'come', 'to']];

/**
 * "For the sleep thing, some people swear by magnesium", "for cravings nothing beats methadone", "as for
 * the insomnia, trazodone helped a bit": a fronted topic names what the remedy of the main clause is
 * for. It stands as the trigger's object, farther than any object of its own.
 */
export function frontedTarget(units: readonly Unit[], trigger: Trigger): Group[] {
  if (trigger.family !== RELIEF || trigger.head === 'for') return [];
  let index = 0;
  while (index < trigger.first && OPENER_POS.has(units[index]!.pos)) index += 1;
  const introducer = TOPIC_INTRODUCERS.find((words) => words.every((lemma, offset) => units[index + offset]?.lemma === lemma));
  const last = index + (introducer?.length ?? 0) - 1;
  if (last + 1 >= trigger.first) return [];
  const group = groupsAfter(units, last + 1, { first: index, last })[0];
  if (!group || group.last >= trigger.first || group.items.some((item) => item.unit.entity && !['Symptom', 'Condition'].includes(item.unit.entity.kind))) return [];
  // With no word to introduce it, a topic is set apart by a contrast marker and a comma: "the insomnia though, …".
  if (!introducer && !(group.first <= index + 1 && setApartAsTopic(units, group.last + 1))) return [];
  return [{ ...group, side: 'right', distance: units.length }];
}

// "the insomnia though, trazodone helped", "insomnia on the other hand, …": a topic set apart.
const TOPIC_MARKERS = [['though', ','], ['tho', ','], ['on', 'the', 'other', 'hand', ','], ['anyway', ',']];

function setApartAsTopic(units: readonly Unit[], at: number): boolean {
  return TOPIC_MARKERS.some((words) => words.every((lemma, offset) => units[at + offset]?.lemma === lemma));
}
