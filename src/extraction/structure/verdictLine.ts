import type { ClaimDraft } from '../claims/claimDraft';
import type { Polarity } from '../../domain/assertionStatus';
import type { Unit } from '../units/unit';

// A fact-check's or a quiz's label before its ruling: "Verdict: False", "Rating - Mostly false", "Answer: true".
export const VERDICT_LABELS: ReadonlySet<string> = new Set(['verdict', 'rating', 'ruling', 'conclusion', 'answer', 'a', 'finding']);
const LABEL_MARKS = new Set([':', '-', '–', '—']);
const DEGREES = new Set(['mostly', 'largely', 'partly', 'half', 'entirely', 'completely', 'totally', 'probably']);
export const RULINGS: Readonly<Record<string, Polarity>> = {
  false: 'NEGATED', untrue: 'NEGATED', wrong: 'NEGATED', incorrect: 'NEGATED', myth: 'NEGATED', misleading: 'NEGATED', debunked: 'NEGATED',
  fiction: 'NEGATED', bogus: 'NEGATED', unsupported: 'NEGATED', unproven: 'NEGATED', no: 'NEGATED',
  true: 'AFFIRMED', correct: 'AFFIRMED', accurate: 'AFFIRMED', confirmed: 'AFFIRMED', supported: 'AFFIRMED', yes: 'AFFIRMED',
};
const CLOSERS = new Set(['.', '!']);
// The line a fact-check puts the claim it examines on: "Claim: kratom cures anxiety."
export const CLAIM_LABELS: ReadonlySet<string> = new Set(['claim', 'rumour', 'rumor', 'statement', 'assertion']);

/**
 * "Claim: kratom causes seizures. Verdict: false.": a ruling on the line before rules on its claims,
 * with the ruling's stance. A claim a fact-check put up to be ruled false was examined, not made: it
 * becomes an attempt (ClaimDraft.attempt), no evidence of its own, as a hope denied does.
 */
export function verdictClaims(verdict: readonly Unit[], previousDrafts: readonly ClaimDraft[], previous: readonly Unit[]): ClaimDraft[] {
  const ruling = rulingOf(verdict);
  if (!ruling || previousDrafts.length === 0) return [];
  if (ruling === 'NEGATED' && CLAIM_LABELS.has(previous[0]?.lemma ?? '') && LABEL_MARKS.has(previous[1]?.lemma ?? '')) {
    for (const draft of previousDrafts) draft.attempt = true;
  }
  return previousDrafts.map((draft) => ({ ...draft, polarity: ruling, certainty: 'ASSERTED' }));
}

/** A labelled ruling alone on its line, stopped or not ("RATING: Mostly false"): a line of prose, though as short as a heading. */
export const isRuling = (words: readonly { lemma: string }[]): boolean => rulingOf(words) !== undefined;

/** The stance of a labelled ruling and nothing else on its line ("Verdict: Mostly false."), if the line is one. */
function rulingOf(units: readonly { lemma: string }[]): Polarity | undefined {
  if (!VERDICT_LABELS.has(units[0]?.lemma ?? '') || !LABEL_MARKS.has(units[1]?.lemma ?? '')) return undefined;
  let at = 2;
  while (DEGREES.has(units[at]?.lemma ?? '')) at += 1;
  const ruling = RULINGS[(units[at]?.lemma ?? '').replace(/\.$/, '')];
  return ruling && units.slice(at + 1).every((unit) => CLOSERS.has(unit.lemma)) ? ruling : undefined;
}

/** An answer without its label: "A: No.", "Back: False." answer as "No." and "False." do. */
export function withoutAnswerLabel(units: readonly Unit[]): readonly Unit[] {
  return ANSWER_LABELS.has(units[0]?.lemma ?? '') && LABEL_MARKS.has(units[1]?.lemma ?? '') ? units.slice(2) : units;
}

/** "A:", "Answer:", and a flashcard's "Back:" (its "Front:" asks). */
export const ANSWER_LABELS: ReadonlySet<string> = new Set(['a', 'answer', 'back']);
