import { isContrast } from '../claims/argumentGroups';
import type { Vocabulary } from '../types';
import type { EntityRef, Unit } from '../units/unit';
import { isComparisonStandard } from './comparisonStandard';
import type { OwnConditionOf, SubstanceOfCondition } from './ownConditions';

// "Coming Off Opioids or Kratom", "Stopping kratom": a title about stopping, in words or as a withdrawal.
const STOPPING = new Set(['off', 'stop', 'stopping', 'quit', 'quitting', 'taper', 'tapering', 'withdraw', 'without', 'kick', 'kicking']);

/**
 * The general withdrawal a document means by bare "withdrawal" when its title is about stopping two
 * or more substances named together ("Withdrawal from Opioids and Kratom", "Coming Off Opioids or
 * Kratom at Home"; not "day 4 off oxys using kratom"):
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
  const substances = coordinatedSubstances(title, substanceOf);
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

/** "day 4 off oxys using kratom", "Ninety Days Without Kratom": the substance a title says is being stopped. */
export function stoppedInTitle(title: readonly Unit[]): EntityRef | undefined {
  for (const [at, unit] of title.entries()) {
    if (!STOPPING.has(unit.lemma)) continue;
    let next = at + 1;
    while (title[next]?.pos === 'DET' || title[next]?.pos === 'ADJ') next += 1;
    const entity = title[next]?.entity;
    if (entity?.kind === 'Substance') return entity;
  }
  return undefined;
}

const COORDINATION = new Set([',', 'and', 'or', '/', '&']);

/** The substances of the longest run of them named together ("Kratom, Opioids and …"), by id; none compared with. */
function coordinatedSubstances(title: readonly Unit[], substanceOf: SubstanceOfCondition): Map<string, EntityRef> {
  let best = new Map<string, EntityRef>();
  let run = new Map<string, EntityRef>();
  let joined = true;
  for (const [at, unit] of title.entries()) {
    // "Kratom, like other opioids, is hard to stop": a substance compared with is not one stopped.
    const compared = isContrast(title, at) || isComparisonStandard(title, at) || comparedWith(title, at);
    const substance = compared ? undefined : unit.entity?.kind === 'Substance' ? unit.entity : unit.entity?.kind === 'Condition' ? substanceOf(unit.entity) : undefined;
    if (substance) {
      if (!joined) run = new Map();
      run.set(substance.id, substance);
      if (run.size > best.size) best = run;
      joined = false;
    } else if (COORDINATION.has(unit.lemma)) joined = true;
    else if (unit.pos !== 'DET' && unit.pos !== 'ADJ') joined = false;
  }
  return best;
}
