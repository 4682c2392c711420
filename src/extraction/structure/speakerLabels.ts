import type { Passage } from '../types';
import { ANSWER_LABELS, CLAIM_LABELS, QUESTION_LABELS, VERDICT_LABELS } from './verdictLine';

// "DR. OKAFOR: So the main …", "Host: Welcome back", "Marcus Reyes: yeah": up to four capitalised words and a colon.
const LABEL = /^((?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,3}):\s+/u;
const MIN_TURNS = 2;
// Labels that say what a line is rather than who speaks it; their words are read (see claims/assertionStatus
// "Myth:", and a fact-check's "CLAIM:" and "RATING:" on every claim it rules on, structure/verdictLine).
const LINE_KINDS = new Set(['myth', 'misconception', 'fact', 'truth', 'reality', 'note', 'tip', 'warning', 'caution', 'important', ...VERDICT_LABELS, ...CLAIM_LABELS, ...QUESTION_LABELS, ...ANSWER_LABELS]);

/**
 * The speaker labels of a transcript or interview: a label that opens at least two lines. What a
 * speaker says starts after it, so "DR. OKAFOR: For the sweating, clonidine works well" is read
 * from "For". A label that opens one line only ("Results: …") is part of what the line says.
 */
export function speakerLabels(passages: readonly Passage[]): ReadonlySet<string> {
  const turns = new Map<string, number>();
  for (const passage of passages) {
    const label = LABEL.exec(passage.text)?.[1];
    if (label && !LINE_KINDS.has(label.toLowerCase())) turns.set(label, (turns.get(label) ?? 0) + 1);
  }
  return new Set([...turns].filter(([, count]) => count >= MIN_TURNS).map(([label]) => label));
}

/** The length of a line's speaker label with its colon and spaces, 0 when it has none. */
export function speakerLabelLength(text: string, labels: ReadonlySet<string>): number {
  const match = LABEL.exec(text);
  return match && labels.has(match[1]!) ? match[0].length : 0;
}
