import type { EntityRef, Unit } from '../units/unit';

/**
 * The symptoms of a list that ends right before `end`, read backwards over the words that may join
 * its items (`joiners`: "the sweats and the shakes", "sweating, anxiety and"), and the index of the
 * first unit before the list (-1 at the sentence's start).
 */
export function signsBefore(units: readonly Unit[], end: number, joiners: ReadonlySet<string>): { signs: EntityRef[]; before: number } {
  const signs: EntityRef[] = [];
  let at = end - 1;
  for (; at >= 0; at -= 1) {
    const unit = units[at]!;
    if (unit.entity?.kind === 'Symptom') signs.push(unit.entity);
    else if (!joiners.has(unit.lemma)) break;
  }
  return { signs, before: at };
}
