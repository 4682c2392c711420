import type { Unit } from './unit';

/**
 * "opioid-like sedation", "stimulant-like effects", "flu-like": a name with "-like" after it
 * describes what follows as resembling that thing; it names nothing, so it is one adjective.
 */
export function likenesses(units: readonly Unit[]): Unit[] {
  const merged: Unit[] = [];
  for (let index = 0; index < units.length; index += 1) {
    const unit = units[index]!;
    const hyphen = units[index + 1];
    const like = units[index + 2];
    if (unit.entity && hyphen?.lemma === '-' && hyphen.start === unit.end && like?.lemma === 'like' && like.start === hyphen.end) {
      merged.push({ start: unit.start, end: like.end, text: `${unit.text}-like`, lemma: `${unit.text.toLowerCase()}-like`, pos: 'ADJ' });
      index += 2;
    } else merged.push(unit);
  }
  return merged;
}
