import { ACTION } from '../lexicon/triggerLexicon';
import { ACTION_HEADS } from '../units/classReceptor';
import { isArgument, type Unit } from '../units/unit';
import type { Group } from './argumentGroups';
import type { Trigger } from './findTriggers';

const DRUG_KINDS = new Set(['Substance', 'Compound']);

/**
 * "the alpha-2 agonists clonidine and lofexidine", "an opioid antagonist (naloxone)": a noun of
 * action whose class word names the receptor (units/classReceptor) describes the drugs set right
 * after it, which act on that receptor.
 */
export function isApposedAction(units: readonly Unit[], trigger: Trigger, agents: Group, patients: Group): boolean {
  if (!isClassWord(units, trigger, patients) || agents.side !== 'right') return false;
  return agents.first === drugAfter(units, trigger.last);
}

/** Whether a group is the receptor class word of a noun of action ("the [alpha-2] agonists"). */
function isClassWord(units: readonly Unit[], trigger: Trigger, group: Group): boolean {
  return trigger.family === ACTION && units[trigger.first]!.pos === 'NOUN' && group.side === 'left' && group.last === trigger.first - 1 && units[group.last]!.entity?.kind === 'Receptor';
}

/**
 * "treated with the alpha-2 agonist clonidine": the object of another trigger is the drug the
 * receptor class describes, not the receptor; where that drug stands, if `index` is such a class word.
 */
export function classedDrug(units: readonly Unit[], index: number): number | undefined {
  const head = units[index + 1];
  if (units[index]!.entity?.kind !== 'Receptor' || !head || head.pos !== 'NOUN' || !ACTION_HEADS.has(head.lemma)) return undefined;
  const drug = drugAfter(units, index + 1);
  return drug !== undefined && DRUG_KINDS.has(units[drug]!.entity?.kind ?? '') ? drug : undefined;
}

/** The argument right after a noun of action, or after the parenthesis that opens there. */
function drugAfter(units: readonly Unit[], head: number): number | undefined {
  const after = units[head + 1]?.lemma === '(' ? head + 2 : head + 1;
  return units[after] && isArgument(units[after]!) ? after : undefined;
}
