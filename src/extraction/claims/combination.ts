import { OUTCOME_KINDS } from '../../domain/entityKinds';
import { CAUSE } from '../lexicon/triggerLexicon';
import type { EntityRef, Unit } from '../units/unit';
import type { Group } from './argumentGroups';
import type { Trigger } from './findTriggers';
import type { Pair } from './pair';
import type { SentenceContext } from './sentenceContext';

const COMBINING = new Set(['combine', 'combining', 'combined', 'combination', 'mix', 'mixing', 'mixed']);
const MAX_OBJECT_WORDS = 4;

const combining = (unit: Unit | undefined): boolean => unit !== undefined && (COMBINING.has(unit.lemma) || COMBINING.has(unit.text.toLowerCase()));

/**
 * Whether the argument at `index` is one of several substances taken together: the object of a
 * combining verb ("combining kratom with …"), what it is combined with ("mix kratom with gabapentin"),
 * or the subject of a passive one ("when kratom is combined with other substances").
 */
export function isCombined(units: readonly Unit[], index: number): boolean {
  let before = index - 1;
  while (before >= 0 && units[before]!.pos === 'DET') before -= 1;
  if (combining(units[before])) return true;
  if (units[before]?.lemma === 'with' && units.slice(Math.max(0, before - MAX_OBJECT_WORDS), before).some(combining)) return true;
  // "using kratom together with other drugs", "taking it with other sedatives": the object of a verb of taking, taken with others.
  if (taking(units[before]) && takenWith(units, index + 1)) return true;
  return units[index + 1]?.lemma === 'be' && combining(units[index + 2]) && units[index + 3]?.lemma === 'with';
}

/** Whether a sentence speaks of substances taken together ("when kratom is combined with …", "mixing it with …", "using kratom together with other drugs"). */
export function speaksOfCombination(units: readonly Unit[]): boolean {
  return units.some((unit, index) => (combining(unit) && units.slice(index + 1, index + 2 + MAX_OBJECT_WORDS).some((next) => next.lemma === 'with')) || takenTogether(units, index));
}

const TOGETHER = new Set(['together', 'along', 'alongside']);
const TAKING = new Set(['use', 'using', 'take', 'taking', 'drink', 'drinking', 'consume', 'consuming']);
const OTHER_SUBSTANCES = new Set(['drug', 'substance', 'sedative', 'medication', 'medicine', 'pill', 'depressant', 'opioid']);
const taking = (unit: Unit | undefined): boolean => unit !== undefined && TAKING.has(unit.lemma);

/** After what is taken, "together with …", "with other drugs" or "with alcohol" (not "with food"): where it says it is taken with others. */
function takenWith(units: readonly Unit[], at: number): boolean {
  if (TOGETHER.has(units[at]?.lemma ?? '') && units[at + 1]?.lemma === 'with') return true;
  if (units[at]?.lemma !== 'with') return false;
  return (units[at + 1]?.lemma === 'other' && OTHER_SUBSTANCES.has(units[at + 2]?.lemma ?? '')) || units[at + 1]?.entity?.kind === 'Substance';
}

/** "using kratom together with other drugs", "taking it with other sedatives": a verb of taking whose object is taken with others. */
function takenTogether(units: readonly Unit[], index: number): boolean {
  return taking(units[index]) && units.slice(index + 1, index + 1 + MAX_OBJECT_WORDS).some((_, at) => takenWith(units, index + 1 + at));
}

// Modals that make a clause a warning of what can happen, not a report of what did.
const MODALS = new Set(['can', 'could', 'may', 'might', 'will']);

/**
 * Whether the nearest group before a trigger names its agents as one collective in a warning:
 * "Together they can slow your breathing", "kratom and alcohol together may damage the liver". What
 * the group can do it does as a combination, not member by member ("both can …" stays distributive).
 * A report of what happened ("… together led to a seizure", "… may have caused it") names each
 * exposure as an agent, and so does a bare "plus", which writers use for "and" as often as for "with".
 */
export function isCollective(units: readonly Unit[], group: Group | undefined, trigger: Trigger): boolean {
  if (group === undefined || group.side !== 'left' || group.contrast) return false;
  const between = units.slice(group.last + 1, trigger.first);
  // "… may have caused the seizure" guesses at what happened: a report still.
  if (!between.some((unit) => MODALS.has(unit.lemma)) || between.some((unit) => unit.lemma === 'have')) return false;
  // Not "kratom together with other drugs", a combination with a partner (isCombined).
  return units[group.first - 1]?.lemma === 'together' || (units[group.last + 1]?.lemma === 'together' && units[group.last + 2]?.lemma !== 'with');
}

/** The vocabulary's polysubstance use (provisional when a vocabulary lacks it). */
export const polysubstanceUse = (context: SentenceContext): EntityRef => context.provisional('polysubstance use', 'Factor');


/**
 * "Seizures are more likely when kratom is combined with other substances": in a sentence that
 * speaks of substances taken together, or whose agents are one collective ("together they can …"),
 * what a cause trigger brings on is brought on by the combination too (polysubstance use
 * CONTRIBUTES_TO it), beside whatever else the trigger pairs.
 */
export function combinationPairs(units: readonly Unit[], trigger: Trigger, groups: readonly Group[], made: readonly Pair[], context: SentenceContext): Pair[] {
  if (trigger.family !== CAUSE || !(speaksOfCombination(units) || isCollective(units, groups.find((group) => group.side === 'left'), trigger))) return [];
  const source = polysubstanceUse(context);
  if (source.provisional || made.some((pair) => pair.source.id === source.id)) return [];
  return groups.flatMap((group) =>
    group.contrast ? [] : group.items.flatMap((item): Pair[] => {
      const target = item.unit.entity;
      return target && OUTCOME_KINDS.has(target.kind) ? [{ type: 'CONTRIBUTES_TO', source, target, targetIndex: item.index, sourceIndex: -1 }] : [];
    }),
  );
}
