import { isListJoiner, isOpenGap } from './joiners';
import type { SentenceContext, SentenceMention } from './sentenceContext';

/**
 * The coordinated list a trigger ending at `position` governs: the first mention after it (if only
 * a few words intervene) and every mention chained to it by list joiners. A naming mention
 * ("… known as kratom wobbles") ends the list.
 */
export function groupAfter(context: SentenceContext, position: number): SentenceMention[] {
  const { documentText, mentions } = context;
  let index = mentions.findIndex((mention) => mention.start >= position);
  const first = mentions[index];
  if (!first || first.naming || !isOpenGap(documentText.slice(position, first.start))) return [];
  const group = [first];
  for (index += 1; index < mentions.length; index += 1) {
    const previous = mentions[index - 1]!;
    const next = mentions[index]!;
    if (next.naming || !isListJoiner(documentText.slice(previous.end, next.start))) break;
    group.push(next);
  }
  return group;
}
