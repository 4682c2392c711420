import type { Passage } from '../types';

/**
 * One passage per non-blank line (the corpus writes each paragraph, heading and list item on its own
 * line), trimmed; `start`/`end` index the document so `text.slice(start, end) === passage.text`.
 */
export function splitPassages(text: string): Passage[] {
  const passages: Passage[] = [];
  for (const line of text.matchAll(/[^\r\n]+/g)) {
    const leading = line[0].length - line[0].trimStart().length;
    const trimmed = line[0].trim();
    if (trimmed.length === 0) continue;
    const start = line.index + leading;
    passages.push({ index: passages.length, start, end: start + trimmed.length, text: trimmed });
  }
  return passages;
}
