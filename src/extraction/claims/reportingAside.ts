import type { Unit } from '../units/unit';

// "which he said did not help", "which she swears made it bearable": who said it, set inside a clause.
const SAYING = new Set(['say', 'swear', 'insist', 'tell', 'claim', 'admit', 'note']);
const SPEAKERS = new Set(['he', 'she', 'they', 'i', 'we', 'you']);
const RELATIVES = new Set(['which', 'that', 'who']);

/**
 * The units without a reporting aside after a relative pronoun ("hydroxyzine, which he says didn't
 * help", "a taper, which he swears made it bearable"): the clause is about what "which" stands for,
 * and the speaker is no argument of its verb. Verbs of belief ("which he thinks helped") hedge and stay.
 */
export function withoutReportingAsides(units: readonly Unit[]): readonly Unit[] {
  const aside = units.findIndex((unit, at) => at > 0 && RELATIVES.has(units[at - 1]!.lemma) && (SPEAKERS.has(unit.lemma) || (unit.pos === 'PROPN' && !unit.entity)) && SAYING.has(units[at + 1]?.lemma ?? ''));
  if (aside < 0) return units;
  const rest = units[aside + 2]?.lemma === 'that' ? aside + 3 : aside + 2;
  return withoutReportingAsides([...units.slice(0, aside), ...units.slice(rest)]);
}
