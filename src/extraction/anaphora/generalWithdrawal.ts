import { isContrast } from '../claims/argumentGroups';
import { stopVerbsAnd } from '../lexicon/stopping';
import type { Vocabulary } from '../types';
import { entryRef, type EntityRef, type Unit } from '../units/unit';
import { isComparisonStandard } from './comparisonStandard';
import type { OwnConditionOf, SubstanceOfCondition } from './ownConditions';

// "Coming Off Opioids or Kratom", "Stopping X and Y": a title about leaving substances behind.
const CESSATION_LEMMAS = stopVerbsAnd('off', 'withdraw', 'detox', 'taper');

/** A title word about withdrawal: the bare word, a named withdrawal or a word of stopping. */
const namesWithdrawal = (unit: Unit): boolean =>
  unit.anaphor?.kind === 'withdrawal' || /withdrawal/i.test(unit.entity?.name ?? '') || CESSATION_LEMMAS.has(unit.lemma);

/**
 * What bare "withdrawal" means on a page whose title names withdrawal from several substances at once
 * ("Withdrawal Management for Adults Using Opioids or Kratom", "Coming Off Opioids or Kratom"): the
 * general condition their withdrawals are instances of (the vocabulary's `broader`), since the page
 * speaks of all of them when it names none; undefined when the title is not about withdrawal
 * ("kratom's role in opioid recovery") or names one substance or none.
 */
export function generalWithdrawal(titleUnits: readonly Unit[], vocabulary: Vocabulary, substanceOf: SubstanceOfCondition, ownCondition: OwnConditionOf): EntityRef | undefined {
  if (!titleUnits.some(namesWithdrawal)) return undefined;
  const substances = titleUnits.flatMap((unit, at) => {
    // "Kratom, like other opioids, is hard to stop": a substance compared with is not one stopped; nor one taken to stop another.
    if (isContrast(titleUnits, at) || isComparisonStandard(titleUnits, at) || comparedWith(titleUnits, at) || takenToStop(titleUnits, at)) return [];
    const entity = unit.entity?.kind === 'Condition' ? substanceOf(unit.entity) : unit.entity;
    return entity?.kind === 'Substance' ? [entity] : [];
  });
  const withdrawals = new Set(substances.map((substance) => ownCondition(substance, 'withdrawal')?.id));
  if (withdrawals.size < 2 || withdrawals.has(undefined)) return undefined;
  const broader = new Set([...withdrawals].map((id) => vocabulary.byId.get(id!)?.broader));
  const [general] = broader;
  const entry = broader.size === 1 && general !== undefined ? vocabulary.byId.get(general) : undefined;
  return entry && entryRef(entry);
}

/**
 * The withdrawal named after a substance (kratom → kratom withdrawal) and whether it is its drug
 * class's (methadone, an opioid → opioid withdrawal) rather than its own.
 */
export function agentWithdrawalOf(vocabulary: Vocabulary, ownCondition: OwnConditionOf): (agent: EntityRef) => { withdrawal: EntityRef; ofClass: boolean } | undefined {
  return (agent) => {
    const withdrawal = ownCondition(agent, 'withdrawal');
    return withdrawal && { withdrawal, ofClass: vocabulary.byId.get(agent.id)?.broader !== undefined };
  };
}

/** "like (other) opioids": the unit at `at` follows "like" over its modifiers. */
function comparedWith(units: readonly Unit[], at: number): boolean {
  let before = at - 1;
  while (before >= 0 && (units[before]!.pos === 'DET' || units[before]!.pos === 'ADJ')) before -= 1;
  return units[before]?.lemma === 'like';
}

// "Used kratom to get off oxy", "Quitting heroin with kratom": what is taken to stop another is not stopped;
// "Adults Using Opioids or Kratom" are still using both.
const TAKING = new Set(['use', 'take', 'try']);
const BY_MEANS_OF = new Set(['with', 'via']);

/** "Used kratom to get off …": the unit at `at` is taken for a purpose, or the means of stopping. */
function takenToStop(units: readonly Unit[], at: number): boolean {
  const before = units[at - 1]?.lemma ?? '';
  return BY_MEANS_OF.has(before) || (TAKING.has(before) && units[at + 1]?.lemma === 'to');
}
