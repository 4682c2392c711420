import { DRUG_KINDS } from '../../domain/entityKinds';
import type { EntityRef, Unit } from '../units/unit';

const JOINING = new Set(['and', 'or', '&', ',', '/']);

/**
 * The medicines a heading names and nothing else ("Clonidine and lofexidine", "Loperamide"): what
 * the section under it is about, whose side effects it lists without naming them again.
 */
export function headingDrugs(units: readonly Unit[]): EntityRef[] {
  const words = units.filter((unit) => unit.pos !== 'PUNCT' || JOINING.has(unit.text));
  if (words.length === 0 || !words.every((unit) => (unit.entity && DRUG_KINDS.has(unit.entity.kind)) || JOINING.has(unit.lemma))) return [];
  return words.flatMap((unit) => (unit.entity ? [unit.entity] : []));
}
