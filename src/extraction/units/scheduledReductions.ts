import type { Vocabulary } from '../types';
import { entryRef, type Unit } from './unit';

const TAPERING = 'strategy:tapering';
const REDUCING = new Set(['cut', 'drop', 'reduce', 'lower', 'decrease', 'shave']);
const PERIODS = new Set(['day', 'week', 'wk', 'month', 'fortnight', 'night']);
// "by about a gram", "~10%", "my daily total", "10–25 percent": the amount and what it is cut from.
const AMOUNT_WINDOW = 8;
// "every 3-4 days", "every week or two", "every 1–2 wks": the count before the period.
const PERIOD_WINDOW = 4;
// An amount never runs over a clause; a named drug, sign or condition inside is no amount.
const STOPS = new Set([',', ';', ':', '.', '(', ')']);
const NAMED_KINDS = new Set(['Substance', 'Compound', 'Condition', 'Symptom', 'Receptor']);

/**
 * "I dropped 1g every 3 days", "Cut by maybe ten percent every week or two", "reduce daily dose by
 * 10–25% every 1–2 wk": a reduction repeated on a schedule is a taper, whatever words say so, so
 * the phrase is one unit naming tapering, and its verb no longer reads as relieving the dose.
 */
export function scheduledReductions(units: readonly Unit[], vocabulary: Vocabulary): Unit[] {
  const tapering = vocabulary.byId.get(TAPERING);
  if (!tapering) return [...units];
  const merged: Unit[] = [];
  for (let index = 0; index < units.length; index += 1) {
    const unit = units[index]!;
    const last = REDUCING.has(unit.lemma) && !unit.entity ? scheduleEnd(units, index) : -1;
    if (last < 0) {
      merged.push(unit);
      continue;
    }
    const end = units[last]!.end;
    merged.push({ start: unit.start, end, text: units.slice(index, last + 1).map((word) => word.text).join(' '), lemma: tapering.name, pos: 'ENTITY', entity: entryRef(tapering) });
    index = last;
  }
  return merged;
}

/** The index of the period that closes "<reduce> … every … <period>", else -1. */
function scheduleEnd(units: readonly Unit[], verb: number): number {
  for (let at = verb + 1; at <= verb + AMOUNT_WINDOW && at < units.length; at += 1) {
    const unit = units[at]!;
    if (STOPS.has(unit.text) || NAMED_KINDS.has(unit.entity?.kind ?? '')) return -1;
    if (unit.lemma !== 'every') continue;
    for (let period = at + 1; period <= at + PERIOD_WINDOW && period < units.length; period += 1) {
      if (PERIODS.has(units[period]!.lemma.replace(/s$/, ''))) return period;
      if (STOPS.has(units[period]!.text)) return -1;
    }
    return -1;
  }
  return -1;
}
