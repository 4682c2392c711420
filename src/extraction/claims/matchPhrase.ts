import type { Unit } from '../units/unit';

const MAX_GAP = 6;
const MAX_ADVERBS = 2;
const CLAUSE_BREAKS = new Set([':', ';', '.', '!', '?', '(', ')']);

/**
 * Where a lemma phrase matches the units from `first` on: the index of its last unit, or -1. A word
 * matches by lemma or by lower-case form; `*` stands for one to six units inside one clause ("make *
 * worse", never "made it livable: the worst"), and up to two adverbs may stand between two words
 * ("acts strongly on").
 */
export function matchPhrase(units: readonly Unit[], first: number, lemmas: readonly string[]): number {
  let position = first;
  for (let index = 0; index < lemmas.length; index += 1) {
    const lemma = lemmas[index]!;
    if (lemma === '*') {
      const next = lemmas[index + 1];
      for (let gap = 1; gap <= MAX_GAP && position + gap < units.length; gap += 1) {
        if (endsClause(units, position + gap - 1)) return -1;
        if (next !== undefined && matchesWord(units[position + gap]!, next)) {
          const rest = matchPhrase(units, position + gap, lemmas.slice(index + 1));
          if (rest >= 0) return rest;
        }
      }
      return -1;
    }
    // "acts strongly on", "leads quickly to": adverbs may stand inside a phrase, never before it.
    let skipped = 0;
    while (index > 0 && skipped < MAX_ADVERBS && units[position]?.pos === 'ADV' && !matchesWord(units[position]!, lemma)) {
      position += 1;
      skipped += 1;
    }
    const unit = units[position];
    if (!unit || !matchesWord(unit, lemma)) return -1;
    position += 1;
  }
  return position - 1;
}

// After a comma, a list goes on with what it names ("makes nausea, vomiting and cramps worse"); any
// other word opens a clause of its own ("makes the anxiety worse, so go easy on the coffee").
const LIST_ITEM_POS = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM']);

function endsClause(units: readonly Unit[], index: number): boolean {
  const unit = units[index]!;
  if (CLAUSE_BREAKS.has(unit.text)) return true;
  const next = units[index + 1];
  return unit.text === ',' && next !== undefined && next.entity === undefined && !LIST_ITEM_POS.has(next.pos);
}

function matchesWord(unit: Unit, lemma: string): boolean {
  return unit.entity === undefined && (unit.lemma === lemma || (!unit.rewritten && (unit.text.toLowerCase() === lemma || isMistaggedVerb(unit, lemma))));
}

/** "Mitragynine interacts with …": a third-person verb the tagger took for a noun keeps its "-s" in the lemma. */
const isMistaggedVerb = (unit: Unit, lemma: string): boolean => unit.pos === 'NOUN' && unit.lemma === unit.text.toLowerCase() && (unit.lemma === `${lemma}s` || unit.lemma === `${lemma}es`);

type Phrases = readonly (readonly string[])[];

// Each cue list indexed by its phrases' first word, built once per list: a sentence is then tried
// only against the phrases its words can open, not against every phrase at every word.
const firstWordIndexes = new WeakMap<Phrases, Map<string, Phrases>>();

function firstWordIndex(phrases: Phrases): Map<string, Phrases> {
  let index = firstWordIndexes.get(phrases);
  if (!index) {
    const built = new Map<string, (readonly string[])[]>();
    for (const phrase of phrases) built.set(phrase[0]!, [...(built.get(phrase[0]!) ?? []), phrase]);
    index = built;
    firstWordIndexes.set(phrases, index);
  }
  return index;
}

// Each unit's opening words, worked out once: every cue list and trigger family asks for them at every unit.
const openingWordsOf = new WeakMap<Unit, readonly string[]>();

/** The words a phrase may open with at `unit` (matchesWord): its lemma, its form, or the form of a verb misread as a noun. */
export function openingWords(unit: Unit): readonly string[] {
  let words = openingWordsOf.get(unit);
  if (!words) {
    const found = new Set([unit.lemma]);
    if (!unit.rewritten) {
      const form = unit.text.toLowerCase();
      found.add(form);
      if (unit.pos === 'NOUN' && unit.lemma === form) found.add(form.replace(/s$/, '')).add(form.replace(/es$/, ''));
    }
    words = [...found];
    openingWordsOf.set(unit, words);
  }
  return words;
}

/** The phrases whose first word the unit can match. */
function phrasesOpenedBy(unit: Unit, index: Map<string, Phrases>): Phrases {
  if (unit.entity !== undefined) return [];
  return openingWords(unit).flatMap((word) => index.get(word) ?? []);
}

/** Every match of any of `phrases` in the units, longest first at each position, none inside another. */
export function findPhrases(units: readonly Unit[], phrases: Phrases): { first: number; last: number; phrase: readonly string[] }[] {
  const found: { first: number; last: number; phrase: readonly string[] }[] = [];
  const index = firstWordIndex(phrases);
  let coveredUntil = -1;
  for (let first = 0; first < units.length; first += 1) {
    let best: { first: number; last: number; phrase: readonly string[] } | undefined;
    for (const phrase of phrasesOpenedBy(units[first]!, index)) {
      const last = matchPhrase(units, first, phrase);
      if (last >= 0 && (!best || last > best.last)) best = { first, last, phrase };
    }
    if (best && best.last > coveredUntil) {
      found.push(best);
      coveredUntil = best.last;
    }
  }
  return found;
}
