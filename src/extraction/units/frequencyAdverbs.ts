import type { Unit } from './unit';

const FREQUENTLY = new Set(['often', 'commonly', 'frequently']);

/**
 * "61% reported withdrawal symptoms, most often muscle aches, irritability and insomnia": "most often"
 * (or "most commonly", "most frequently") introduces examples as "mostly" does, so the two words are
 * one unit read as "mostly", where a comma sets it after what it gives examples of.
 */
export function frequencyAdverbs(units: readonly Unit[]): Unit[] {
  const merged: Unit[] = [];
  for (let index = 0; index < units.length; index += 1) {
    const unit = units[index]!;
    const next = units[index + 1];
    if (unit.lemma === 'most' && next && FREQUENTLY.has(next.lemma) && units[index - 1]?.lemma === ',') {
      merged.push({ start: unit.start, end: next.end, text: `${unit.text} ${next.text}`, lemma: 'mostly', pos: 'ADV' });
      index += 1;
    } else merged.push(unit);
  }
  return merged;
}
