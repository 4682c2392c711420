import type { EntityKind } from '../../domain/entityKinds';
import { isContrast } from '../claims/argumentGroups';
import type { EntityRef, Unit } from '../units/unit';
import { dedupe, type Discourse } from './discourse';

const PAIR_WORDS = new Set(['both', 'neither']);

/**
 * The entities an anaphor stands for, among `kinds`: first from the sentence before it (the first
 * fitting entity for "it", every fitting one for "they", "both alkaloids"), then from earlier
 * sentences; bare "withdrawal" is the withdrawal named last.
 */
export function resolveAnaphor(units: readonly Unit[], index: number, kinds: readonly EntityKind[], discourse: Discourse): EntityRef[] {
  const anaphor = units[index]!.anaphor;
  if (!anaphor || kinds.length === 0) return [];
  // "Unlike opioid painkillers, it …": what a contrast sets apart is never what the pronoun means.
  const before = units.slice(0, index).flatMap((unit, at) => (unit.entity && kinds.includes(unit.entity.kind) && !isContrast(units, at) ? [unit.entity] : []));
  if (anaphor.kind === 'withdrawal') {
    const named = [...before].reverse().find((entity) => /withdrawal/i.test(entity.name));
    // "kratom dependence, and stopping suddenly may cause withdrawal": the withdrawal of the dependence
    // the sentence named (a substance named beside it may be what relieves the withdrawal instead).
    const fromSubstance = units.slice(0, index).reverse().flatMap((unit) => (unit.entity?.kind === 'Condition' ? [discourse.withdrawalFrom(unit.entity)] : [])).find((entity) => entity !== undefined);
    const found = named ?? fromSubstance ?? discourse.withdrawal();
    return found && kinds.includes(found.kind) ? [found] : [];
  }
  if (anaphor.kind === 'singular') return before.length > 0 ? [before[0]!] : discourse.latest(kinds, false);
  const found = before.length > 0 ? dedupe(before) : discourse.latest(kinds, true);
  // "Both" and "neither" stand for two: the first pair named, not every entity of that sentence.
  return PAIR_WORDS.has(units[index]!.lemma) ? found.slice(0, 2) : found;
}
