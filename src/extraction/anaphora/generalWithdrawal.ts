import { isContrast } from '../claims/argumentGroups';
import type { Vocabulary } from '../types';
import type { EntityRef, Unit } from '../units/unit';
import { isComparisonStandard } from './comparisonStandard';
import type { OwnConditionOf, SubstanceOfCondition } from './ownConditions';

// "Coming Off Opioids or Kratom", "Stopping kratom": a title about stopping, in words or as a withdrawal.
const STOPPING = new Set(['off', 'stop', 'stopping', 'quit', 'quitting', 'taper', 'tapering', 'withdraw']);

/**
 * The general withdrawal a document means by bare "withdrawal" when its title is about stopping two
 * or more substances ("Withdrawal from Opioids and Kratom", "Coming Off Opioids or Kratom at Home"):
 * the condition the withdrawals of those substances share as `broader`. Such a guide says
 * "withdrawal" of both at once, so no single one of them is meant.
 */
export function generalWithdrawal(
  title: readonly Unit[],
  vocabulary: Vocabulary,
  substanceOf: SubstanceOfCondition,
  ownCondition: OwnConditionOf,
): EntityRef | undefined {
  if (!title.some((unit) => unit.anaphor?.kind === 'withdrawal' || STOPPING.has(unit.lemma) || /withdrawal/i.test(unit.entity?.name ?? ''))) return undefined;
  const substances = new Map<string, EntityRef>();
  for (const [at, unit] of title.entries()) {
    // "Kratom, like other opioids, is hard to stop": a substance compared with is not one stopped.
    if (isContrast(title, at) || isComparisonStandard(title, at) || comparedWith(title, at)) continue;
    const substance = unit.entity?.kind === 'Substance' ? unit.entity : unit.entity?.kind === 'Condition' ? substanceOf(unit.entity) : undefined;
    if (substance) substances.set(substance.id, substance);
  }
  if (substances.size < 2) return undefined;
  const broader = new Set([...substances.values()].map((substance) => vocabulary.byId.get(ownCondition(substance, 'withdrawal')?.id ?? '')?.broader));
  const [shared] = broader;
  const entry = broader.size === 1 && shared ? vocabulary.byId.get(shared) : undefined;
  return entry && { id: entry.id, kind: entry.kind, name: entry.name, provisional: false };
}

/** "like (other) opioids": the unit at `at` follows "like" over its modifiers. */
function comparedWith(units: readonly Unit[], at: number): boolean {
  let before = at - 1;
  while (before >= 0 && (units[before]!.pos === 'DET' || units[before]!.pos === 'ADJ')) before -= 1;
  return units[before]?.lemma === 'like';
}
