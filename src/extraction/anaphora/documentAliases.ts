import lemmatizer from 'wink-lemmatizer';

import type { EntityRef, Unit } from '../units/unit';

// "Lofenza contains the active substance lofexidine", "… the active ingredient buprenorphine".
const ACTIVE_WORDS = new Set(['active', 'substance', 'ingredient', 'drug', 'the']);
const MAX_ACTIVE_WORDS = 4;

// Capitalised words that label a part of a text ("Table (kratom users)"), never a brand.
const TEXT_PARTS = new Set(['table', 'figure', 'fig', 'box', 'section', 'note', 'source', 'appendix', 'chapter', 'panel']);

/** An unknown capitalised name: a brand or product the vocabulary lacks; not a plural ("Patients (kratom users)") nor a part of the text. */
const isUnknownName = (unit: Unit | undefined): unit is Unit => {
  if (unit === undefined || unit.entity || unit.anaphor || !/^\p{Lu}[\p{L}\p{N}-]{2,}$/u.test(unit.text) || !(unit.pos === 'PROPN' || unit.name === true)) return false;
  const word = unit.text.toLowerCase();
  return !TEXT_PARTS.has(word) && lemmatizer.noun(word) === word;
};
const isMedicine = (unit: Unit | undefined): EntityRef | undefined => (unit?.entity?.kind === 'Substance' ? unit.entity : undefined);

// An abbreviation: capitals and digits ("MG", "7-OH-MG", "OUD"), with a capital and at most eight characters.
const ABBREVIATION = /^(?=.*\p{Lu})[\p{Lu}\p{N}][\p{Lu}\p{N}-]{0,7}$/u;

/**
 * Whether `short` abbreviates `long` as Schwartz and Hearst (2003) define it: its letters and
 * digits occur in `long` in order, the first at the start of a word. "MG" abbreviates mitragynine
 * ("M…g…"), "OUD" opioid use disorder; "NA" does not abbreviate mitragynine.
 */
function abbreviates(short: string, long: string): boolean {
  const letters = short.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const name = long.toLowerCase();
  let from = 0;
  for (const [index, letter] of [...letters].entries()) {
    let at = name.indexOf(letter, from);
    if (index === 0) while (at > 0 && /[\p{L}\p{N}]/u.test(name[at - 1]!)) at = name.indexOf(letter, at + 1);
    if (at < 0) return false;
    from = at + 1;
  }
  return letters.length > 0;
}

const MAX_GLOSS_UNITS = 4;
const GLOSSED_POS = new Set(['NOUN', 'PROPN', 'X', 'ADJ']);

/**
 * "bai krathom [kratom leaf]", "yaba [methamphetamine pill]": a translator's or editor's gloss in
 * square brackets after a word the vocabulary does not know names the one entity that word is.
 */
function glossOf(units: readonly Unit[], at: number): EntityRef | undefined {
  const word = units[at]!;
  if (word.entity || word.anaphor || !GLOSSED_POS.has(word.pos) || units[at + 1]?.lemma !== '[') return undefined;
  const close = units.findIndex((unit, index) => index > at + 1 && unit.lemma === ']');
  if (close < 0 || close - at - 2 > MAX_GLOSS_UNITS) return undefined;
  const named = units.slice(at + 2, close).flatMap((unit) => (unit.entity ? [unit.entity] : []));
  return named.length === 1 ? named[0] : undefined;
}

// A short form a legend defines, in any case ("MG", "bup", "w/d").
const SHORT_FORM = /^[\p{L}\p{N}][\p{L}\p{N}/-]{0,7}$/u;

/** "MG = mitragynine; bup = buprenorphine": the entity a short form before "=" abbreviates, named alone up to the entry's end. */
function legendEntry(units: readonly Unit[], at: number): EntityRef | undefined {
  const [short, equals, named, end] = [units[at]!, units[at + 1], units[at + 2], units[at + 3]];
  if (short.entity || short.anaphor || !SHORT_FORM.test(short.text) || equals?.text !== '=' || !named?.entity) return undefined;
  if (end && end.text !== ';' && end.text !== ',' && end.text !== '.') return undefined;
  return abbreviates(short.text, named.text) ? named.entity : undefined;
}

/** The entity a bracketed abbreviation after it stands for: "mitragynine (MG)". */
const abbreviated = (unit: Unit, short: Unit | undefined): EntityRef | undefined =>
  unit.entity && !unit.anaphor && short && !short.entity && ABBREVIATION.test(short.text) && abbreviates(short.text, unit.text) ? unit.entity : undefined;

/**
 * The names a document defines for its entities: brand names by their medicine ("Lofenza contains
 * the active substance lofexidine", "Lofenza (lofexidine)", "lofexidine (Lofenza)") and
 * abbreviations in brackets after any entity ("Mitragynine (MG)"), and words glossed in square
 * brackets ("krathom [kratom leaf]"), and short forms a legend defines ("MG = mitragynine; bup =
 * buprenorphine"). A leaflet then says "Lofenza
 * does not cause constipation" of lofexidine, a monograph "MG: partial agonist at MOR", so each such
 * name, wherever the document uses it, is that entity. Brand names are keyed in lower case; an
 * abbreviation as written, so that "MG" never makes "mg" a milligram of mitragynine.
 */
export function documentAliases(sentences: readonly (readonly Unit[])[]): Map<string, EntityRef> {
  const aliases = new Map<string, EntityRef>();
  for (const units of sentences) {
    units.forEach((unit, at) => {
      const inBrackets = units[at + 1]?.lemma === '(' && units[at + 3]?.lemma === ')';
      if (isUnknownName(unit) && inBrackets && isMedicine(units[at + 2])) aliases.set(unit.text.toLowerCase(), isMedicine(units[at + 2])!);
      if (isMedicine(unit) && inBrackets && isUnknownName(units[at + 2])) aliases.set(units[at + 2]!.text.toLowerCase(), unit.entity!);
      const abbreviation = inBrackets ? abbreviated(unit, units[at + 2]) : undefined;
      if (abbreviation) aliases.set(units[at + 2]!.text, abbreviation);
      const defined = legendEntry(units, at);
      if (defined) aliases.set(unit.text, defined);
      const glossed = glossOf(units, at);
      if (glossed) aliases.set(unit.text.toLowerCase(), glossed);
      if (isUnknownName(unit) && units[at + 1]?.lemma === 'contain') {
        let next = at + 2;
        while (next < at + 2 + MAX_ACTIVE_WORDS && ACTIVE_WORDS.has(units[next]?.lemma ?? '')) next += 1;
        const medicine = next > at + 2 && units.slice(at + 2, next).some((word) => word.lemma === 'active') ? isMedicine(units[next]) : undefined;
        if (medicine) aliases.set(unit.text.toLowerCase(), medicine);
      }
    });
  }
  return aliases;
}

/** The units with each name the document defined standing for its entity. */
export function withAliases(units: readonly Unit[], aliases: ReadonlyMap<string, EntityRef>): Unit[] {
  return units.map((unit) => {
    const entity = !unit.entity && !unit.anaphor ? (aliases.get(unit.text) ?? aliases.get(unit.text.toLowerCase())) : undefined;
    return entity ? { ...unit, entity, name: false } : unit;
  });
}
