import type { EntityRef, Unit } from '../units/unit';

const BACK_REFERENCES = new Set(['it', 'this', 'that']);
const NAMING = new Set(['call', 'know', 'term', 'dub', 'diagnose', 'label']);
const MAX_GAP = 3;

/**
 * The condition a sentence names what the sentence before described as ("…the flatness set in: no
 * motivation, no pleasure. A counsellor called it post-acute withdrawal.", "This is known as PAWS.",
 * "My doctor said it was PAWS"): a pronoun for what came before, a verb of naming or "be", then a
 * condition. The signs the sentence before reported are that condition's.
 */
export function namedAfterwards(units: readonly Unit[]): EntityRef | undefined {
  for (let index = 0; index < units.length; index += 1) {
    if (!BACK_REFERENCES.has(units[index]!.lemma)) continue;
    const verbs = units.slice(Math.max(0, index - 1), index + MAX_GAP + 1);
    const condition = units.slice(index + 1, index + MAX_GAP + 2).find((unit) => unit.entity);
    if (condition?.entity?.kind !== 'Condition') continue;
    const naming = verbs.some((unit) => NAMING.has(unit.lemma)) || units[index + 1]?.lemma === 'be';
    if (naming) return condition.entity;
  }
  return undefined;
}
