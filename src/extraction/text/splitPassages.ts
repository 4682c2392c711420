import type { Passage } from '../types';

// Words no sentence ends on: a line that stops on one was wrapped, and its sentence goes on below
// ("clonidine helped with the / sweating").
const OPEN_ENDINGS = new Set([
  'a', 'an', 'the', 'of', 'to', 'with', 'and', 'or', 'but', 'for', 'in', 'on', 'at', 'by', 'from', 'into', 'than', 'as',
  'my', 'your', 'his', 'her', 'their', 'our', 'its', 'is', 'was', 'were', 'are', 'be', 'been', 'that', 'which', 'who',
  'very', 'so', 'really', 'not', 'no', 'some', 'any', 'this', 'these', 'those', 'can', 'could', 'will', 'would', 'may', 'might',
]);
// A line this long without an end mark, followed by one that opens in lower case, was wrapped at a fixed width
// (plain-text e-mail, captions); chat lines, each a message of its own, run shorter.
const WRAP_WIDTH = 55;
const LIST_MARK = /^(?:[-*•–+>]|\d+[.)]|[a-z][.)]\s)/;
const ENDED = /[.!?:;"”’')\]]$/;

/** Whether the line `line` was wrapped, so that `next` continues its sentence. */
function continues(line: string, next: string): boolean {
  if (ENDED.test(line) || LIST_MARK.test(next) || !/^[a-z]/.test(next)) return false;
  const lastWord = /([A-Za-z']+)$/.exec(line)?.[1]?.toLowerCase() ?? '';
  return OPEN_ENDINGS.has(lastWord) || line.length >= WRAP_WIDTH;
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
  const passages: Passage[] = [];
  for (let at = 0; at < lines.length; at += 1) {
    const first = lines[at]!;
    let last = first;
    // Only lines with nothing but a line break between them: a blank line always ends a paragraph.
    while (lines[at + 1] && continues(last.text, lines[at + 1]!.text) && !/\n\s*\n/.test(text.slice(last.end, lines[at + 1]!.start))) {
      at += 1;
      last = lines[at]!;
    }
    passages.push({ index: passages.length, start: first.start, end: last.end, text: text.slice(first.start, last.end) });
  }
  return passages;
}
