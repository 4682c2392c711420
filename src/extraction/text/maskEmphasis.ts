// "**mitragynine**", "__tolerance__", "*not*", "_very_": Markdown emphasis around words.
const EMPHASIS = /(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1|(?<![\p{L}\p{N}*])([*_])(?=[^\s*_])([^\n*_]+?)(?<=[^\s*_])\3(?![\p{L}\p{N}*])/gu;

/**
 * The text with Markdown's emphasis markers blanked out, so "**speciogynine** and **speciociliatine**"
 * reads as the list it is; the same length, so every offset still slices the document. A "* " bullet
 * and a word_with_underscores are left alone.
 */
export function maskEmphasis(text: string): string {
  if (!text.includes('*') && !text.includes('_')) return text;
  return text.replace(EMPHASIS, (match: string, double?: string, doubled?: string, single?: string, singled?: string) => {
    const marker = double ?? single ?? '';
    const inner = doubled ?? singled ?? '';
    const blank = ' '.repeat(marker.length);
    return match.length === inner.length + 2 * marker.length ? `${blank}${inner}${blank}` : match;
  });
}
