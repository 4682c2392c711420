import type { Token } from '../language/analysedText';
import { isPipeRow, isPipeRule } from './pipeTable';
import { isRuling } from './verdictLine';

/** What a passage (one line) is: its role decides whether its sentences can be evidence. */
export type PassageRole = 'heading' | 'listItem' | 'tableRow' | 'quote' | 'rule' | 'legend' | 'prose';

// "- item", "* item", "• item", "1. item", "2) item".
const LIST_MARKER = /^(?:[-*•–·▪◦✔✓☑✅➤►→]|\d{1,2}[.)])\s+/;
const MAX_HEADING_WORDS = 12;
// "7-hydroxymitragynine (7-OH)", "Withdrawal (kratom)": a glossary's headword with its abbreviation or gloss in brackets.
const GLOSSED_NAME = /^[^()[\].!?:;,]{1,60}[([][\p{L}\d\s.-]{1,30}[)\]]$/u;
// "How Long Does Kratom Withdrawal Last", "What to expect": a heading may be put as a question.
const QUESTION_WORDS = new Set(['what', 'how', 'why', 'when', 'where', 'which', 'who', 'can', 'does', 'do', 'is', 'are', 'should']);

/**
 * A line's role from its shape and, for a short line without final punctuation, its grammar: a
 * title ("Managing The Sweats", "Treatment options", "# Side effects") is a heading, a clause with
 * a finite verb ("magnesium helps with the sweats", as forums write) is a sentence.
 */
export function passageRole(text: string, words: readonly Token[]): PassageRole {
  if (/^[-=_*]{3,}$/.test(text) || isPipeRule(text)) return 'rule';
  if (isPipeRow(text)) return 'tableRow';
  if (isLegend(text)) return 'legend';
  if (text.startsWith('>')) return 'quote';
  if (LIST_MARKER.test(text) || isTableRow(text)) return 'listItem';
  if (text.startsWith('#')) return 'heading';
  const short = text.split(/\s+/).length <= MAX_HEADING_WORDS;
  if ((!/[.!?:;”"’')\]]$/.test(text) || GLOSSED_NAME.test(text)) && short && !readsAsClause(words) && !isRuling(words)) return 'heading';
  return 'prose';
}

// "Key: C = caller; SU = service user; w/d = withdrawal": a short form, "=", what it stands for.
// Words on both sides: "I² = 81%" in a paragraph of results is a figure, no legend.
const LEGEND_ENTRY = /^(?:[\p{L} ]{1,20}:\s*)?[\p{L}\p{N}][^\s=()]{0,11}\s*=\s*\p{L}[^=()]{0,40}$/u;
const MIN_LEGEND_ENTRIES = 2;

/**
 * A legend of abbreviations ("Key: C = caller; SU = service user; …", and its lines after the first):
 * it says what the text's short forms stand for (anaphora/documentAliases) and asserts nothing.
 */
function isLegend(text: string): boolean {
  const entries = text.split(';').map((part) => part.trim()).filter((part) => part.length > 0);
  const defining = entries.filter((entry) => LEGEND_ENTRY.test(entry));
  return defining.length >= MIN_LEGEND_ENTRIES && defining.length * 2 >= entries.length;
}

// "Restless legs              54%", "Insomnia\t51%": columns set apart by a tab or three spaces or more.
const COLUMN_GAP = /\S(?: {3,}|\t)\S/;

/** A row of a table drawn in text: a list item whose first column is the item (its lead is the sentence before the table). */
function isTableRow(text: string): boolean {
  return COLUMN_GAP.test(text) && !/[.!?]$/.test(text);
}

/** The length of a list item's marker ("- ", "2. "), which is not part of what it says. */
export function listMarkerLength(text: string): number {
  return LIST_MARKER.exec(text)?.[0].length ?? 0;
}

/** A clause, not a title: a finite verb, neither in title case nor put as a question. */
function readsAsClause(words: readonly Token[]): boolean {
  const letters = words.filter((word) => /^\p{L}/u.test(word.text));
  if (letters.length === 0 || QUESTION_WORDS.has(letters[0]!.lemma)) return false;
  const long = letters.filter((word) => word.text.length > 3);
  if (long.length > 1 && long.every((word) => /^\p{Lu}/u.test(word.text))) return false;
  return words.some((word, index) => isFiniteVerb(word, words[index - 1]));
}

// "Managing withdrawal", "How to taper": a gerund or an infinitive is no finite verb.
function isFiniteVerb(word: Token, previous: Token | undefined): boolean {
  if (word.pos !== 'VERB' && word.pos !== 'AUX') return false;
  return !/ing$/i.test(word.text) && previous?.lemma !== 'to';
}
