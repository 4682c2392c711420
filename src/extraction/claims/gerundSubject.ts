import { CAUSE, RELIEF } from '../lexicon/triggerLexicon';
import { isArgument, type Unit } from '../units/unit';
import type { Group } from './argumentGroups';
import type { Trigger } from './findTriggers';

// Gerunds of taking a substance: "taking it while …", "starting buprenorphine too early …".
const TAKING = new Set(['take', 'start', 'use', 'give', 'inject', 'restart', 'begin', 'mix', 'combine']);
const CLAUSE_START = new Set([',', ';', ':', 'and', 'but', 'why', 'that', 'because', 'so']);

/**
 * "taking it while kratom is still in your body brings on withdrawal", "starting it too soon after
 * a large kratom dose can trigger precipitated withdrawal": when the subject of a cause or relief
 * is a gerund of taking, what is taken is the only agent; a noun phrase in the adjunct after it
 * (while …, after …) or before the gerund's clause is none.
 */
export function gerundObjectOnly(units: readonly Unit[], trigger: Trigger, group: Group): Group[] {
  if ((trigger.family !== CAUSE && trigger.family !== RELIEF) || group.side !== 'left') return [group];
  const gerund = gerundSubject(units, trigger.first);
  if (gerund === undefined) return [group];
  const items = group.items.filter((item) => item.index === gerund + 1);
  return items.length > 0 ? [{ ...group, items, first: gerund + 1 }] : [];
}

/** The index of a gerund of taking that opens the trigger's clause and is followed by its object. */
function gerundSubject(units: readonly Unit[], before: number): number | undefined {
  for (let index = before - 1; index >= 0; index -= 1) {
    const unit = units[index]!;
    if (TAKING.has(unit.lemma) && /ing$/i.test(unit.text) && units[index + 1] && isArgument(units[index + 1]!)) {
      const previous = units[index - 1];
      return !previous || CLAUSE_START.has(previous.lemma) ? index : undefined;
    }
    if (CLAUSE_START.has(unit.lemma) && unit.lemma !== ',') return undefined;
  }
  return undefined;
}
