/**
 * The lookup key of a sequence of words: lower case, joined without separators (so "7-hydroxy
 * mitragynine", "7-hydroxy-mitragynine" and "7-hydroxymitragynine" meet) and the last word made
 * singular (so "receptors" finds "receptor"). Case-sensitive terms (acronyms such as MOR, 7-OH)
 * keep their case and number, marked with a leading "=" so they never meet a lower-case key.
 */
export function termKey(words: readonly string[], caseSensitive: boolean): string {
  if (caseSensitive) return `=${words.join('')}`;
  const lower = words.map((word) => word.toLowerCase());
  const last = lower.length - 1;
  lower[last] = singular(lower[last] ?? '');
  return lower.join('');
}

// Crude English singular, applied to both vocabulary and text so both sides agree; words ending
// in -ss, -us, -is ("dizziness", "stimulus", "analysis") are left alone, and so are words of four
// letters or fewer, so a short plural can name what its singular does not ("subs" is buprenorphine,
// "sub" a subreddit).
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}
