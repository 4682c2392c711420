/** What a passage (one line) is: its role decides whether its sentences can be evidence. */
export type PassageRole = 'heading' | 'listItem' | 'quote' | 'rule' | 'prose';

// "- item", "* item", "• item", "1. item", "2) item".
const LIST_MARKER = /^(?:[-*•–·▪◦]|\d{1,2}[.)])\s+/;
const MAX_HEADING_WORDS = 12;

export function passageRole(text: string): PassageRole {
  if (/^[-=_*]{3,}$/.test(text)) return 'rule';
  if (text.startsWith('>')) return 'quote';
  if (LIST_MARKER.test(text)) return 'listItem';
  const words = text.split(/\s+/).length;
  if (!/[.!?:;”"’')\]]$/.test(text) && words <= MAX_HEADING_WORDS) return 'heading';
  return 'prose';
}

/** The length of a list item's marker ("- ", "2. "), which is not part of what it says. */
export function listMarkerLength(text: string): number {
  return LIST_MARKER.exec(text)?.[0].length ?? 0;
}
