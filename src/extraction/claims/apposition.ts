import { CONTENT } from '../lexicon/triggerLexicon';
import { isArgument, type Unit } from '../units/unit';
import type { Group } from './argumentGroups';
import type { Trigger } from './findTriggers';
import type { SentenceContext } from './sentenceContext';

const MAX_MODIFIERS = 3;
const MODIFIER_POS = new Set(['ADJ', 'ADV', 'NOUN']);

/**
 * "its principal alkaloid, mitragynine, …", "mitragynine, kratom's main alkaloid": a constituent
 * noun's owner is its possessor and its member the name set beside it by commas; both are its
 * arguments, whatever list the commas seem to make. "the main alkaloid, mitragynine": a definite
 * constituent of no one named belongs to the substance the text is about.
 */
export function appositionGroups(units: readonly Unit[], trigger: Trigger, context: SentenceContext): Group[] {
  if (trigger.family !== CONTENT || units[trigger.first]!.pos !== 'NOUN') return [];
  let start = trigger.first - 1;
  while (start >= 0 && trigger.first - start <= MAX_MODIFIERS && MODIFIER_POS.has(units[start]!.pos)) start -= 1;
  // "kratom's main alkaloid": the possessor; "its principal alkaloid": the noun itself stands for the plant.
  const possessor = units[start]?.lemma === "'s" && isArgument(units[start - 1]!) ? start - 1 : units[trigger.first]!.anaphor ? trigger.first : undefined;
  const topic = possessor === undefined && units[start]?.lemma === 'the' ? context.topicSubstance() : undefined;
  if (possessor === undefined && !topic) return [];
  const phraseStart = possessor === undefined ? start : possessor < trigger.first ? possessor : start + 1;
  const member = units[phraseStart - 1]?.lemma === ',' && isArgument(units[phraseStart - 2] ?? units[trigger.first]!) && phraseStart >= 2
    ? phraseStart - 2
    : units[trigger.last + 1]?.lemma === ',' && units[trigger.last + 2] && isArgument(units[trigger.last + 2]!) ? trigger.last + 2 : undefined;
  if (member === undefined) return [];
  const group = (indices: readonly number[], side: 'left' | 'right', unitAt = (index: number) => units[index]!): Group => ({ items: indices.map((index) => ({ unit: unitAt(index), index })), first: indices[0]!, last: indices[indices.length - 1]!, distance: 0, side, contrast: false });
  // The topic stands in the noun's own place, as "its" makes the noun stand for the plant.
  const owner = possessor === undefined ? group([trigger.first], 'left', (index) => ({ ...units[index]!, entity: topic, anaphor: undefined })) : group([possessor], 'left');
  return [owner, member < trigger.first ? group([member], 'left') : group(coordinated(units, member), 'right')];
}

const COORDINATORS = new Set(['and', 'or']);

/** "kratom's main alkaloids, mitragynine and 7-hydroxymitragynine": the member and those joined to it by "and". */
function coordinated(units: readonly Unit[], member: number): number[] {
  const members = [member];
  while (COORDINATORS.has(units[members[members.length - 1]! + 1]?.lemma ?? '') && units[members[members.length - 1]! + 2] && isArgument(units[members[members.length - 1]! + 2]!)) members.push(members[members.length - 1]! + 2);
  return members;
}

/**
 * Where the apposed phrase ends ("kratom's main alkaloid, mitragynine"): what the sentence goes on to
 * say of the member ("… is not detected on the standard immunoassay") neither denies nor hedges that
 * the plant contains it.
 */
export function appositionEnd(trigger: Trigger, groups: readonly Group[]): number {
  return Math.max(trigger.last, ...groups.map((group) => group.last));
}
