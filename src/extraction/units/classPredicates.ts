import { DRUG_KINDS } from '../../domain/entityKinds';
import type { Unit } from './unit';

// "acts as", "works as", "functions as", "serves as": a role the subject plays, like "is".
const ROLE_VERBS = new Set(['act', 'work', 'function', 'serve']);
const ARTICLES = new Set(['a', 'an']);
const MODIFIER_POS = new Set(['ADJ', 'ADV']);
const MAX_MODIFIERS = 3;

/**
 * "Hydroxyzine is an antihistamine that eases anxiety", "kratom acts as a mild stimulant and increases
 * alertness": a drug class said of a drug after "is a" or "acts as a" is what that drug is, so what the
 * rest of the clause says the class does, the drug does. The class's unit names the drug there; its
 * words stay as written.
 */
export function classPredicates(units: readonly Unit[]): Unit[] {
  const result = [...units];
  units.forEach((unit, index) => {
    if (!unit.entity || !DRUG_KINDS.has(unit.entity.kind)) return;
    const predicate = classPredicateAfter(units, index);
    if (predicate !== undefined && units[predicate]!.entity!.id !== unit.entity.id) result[predicate] = { ...units[predicate]!, entity: unit.entity };
  });
  return result;
}

/** The index of the class in "<drug> is a (mild) <class>" or "<drug> acts as a <class>", if it is one. */
function classPredicateAfter(units: readonly Unit[], subject: number): number | undefined {
  let at = subject + 1;
  if (units[at]?.lemma === 'be') at += 1;
  else if (ROLE_VERBS.has(units[at]?.lemma ?? '') && units[at + 1]?.lemma === 'as') at += 2;
  else return undefined;
  if (!ARTICLES.has(units[at]?.lemma ?? '')) return undefined;
  at += 1;
  for (let modifiers = 0; modifiers < MAX_MODIFIERS && MODIFIER_POS.has(units[at]?.pos ?? ''); modifiers += 1) at += 1;
  const entity = units[at]?.entity;
  return entity && DRUG_KINDS.has(entity.kind) ? at : undefined;
}
