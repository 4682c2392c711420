/**
 * What the linguistic layer gives extraction (DESIGN §6): sentences of a passage, each a run of
 * tokens with their lemma and part of speech. The library behind it is hidden in analysePassage,
 * so it can be swapped without touching a rule.
 */
export interface Token {
  /** Document offsets: `documentText.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
  /** Lower-case dictionary form ("took" → "take", "cravings" → "craving"). */
  lemma: string;
  /** Universal Dependencies part-of-speech tag (NOUN, VERB, AUX, ADP, PART, PUNCT …). */
  pos: string;
}

export interface AnalysedSentence {
  start: number;
  end: number;
  tokens: Token[];
}
