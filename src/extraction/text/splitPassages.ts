import type { Passage } from '../types';

// Words no sentence ends on: a line that stops on one was wrapped, and its sentence goes on below
// ("clonidine helped with the / sweating").
const OPEN_ENDINGS = new Set([
  'a', 'an', 'the', 'of', 'to', 'with', 'and', 'or', 'but', 'for', 'in', 'on', 'at', 'by', 'from', 'into', 'than', 'as',
  'my', 'your', 'his', 'her', 'their', 'our', 'its', 'is', 'was', 'were', 'are', 'be', 'been', 'that', 'which', 'who',
  'very', 'so', 'really', 'not', 'no', 'some', 'any', 'this', 'these', 'those', 'can', 'could', 'will', 'would', 'may', 'might',
]);
// A line this long without an end mark, followed by one that opens in lower case, was wrapped at a fixed width
// (plain-text e-mail, captions); chat lines, each a message of its own, run shorter. A fixed width shows
// in the paragraph: no line runs past MAX_WRAP_WIDTH, two or more long lines end within WRAP_SLACK of the
// longest, and so does the wrapped line (lowercase forum lines of every length are messages of their own).
const WRAP_WIDTH = 55;
const MAX_WRAP_WIDTH = 100;
const WRAP_SLACK = 20;
const LIST_MARK = /^(?:[-*•–+>]|\d+[.)]|[a-z][.)]\s)/;
const ENDED = /[.!?:;"”’')\]]$/;

/** Whether the line `line` was wrapped, so that `next` continues its sentence; `longest` is its paragraph's longest line. */
function continues(line: string, next: string, longest: number): boolean {
  if (ENDED.test(line) || LIST_MARK.test(next) || !/^[a-z]/.test(next)) return false;
  const lastWord = /([A-Za-z']+)$/.exec(line)?.[1]?.toLowerCase() ?? '';
  const atWidth = line.length >= WRAP_WIDTH && longest <= MAX_WRAP_WIDTH && line.length >= longest - WRAP_SLACK;
  return OPEN_ENDINGS.has(lastWord) || atWidth;
}

/**
 * For each line, the width its paragraph (the lines up to a blank line) was wrapped at: its longest
 * line, where at least two long lines come near it; else none (Infinity).
 */
function longestInParagraph(lengths: readonly number[], joined: (at: number) => boolean): number[] {
  const longest: number[] = [];
  for (let first = 0; first < lengths.length; ) {
    let last = first;
    while (joined(last)) last += 1;
    const paragraph = lengths.slice(first, last + 1);
    const width = paragraph.reduce((a, b) => Math.max(a, b), 0);
    // One long line is no width: at least two must come near it.
    const fixed = paragraph.filter((length) => length >= WRAP_WIDTH && length >= width - WRAP_SLACK).length >= 2;
    for (let at = first; at <= last; at += 1) longest.push(fixed ? width : Infinity);
    first = last + 1;
  }
  return longest;
}

/**
 * One passage per paragraph line (the corpus writes each paragraph, heading and list item on its own
 * line), trimmed; a line wrapped mid-sentence runs on into the next, so a hard-wrapped e-mail or an
 * auto-caption keeps its sentences whole. `start`/`end` index the document so
 * `text.slice(start, end) === passage.text` (a wrapped passage keeps its line breaks).
 */
export function splitPassages(text: string): Passage[] {
  const lines = [...text.matchAll(/[^\r\n]+/g)].flatMap((line) => {
    const trimmed = line[0].trim();
    const start = line.index + line[0].length - line[0].trimStart().length;
    return trimmed.length === 0 ? [] : [{ start, end: start + trimmed.length, text: trimmed }];
  });
  // Only lines with nothing but a line break between them: a blank line always ends a paragraph.
  const joined = (at: number): boolean => lines[at + 1] !== undefined && !/\n\s*\n/.test(text.slice(lines[at]!.end, lines[at + 1]!.start));
  const longest = longestInParagraph(lines.map((line) => line.text.length), joined);
  const passages: Passage[] = [];
  for (let at = 0; at < lines.length; at += 1) {
    const first = lines[at]!;
    let last = first;
    while (joined(at) && continues(last.text, lines[at + 1]!.text, longest[at]!)) {
      at += 1;
      last = lines[at]!;
    }
    passages.push({ index: passages.length, start: first.start, end: last.end, text: text.slice(first.start, last.end) });
  }
  return passages;
}
