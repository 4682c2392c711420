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
 * "Claim: kratom causes seizures. Verdict: false.": a ruling on the line before rules on its claims:
 * a claim ruled true keeps its stance, one ruled false takes the opposite. A claim a fact-check put up to be ruled false was examined, not made: it
 * becomes an attempt (ClaimDraft.attempt), no evidence of its own, as a hope denied does.
 */
export function verdictClaims(verdict: readonly Unit[], previousDrafts: readonly ClaimDraft[], previous: readonly Unit[]): ClaimDraft[] {
  const labelled = rulingOf(verdict);
  const ruling = labelled ?? unlabelledDenial(verdict);
  if (!ruling || previousDrafts.length === 0) return [];
  // A claim put up to be ruled false, labelled ("Claim: …") or put before an unlabelled ruling
  // ('"Loperamide will stop the cravings." - False.'), was examined, not made; one the writer answers
  // with their own experience ("People say kava helps anxiety. Not in my experience.") still stands
  // as what others say, against the writer.
  const examined = (CLAIM_LABELS.has(previous[0]?.lemma ?? '') && LABEL_MARKS.has(previous[1]?.lemma ?? '')) || (!labelled && !answersWithExperience(verdict));
  if (ruling === 'NEGATED' && examined) {
    for (const draft of previousDrafts) draft.attempt = true;
  }
  // "Kratom isn't addictive. False.": ruling a denial false affirms what it denied.
  return previousDrafts.map((draft) => ({ ...draft, polarity: ruling === 'NEGATED' ? opposite(draft.polarity) : draft.polarity, certainty: 'ASSERTED' }));
}

const opposite = (polarity: Polarity): Polarity => (polarity === 'NEGATED' ? 'AFFIRMED' : 'NEGATED');

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

// "That's a myth.", "This is simply false!", "It is not true.": what may stand before an unlabelled ruling.
const RULED_SUBJECTS = new Set(['that', 'this', 'it']);
const RULING_FILLERS = new Set([...DEGREES, 'a', 'an', 'just', 'simply', 'total', 'complete', 'utterly', 'absolutely']);
// "Not true.", "Nope."; a writer's own experience against it: "Not for me.", "Not in my experience."
const EXPERIENCE_REPLIES = [['not', 'for', 'me'], ['not', 'in', 'my', 'experience']];
const DENYING_REPLIES = [['not', 'true'], ['not', 'so'], ['not', 'correct'], ['not', 'accurate'], ['not', 'right'], ...EXPERIENCE_REPLIES, ['nope']];

/** "Not for me.", "Not in my experience.": a denial from the writer's own experience, not a ruling on the claim. */
const answersWithExperience = (units: readonly { lemma: string }[]): boolean =>
  EXPERIENCE_REPLIES.some((phrase) => phrase.every((lemma, offset) => units[offset]?.lemma === lemma));

/**
 * "People say kratom fixes insomnia. That's a myth.", "… Not true!": a sentence of a denying ruling
 * alone, unlabelled, rules on the claims of the sentence before as "Verdict: false" does. Only
 * denials ("True." or "No." after a statement says too little), and stopped, so a heading is none.
 */
function unlabelledDenial(units: readonly { lemma: string }[]): Polarity | undefined {
  // '"…" - False.': a dash may open the ruling when it follows its claim on the same line.
  let at = LABEL_MARKS.has(units[0]?.lemma ?? '') && units[0]?.lemma !== ':' ? 1 : 0;
  const start = at;
  if (RULED_SUBJECTS.has(units[start]?.lemma ?? '') && units[start + 1]?.lemma === 'be') at = start + 2;
  while (RULING_FILLERS.has(units[at]?.lemma ?? '')) at += 1;
  const word = units[at]?.lemma ?? '';
  const reply = DENYING_REPLIES.find((phrase) => phrase.every((lemma, offset) => units[at + offset]?.lemma === lemma));
  const end = reply ? at + reply.length : RULINGS[word] === 'NEGATED' && word !== 'no' ? at + 1 : undefined;
  const rest = end === undefined ? [] : units.slice(end);
  return rest.length > 0 && rest.every((unit) => CLOSERS.has(unit.lemma)) ? 'NEGATED' : undefined;
}

/** An answer without its label: "A: No.", "Back: False." answer as "No." and "False." do. */
export function withoutAnswerLabel(units: readonly Unit[]): readonly Unit[] {
  return ANSWER_LABELS.has(units[0]?.lemma ?? '') && LABEL_MARKS.has(units[1]?.lemma ?? '') ? units.slice(2) : units;
}

/** "A:", "Answer:", and a flashcard's "Back:" (its "Front:" asks). */
export const ANSWER_LABELS: ReadonlySet<string> = new Set(['a', 'answer', 'back']);

/** "Q:", "Question:", and a flashcard's "Front:": a question's label, not part of it. */
export const QUESTION_LABELS: ReadonlySet<string> = new Set(['q', 'question', 'front']);
