import { isComparisonStandard } from '../anaphora/comparisonStandard';
import { isNamedWithdrawal } from '../anaphora/discourse';
import { WITHDRAWAL_WORDS } from '../lexicon/conditionWords';
import { isWayOfStopping } from './cessation';
import type { EntityRef, Unit } from '../units/unit';
import type { SentenceCues } from './assertionStatus';
import { assertionStatus } from './assertionStatus';
import type { ClaimDraft } from './claimDraft';
import type { SentenceContext } from './sentenceContext';

// How hard a withdrawal was: "2 weeks of hell", "a harder time", "the worst symptoms", "the rougher the comedown".
const SEVERE = new Set(['hell', 'nightmare', 'brutal', 'rough', 'harsh', 'severe', 'intense', 'hard', 'tough', 'difficult', 'bad', 'awful', 'horrible', 'terrible', 'miserable', 'unbearable', 'nasty', 'torture']);
// What the severity is said of: the withdrawal, its signs, or the stretch of time it took.
const SPELLS = new Set(['symptom', 'comedown', 'time', 'day', 'week', 'night', 'month', 'hell', 'nightmare']);

// "in the first days after the last dose": a dose that dates something is no amount.
const MOMENT_WORDS = new Set(['last', 'first', 'next', 'missed', 'after', 'since', 'before', 'until']);
const isMoment = (units: readonly Unit[], at: number): boolean => [units[at - 1], units[at - 2]].some((unit) => MOMENT_WORDS.has(unit?.lemma ?? ''));

/**
 * "i cold turkeyed from 30g and it was 2 weeks of hell", "people who have taken high doses for years
 * may have a harder time", "heavier users tend to have the worst symptoms": a way of using or stopping
 * named beside how hard the withdrawal was contributes to that withdrawal, when nothing else in the
 * sentence says what it does.
 */
export function severityFactors(units: readonly Unit[], cues: SentenceCues, context: SentenceContext, drafts: readonly ClaimDraft[]): ClaimDraft[] {
  // "i cold turkeyed and thats why im suffering": in a withdrawal the writer went into (before, or by the stop this
  // sentence names), suffering is its severity.
  const stopping = context.wentInto() !== undefined || units.some((unit) => isWayOfStopping(unit.entity));
  const suffering = stopping ? units.findIndex((unit) => unit.lemma === 'suffer') : -1;
  const severe = suffering >= 0 ? suffering : units.findIndex((unit) => SEVERE.has(unit.lemma));
  // "how rough it gets": a pronoun for the withdrawal names it too.
  const saysWithdrawal = (unit: Unit, at: number): boolean =>
    SPELLS.has(unit.lemma) || WITHDRAWAL_WORDS.has(unit.lemma) || unit.anaphor?.kind === 'withdrawal' || /withdrawal/i.test(unit.entity?.name ?? '') || (unit.anaphor?.kind === 'singular' && context.resolve(units, at, ['Condition']).some(isNamedWithdrawal));
  if (severe < 0 || (suffering < 0 && !units.some(saysWithdrawal))) return [];
  // Not a precipitated withdrawal: an antagonist brings that on, whatever the dose.
  const named = units.find((unit) => unit.entity?.kind === 'Condition' && /withdrawal/i.test(unit.entity.name) && !/precipitated/i.test(unit.entity.name))?.entity;
  const withdrawal = named ?? context.withdrawal();
  if (!withdrawal) return [];
  const claimed = new Set(drafts.map((draft) => draft.source.id));
  const factors = new Map<string, { entity: EntityRef; at: number }>();
  units.forEach((unit, at) => {
    if (unit.entity?.kind === 'Factor' && !unit.entity.provisional && !claimed.has(unit.entity.id) && !isComparisonStandard(units, at) && !isMoment(units, at)) factors.set(unit.entity.id, { entity: unit.entity, at });
  });
  return [...factors.values()].map(({ entity }) => ({ type: 'CONTRIBUTES_TO', source: entity, target: withdrawal, ...assertionStatus(units, cues, { first: severe, last: severe }, severe) }));
}
