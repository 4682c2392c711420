import type { EntityRef, Unit } from '../units/unit';
import type { SentenceCues } from './assertionStatus';
import type { ClaimDraft } from './claimDraft';
import type { SentenceContext } from './sentenceContext';

// "the worse the wd", "the more severe the withdrawal", "the rougher the comedown": an outcome said to grow.
const WORSENING = new Set(['worse', 'harder', 'nastier', 'rougher', 'tougher', 'stronger', 'severe', 'intense', 'painful', 'brutal', 'bad', 'heavier']);
// "the more grams", "the higher the dose", "the more you take": the amount taken grows.
const AMOUNT_COMPARATIVES = new Set(['more', 'higher', 'bigger', 'larger', 'heavier']);
const AMOUNT_NOUNS = new Set(['gram', 'g', 'dose', 'dosage', 'mg', 'capsule', 'amount', 'kratom']);
const TAKING = new Set(['take', 'use', 'do', 'dose', 'have', 'consume']);
// "the more often", "the more frequently": how often it is taken grows.
const FREQUENCY_ADVERBS = new Set(['often', 'frequently', 'regularly']);
const MAX_OUTCOME_DISTANCE = 4;
const OUTCOME_KINDS = ['Condition', 'Symptom'] as const;

/**
 * A correlative comparison ("the more grams u do and the longer ur on it the worse the wd", "The
 * higher the dose, the worse the withdrawal", "the more often you redose, the more severe the
 * symptoms") says that what grows in its first clauses contributes to what grows in its last: the
 * dose (more, higher), the duration of use (longer) or the frequency of use (more often)
 * CONTRIBUTES_TO the worsening condition or symptom.
 */
export function correlativeComparison(units: readonly Unit[], cues: SentenceCues, context: SentenceContext): ClaimDraft[] {
  const openings = comparativeOpenings(units);
  const outcomeAt = correlativeOutcome(units);
  if (cues.negations.length > 0 || cues.frames.length > 0) return [];
  const target = outcomeAt === undefined ? undefined : worseningOutcome(units, outcomeAt, context);
  if (outcomeAt === undefined || !target) return [];
  const certainty = cues.hedges.length > 0 || cues.postHedges.length > 0 ? 'HEDGED' : 'ASSERTED';
  const sources = new Map<string, EntityRef>();
  for (const at of openings.filter((index) => index < outcomeAt)) {
    const factor = growingFactor(units, at, context);
    if (factor && !factor.provisional) sources.set(factor.id, factor);
  }
  return [...sources.values()].map((source) => ({ type: 'CONTRIBUTES_TO', source, target, polarity: 'AFFIRMED', certainty }));
}

/**
 * Where the outcome of a correlative comparison stands ("the worse the wd"): its comparative is no
 * cause trigger of its own, what grows before it is the cause.
 */
export function correlativeOutcome(units: readonly Unit[]): number | undefined {
  const openings = comparativeOpenings(units);
  // The outcome is the last comparative ("the worse the wd": its own "the" opens no comparison).
  const outcomeAt = [...openings].reverse().find((at) => isWorsening(units, at));
  return outcomeAt !== undefined && openings.some((at) => at < outcomeAt) ? outcomeAt : undefined;
}

const comparativeOpenings = (units: readonly Unit[]): number[] => units.flatMap((unit, index) => (unit.lemma === 'the' && units[index + 1] ? [index + 1] : []));

/** "worse the wd", "more severe the withdrawal symptoms": the condition or symptom said to grow, after its comparative. */
function worseningOutcome(units: readonly Unit[], at: number, context: SentenceContext): EntityRef | undefined {
  for (let index = at + 1; index <= at + MAX_OUTCOME_DISTANCE && index < units.length; index += 1) {
    const unit = units[index]!;
    if (unit.entity) return OUTCOME_KINDS.some((kind) => kind === unit.entity!.kind) ? unit.entity : undefined;
    if (unit.anaphor && unit.anaphor.kind !== 'singular') return context.resolve(units, index, OUTCOME_KINDS)[0];
  }
  return undefined;
}

function isWorsening(units: readonly Unit[], at: number): boolean {
  const word = units[at]!.text.toLowerCase();
  return WORSENING.has(word) || (word === 'more' && WORSENING.has(units[at + 1]?.text.toLowerCase() ?? ''));
}

/** What grows after "the": the dose ("more grams", "higher the dose", "more you take"), the duration ("longer") or the frequency ("more often"). */
function growingFactor(units: readonly Unit[], at: number, context: SentenceContext): EntityRef | undefined {
  const word = units[at]!.text.toLowerCase();
  const next = units[at + 1];
  if (word === 'longer') return context.provisional('duration of use', 'Factor');
  if (word === 'more' && next && FREQUENCY_ADVERBS.has(next.lemma)) return context.provisional('frequency of use', 'Factor');
  if (!AMOUNT_COMPARATIVES.has(word) || !next) return undefined;
  const named = units.slice(at + 1, at + 3).find((unit) => unit.entity)?.entity;
  if (named) return named.kind === 'Factor' ? named : undefined;
  const taken = AMOUNT_NOUNS.has(next.lemma) || (next.pos === 'PRON' && TAKING.has(units[at + 2]?.lemma ?? ''));
  return taken ? context.provisional('dose', 'Factor') : undefined;
}
