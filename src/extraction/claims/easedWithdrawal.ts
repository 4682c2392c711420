import { isComparisonStandard } from '../anaphora/comparisonStandard';
import { WITHDRAWAL_WORDS } from '../lexicon/conditionWords';
import { EASING_ADJECTIVES, WORSENING_ADJECTIVES } from '../lexicon/directionAdjectives';
import type { EntityRef, Unit } from '../units/unit';
import type { SentenceCues } from './assertionStatus';
import { assertionStatus } from './assertionStatus';
import type { ClaimDraft } from './claimDraft';
import type { SentenceContext } from './sentenceContext';

const EASING = new Set(EASING_ADJECTIVES);
const WORSENING = new Set(WORSENING_ADJECTIVES);
// How much milder: "way milder", "far gentler", "a lot easier", "honestly much more bearable".
const DEGREE_WORDS = new Set(['way', 'far', 'much', 'a', 'lot', 'bit', 'little', 'so', 'any', 'more']);
const DEGREE_WINDOW = 4;

const namesWithdrawal = (unit: Unit): boolean =>
  WITHDRAWAL_WORDS.has(unit.lemma) || unit.anaphor?.kind === 'withdrawal' || (unit.entity?.kind === 'Condition' && /withdrawal/i.test(unit.entity.name) && !/precipitated/i.test(unit.entity.name));

/**
 * "Second time I tapered … and the withdrawal was way milder", "Tapering takes longer, but the
 * withdrawal is usually much milder": a strategy named beside a withdrawal said to be milder eases
 * that withdrawal, when nothing else in the sentence says what the strategy does; the easing
 * counterpart of a way of using named beside a hard withdrawal (claims/severityFactors). The
 * adjective must be said of the withdrawal ("the withdrawal was milder"), not name a kind of it
 * ("tapering is advised for mild withdrawal"), and compare it with the withdrawal without the
 * strategy ("milder", "more bearable"): "where withdrawal is mild" says when, not what eased it.
 */
export function easedWithdrawal(units: readonly Unit[], cues: SentenceCues, context: SentenceContext, drafts: readonly ClaimDraft[]): ClaimDraft[] {
  const said = units.findIndex((unit) => namesWithdrawal(unit));
  const eased = said < 0 ? -1 : easingPredicate(units, said);
  if (eased < 0) return [];
  const withdrawal = units[said]!.entity ?? context.withdrawal();
  if (!withdrawal) return [];
  const claimed = new Set(drafts.map((draft) => draft.source.id));
  const strategies = new Map<string, EntityRef>();
  units.forEach((unit, at) => {
    if (unit.entity?.kind === 'Strategy' && !unit.entity.provisional && !claimed.has(unit.entity.id) && !isComparisonStandard(units, at) && !afterThan(units, at)) strategies.set(unit.entity.id, unit.entity);
  });
  return [...strategies.values()].map((strategy) => ({ type: 'MITIGATES', source: strategy, target: withdrawal, ...assertionStatus(units, cues, { first: eased, last: eased }, eased) }));
}

/** The index of "milder" in "withdrawal was (way) milder" or "withdrawal is less severe", else -1. */
function easingPredicate(units: readonly Unit[], said: number): number {
  if (units[said + 1]?.lemma !== 'be') return -1;
  for (let at = said + 2; at <= said + 2 + DEGREE_WINDOW && at < units.length; at += 1) {
    const unit = units[at]!;
    if (unit.pos === 'ADJ' && isComparative(units, at) && (EASING.has(unit.lemma) || (WORSENING.has(unit.lemma) && units[at - 1]?.lemma === 'less'))) return at;
    if (unit.pos !== 'ADV' && unit.pos !== 'PART' && !DEGREE_WORDS.has(unit.lemma) && unit.lemma !== 'less') return -1;
  }
  return -1;
}

/** "milder", "easier", "more bearable", "less severe": an adjective in a comparison. */
function isComparative(units: readonly Unit[], at: number): boolean {
  const unit = units[at]!;
  return unit.text.toLowerCase() !== unit.lemma || units[at - 1]?.lemma === 'more' || units[at - 1]?.lemma === 'less';
}

/** "milder than when I went cold turkey": what follows "than" is the standard, not what eased it. */
function afterThan(units: readonly Unit[], at: number): boolean {
  return units.slice(0, at).some((unit) => unit.lemma === 'than');
}
