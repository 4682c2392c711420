import type { Passage } from '../types';

// "posted in r/quittingkratom by u/jd_88", "By Maria Lopez, Health Reporter", "Submitted 3 days ago by …".
const BYLINE = /^(?:posted|submitted|written|published|by)\b|\bu\/\w+/i;

/**
 * Where a document's title is: its first line, or the second when the first is a byline (a forum
 * post's "posted in … by u/…", a news story's "By …"), which names who wrote, not what about.
 */
export function titlePassageIndex(passages: readonly Passage[]): number {
  return passages.length > 1 && BYLINE.test(passages[0]!.text.trim()) ? 1 : 0;
}
