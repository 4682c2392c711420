import { distance } from 'fastest-levenshtein';

// A word that matches no better than this (half its letters wrong) is no match at all: "sickness"
// does not count towards "dose" however the rest of the text matches.
const WORD_FLOOR = 0.6;

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** 1 for the same word; a prefix by how much of the word it covers; otherwise by edit distance. */
function wordScore(typed: string, word: string): number {
  if (typed === word) return 1;
  if (typed.length >= 2 && word.startsWith(typed)) return 0.5 + (0.5 * typed.length) / word.length;
  const score = 1 - distance(typed, word) / Math.max(typed.length, word.length);
  return score >= WORD_FLOOR ? score : 0;
}

/**
 * How well typed text matches one name, from 0 to 1: the harmonic mean of how much of the text the
 * name explains (each typed word's best match) and how much of the name the text covers. Case and
 * punctuation do not count, so "7 oh" matches "7-OH" exactly. "dope sickness" against "dose" scores
 * 0.55: one word close, the other not at all.
 */
export function matchScore(text: string, name: string): number {
  const typed = wordsOf(text);
  const words = wordsOf(name);
  if (typed.length === 0 || words.length === 0) return 0;
  const best = typed.map((word) => Math.max(...words.map((candidate) => wordScore(word, candidate))));
  const explained = best.reduce((sum, score) => sum + score, 0) / typed.length;
  const covered = Math.min(1, best.filter((score) => score > 0).length / words.length);
  if (explained === 0 || covered === 0) return 0;
  return (2 * explained * covered) / (explained + covered);
}

/** The best score of the text against any of an entity's names. */
export function bestMatchScore(text: string, names: readonly string[]): number {
  return Math.max(0, ...names.map((name) => matchScore(text, name)));
}
