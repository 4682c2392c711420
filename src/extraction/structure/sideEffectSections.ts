import { AGENT_KINDS, DRUG_KINDS, OUTCOME_KINDS } from '../../domain/entityKinds';
import type { ClaimDraft } from '../claims/claimDraft';
import type { EntityRef, Unit } from '../units/unit';

// "side effects", "adverse effects", "adverse reactions", "undesirable effects".
const EFFECT_HEADS = new Set(['side', 'adverse', 'undesirable', 'side-effect']);
const EFFECT_NOUNS = new Set(['effect', 'reaction', 'side-effect']);
// "4. Possible side effects", "2) What you need to know": a numbered title, not an item of a list.
const NUMBERED_TITLE = /^\d{1,2}[.)]\s+[^.!?:;]+$/;

/** Whether a sentence names side effects ("Like all medicines, this medicine can cause side effects"). */
export const namesSideEffects = (units: readonly Unit[]): boolean =>
  units.some((unit, at) => unit.lemma === 'side-effect' || (EFFECT_HEADS.has(unit.lemma) && EFFECT_NOUNS.has(units[at + 1]?.lemma ?? '')));

// "Common ones include …", "These include …", "The most common are …": a subject that stands for what was named before.
const EFFECTS_ANAPHORS = new Set(['one', 'ones', 'these', 'they', 'those', 'common']);
const LISTING = new Set(['include', 'be', ':']);
const LEADING_POS = new Set(['DET', 'ADJ', 'ADV']);

/**
 * "Kratom also has side effects. Common ones include nausea and constipation": a sentence whose subject
 * stands for the side effects the sentence before named, and lists them.
 */
export function listsEffectsNamedBefore(units: readonly Unit[], before: readonly Unit[]): boolean {
  if (!namesSideEffects(before)) return false;
  let at = 0;
  while (units[at] && LEADING_POS.has(units[at]!.pos) && !EFFECTS_ANAPHORS.has(units[at]!.lemma)) at += 1;
  if (!EFFECTS_ANAPHORS.has(units[at]?.lemma ?? '')) return false;
  while (units[at + 1] && EFFECTS_ANAPHORS.has(units[at + 1]!.lemma)) at += 1;
  return LISTING.has(units[at + 1]?.lemma ?? '');
}

/**
 * The drug a run-in label names and nothing else ("7.1 Lofexidine.", "Clonidine:"), after an optional
 * number: a protocol's or a monograph's paragraph is about it, so side effects the next sentence lists
 * with no drug of their own are its ("7.1 Lofexidine. The most frequent adverse reactions are …").
 */
export function labelledDrug(label: readonly Unit[], units: readonly Unit[]): EntityRef | undefined {
  if (!namesSideEffects(units) || units.some((unit) => unit.entity && DRUG_KINDS.has(unit.entity.kind))) return undefined;
  const words = label.filter((unit) => unit.pos !== 'PUNCT' && unit.pos !== 'NUM');
  const drug = words.length === 1 ? words[0]!.entity : undefined;
  return drug && DRUG_KINDS.has(drug.kind) ? drug : undefined;
}

/** A line that opens a section: a heading, or a numbered title ("4. Possible side effects"). */
export const opensSection = (role: string, text: string): boolean => role === 'heading' || NUMBERED_TITLE.test(text.trim());

/**
 * In a section about side effects, a list under a lead that says how often ("Very common (may
 * affect more than 1 in 10 people):") names the side effects of the medicine the page is about:
 * each symptom or condition of an item is caused by it (a frequency, not a doubt: asserted),
 * unless the item names another agent.
 */
export function listedSideEffects(units: readonly Unit[], medicine: EntityRef | undefined): ClaimDraft[] {
  // "clonidine (sweating, anxiety)": an item that names another medicine or a practice is about that.
  if (!medicine || units.some((unit) => unit.entity && AGENT_KINDS.has(unit.entity.kind) && unit.entity.id !== medicine.id)) return [];
  const named = new Map(units.flatMap((unit) => (unit.entity && OUTCOME_KINDS.has(unit.entity.kind) ? [[unit.entity.id, unit.entity] as const] : [])));
  return [...named.values()].map((target) => ({ type: 'CAUSES', source: medicine, target, polarity: 'AFFIRMED', certainty: 'ASSERTED' }));
}
