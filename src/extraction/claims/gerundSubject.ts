import { CAUSE, RELIEF } from '../lexicon/triggerLexicon';
import { isArgument, type Unit } from '../units/unit';
import type { Group } from './argumentGroups';
import type { Trigger } from './findTriggers';

// Gerunds of taking a substance: "taking it while …", "starting buprenorphine too early …".
const TAKING = new Set(['take', 'start', 'use', 'give', 'inject', 'restart', 'begin', 'mix', 'combine', 'substitute']);
// Gerunds of replacing one thing with another: "replacing kratom with buprenorphine", "swapping kratom
// for alcohol", "switching from kratom to methadone"; what comes in (after the preposition) is the agent.
const REPLACING = new Set(['replace', 'swap', 'trade', 'exchange', 'switch']);
const REPLACED_BY = new Set(['with', 'for', 'to']);
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
  // What comes in may be a list ("swapping kratom for alcohol or sleeping pills"); what is taken is the first object.
  if (REPLACING.has(units[gerund]!.lemma)) return group.first === replacement(units, gerund, trigger.first) ? [group] : [];
  const agent = gerund + 1;
  const items = group.items.filter((item) => item.index === agent);
  return items.length > 0 ? [{ ...group, items, first: agent }] : [];
}

/** "Replacing kratom with buprenorphine relieves …": the argument at `index` is what comes in, the agent, though after a preposition. */
export function isReplacement(units: readonly Unit[], trigger: Trigger, index: number): boolean {
  const gerund = gerundSubject(units, trigger.first);
  return gerund !== undefined && REPLACING.has(units[gerund]!.lemma) && replacement(units, gerund, trigger.first) === index;
}

/** Where what replaces stands: the argument after "with", "for" or "to" between the gerund and the trigger (-1: none). */
function replacement(units: readonly Unit[], gerund: number, before: number): number {
  const preposition = units.findIndex((unit, at) => at > gerund && at < before && REPLACED_BY.has(unit.lemma));
  return preposition > 0 && units[preposition + 1] && isArgument(units[preposition + 1]!) ? preposition + 1 : -1;
}

/** The index of a gerund of taking that opens the trigger's clause and is followed by its object. */
function gerundSubject(units: readonly Unit[], before: number): number | undefined {
  for (let index = before - 1; index >= 0; index -= 1) {
    const unit = units[index]!;
    const next = units[index + 1];
    // "switching to methadone", "switching from kratom to …": a gerund of replacing may come before its preposition.
    const opensObject = next !== undefined && (isArgument(next) || (REPLACING.has(unit.lemma) && (REPLACED_BY.has(next.lemma) || next.lemma === 'from')));
    if ((TAKING.has(unit.lemma) || REPLACING.has(unit.lemma)) && /ing$/i.test(unit.text) && opensObject) {
      const previous = units[index - 1];
      return !previous || CLAUSE_START.has(previous.lemma) ? index : undefined;
    }
    if (CLAUSE_START.has(unit.lemma) && unit.lemma !== ',') return undefined;
  }
  return undefined;
}
