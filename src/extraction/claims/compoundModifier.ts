import { DRUG_KINDS, type EntityKind } from '../../domain/entityKinds';
import type { Unit } from '../units/unit';
import { isArgument } from '../units/unit';

const HARM_KINDS: ReadonlySet<EntityKind> = new Set(['Condition', 'Symptom']);

// "withdrawal-related insomnia", "withdrawal-associated anxiety", "opioid-induced sweating".
const MODIFYING_PARTICIPLES = new Set(['relate', 'associate', 'induce', 'link']);

/**
 * The index of the argument an argument at `index` only modifies, through a hyphenated participle
 * ("withdrawal-related insomnia" → insomnia) or as a named withdrawal right before its sign ("the
 * kratom wd insomnia"): that noun, not the modifier, is what a trigger acts on ("reduces
 * withdrawal-related insomnia" reduces insomnia).
 */
export function modifiedHead(units: readonly Unit[], index: number): number | undefined {
  // "the kratom wd insomnia", "withdrawal anxiety": a withdrawal named right before a sign modifies it.
  const unit = units[index]!;
  // "typical of kratom liver injury", "loperamide cardiotoxicity": a drug named right before a harm says whose harm it is.
  const next = units[index + 1]?.entity;
  if (unit.entity && DRUG_KINDS.has(unit.entity.kind) && next && HARM_KINDS.has(next.kind)) return index + 1;
  if ((unit.entity?.kind === 'Condition' && /withdrawal/i.test(unit.entity.name)) || unit.anaphor?.kind === 'withdrawal') {
    if (units[index + 1]?.entity?.kind === 'Symptom') return index + 1;
  }
  const head = units[index + 3];
  return units[index + 1]?.lemma === '-' && MODIFYING_PARTICIPLES.has(units[index + 2]?.lemma ?? '') && head && isArgument(head) ? index + 3 : undefined;
}

/** "withdrawal-related insomnia": the condition presents with the symptom it qualifies (presupposed, whatever the sentence says of the symptom). */
export function modifierSigns(units: readonly Unit[]): { condition: number; symptom: number }[] {
  return units.flatMap((unit, index) => {
    const head = modifiedHead(units, index);
    const related = head !== undefined && units[index + 2]?.lemma !== 'induce';
    const withdrawal = unit.entity?.kind === 'Condition' || unit.anaphor?.kind === 'withdrawal';
    return related && units[head]!.entity?.kind === 'Symptom' && withdrawal ? [{ condition: index, symptom: head }] : [];
  });
}

/**
 * "kratom-induced liver injury", "loperamide-induced arrhythmia": a drug joined to a harm by "induced"
 * presupposes that it brings the harm on. Not "kratom-associated overdose deaths", which only places the
 * deaths ("polysubstance use contributes to most kratom-associated overdose deaths"). `participle` is the
 * participle's index, the place a verb would stand.
 */
export function modifierHarms(units: readonly Unit[]): { drug: number; participle: number; harm: number }[] {
  return units.flatMap((unit, index) => {
    const head = modifiedHead(units, index);
    const drug = unit.entity !== undefined && DRUG_KINDS.has(unit.entity.kind) && units[index + 1]?.lemma === '-' && units[index + 2]?.lemma === 'induce';
    return drug && head === index + 3 && HARM_KINDS.has(units[head]!.entity?.kind ?? 'Substance') ? [{ drug: index, participle: index + 2, harm: head }] : [];
  });
}
