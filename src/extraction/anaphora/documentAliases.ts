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

/**
 * The brand names a document defines by its medicine: "Lofenza contains the active substance
 * lofexidine", "Lofenza (lofexidine)", "lofexidine (Lofenza)". A leaflet then says "Lofenza does not
 * cause constipation" of lofexidine, so each such name, wherever the document uses it, is that medicine.
 */
export function documentAliases(sentences: readonly (readonly Unit[])[]): Map<string, EntityRef> {
  const aliases = new Map<string, EntityRef>();
  for (const units of sentences) {
    units.forEach((unit, at) => {
      const inBrackets = units[at + 1]?.lemma === '(' && units[at + 3]?.lemma === ')';
      if (isUnknownName(unit) && inBrackets && isMedicine(units[at + 2])) aliases.set(unit.text.toLowerCase(), isMedicine(units[at + 2])!);
      if (isMedicine(unit) && inBrackets && isUnknownName(units[at + 2])) aliases.set(units[at + 2]!.text.toLowerCase(), unit.entity!);
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

/** The units with each defined brand name standing for its medicine. */
export function withAliases(units: readonly Unit[], aliases: ReadonlyMap<string, EntityRef>): Unit[] {
  return units.map((unit) => {
    const entity = !unit.entity && !unit.anaphor ? aliases.get(unit.text.toLowerCase()) : undefined;
    return entity ? { ...unit, entity, name: false } : unit;
  });
}
