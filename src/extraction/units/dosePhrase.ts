import { DOSE_UNITS, DOSING_WORDS } from '../lexicon/dosing';
import type { Unit } from './unit';

const MAX_DOSE_PHRASE = 6;

const isDoseWord = (unit: Unit): boolean => unit.pos === 'NUM' || DOSE_UNITS.has(unit.lemma) || DOSING_WORDS.has(unit.lemma);

/**
 * Where a dose written right after a drug's name ends ("Clonidine 100 mcg 22:00 …": a number, the
 * unit it is measured in, then how often, by which route, at what time): the index after it, or
 * undefined when no number with a unit follows `from`.
 */
export function doseEnd(units: readonly Unit[], from: number): number | undefined {
  if (units[from]?.pos !== 'NUM' || !DOSE_UNITS.has(units[from + 1]?.lemma ?? '')) return undefined;
  let end = from + 2;
  while (end < from + MAX_DOSE_PHRASE && units[end] && isDoseWord(units[end]!)) end += 1;
  return end;
}

/** Where a dose that ends right before `index` begins (the drug's name stands before it), if one does. */
export function doseStart(units: readonly Unit[], index: number): number | undefined {
  for (let start = index - 2; start >= Math.max(0, index - MAX_DOSE_PHRASE); start -= 1) {
    if (!isDoseWord(units[start]!)) return undefined;
    if (doseEnd(units, start) === index) return start;
  }
  return undefined;
}
