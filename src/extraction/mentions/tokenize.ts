/** A run of letters or digits; `start`/`end` are JS string indexes into the text tokenized. */
export interface Token {
  start: number;
  end: number;
  text: string;
}

// Unicode-aware so Greek letters (μ-opioid) and accented names tokenize like ASCII ones.
const WORD = /[\p{L}\p{N}]+/gu;

/** Splits `text` into word tokens; `offset` is added to every index (a sentence's start in its document). */
export function tokenize(text: string, offset = 0): Token[] {
  return Array.from(text.matchAll(WORD), (match) => ({
    start: offset + match.index,
    end: offset + match.index + match[0].length,
    text: match[0],
  }));
}
