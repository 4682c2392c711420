import type { EntityKind } from '../../domain/entityKinds';
import { isClauseBreak, isListJoiner } from './joiners';
import type { SentenceContext, SentenceMention } from './sentenceContext';

/**
 * The subject list of a trigger starting at `position`: the nearest mention of one of `kinds`
 * before it, in the same clause and not negated ("Naltrexone … it does not relieve"), and the
 * mentions of those kinds coordinated with it ("Lofexidine and clonidine act on …").
 */
export function groupBefore(
  context: SentenceContext,
  position: number,
  kinds: ReadonlySet<EntityKind>,
): SentenceMention[] {
  const { documentText, mentions } = context;
  let index = findLastIndex(mentions, (mention) => mention.end <= position && kinds.has(mention.kind));
  const last = mentions[index];
  if (!last || isClauseBreak(documentText.slice(last.end, position))) return [];
  const group = [last];
  for (index -= 1; index >= 0; index -= 1) {
    const previous = mentions[index]!;
    const next = group[0]!;
    if (!kinds.has(previous.kind) || !isListJoiner(documentText.slice(previous.end, next.start))) break;
    group.unshift(previous);
  }
  return group;
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index -= 1) {
    if (predicate(items[index]!)) return index;
  }
  return -1;
}
