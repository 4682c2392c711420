/**
 * Turns free text into a Lucene query for the entity full-text index. Only letters and digits survive
 * tokenising, so no user character can reach Lucene as syntax: "kratom AND (" searches "kratom" and "and".
 * Each word matches exactly (best), as a prefix (for type-ahead), or within an edit distance that grows
 * with its length (for typos such as "mitraginine"). Undefined when the text has no word at all.
 */
export function luceneQuery(text: string): string | undefined {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 16);
  if (words.length === 0) return undefined;
  const clauses = words.map((word) => {
    const alternatives = [`${word}^4`, `${word}*^2`];
    if (word.length >= 8) alternatives.push(`${word}~2`);
    else if (word.length >= 4) alternatives.push(`${word}~1`);
    return `(${alternatives.join(' OR ')})`;
  });
  const terms = clauses.join(' OR ');
  return `name:(${terms})^2 OR aliasText:(${terms})`;
}
