import { HOMOGRAPH_GOVERNORS, HOMOGRAPHS } from '../lexicon/homographs';
import { CAUSE, RELIEF } from '../lexicon/triggerLexicon';
import type { Vocabulary } from '../types';
import { entryRef, type Unit } from './unit';

const GOVERNING_VERBS = new Set([...RELIEF.entries, ...CAUSE.entries].filter((entry) => entry.lemmas.length === 1).map((entry) => entry.lemmas[0]!));

/**
 * "It does not usually cause fits", "kratom wont fix paws": a homograph (lexicon/homographs) right
 * after a verb of relief or cause, or a word of having, names its entity; anywhere else it is the
 * everyday word.
 */
export function resolveHomographs(units: readonly Unit[], vocabulary: Vocabulary): Unit[] {
  return units.map((unit, index) => {
    const id = unit.entity || unit.anaphor ? undefined : HOMOGRAPHS[unit.text.toLowerCase()];
    const entry = id === undefined ? undefined : vocabulary.byId.get(id);
    const governor = units[index - 1]?.lemma ?? '';
    if (!entry || !(GOVERNING_VERBS.has(governor) || HOMOGRAPH_GOVERNORS.has(governor) || opensClause(units, index))) return unit;
    return { start: unit.start, end: unit.end, text: unit.text, lemma: entry.name, pos: 'ENTITY', entity: entryRef(entry) };
  });
}

const CLAUSE_OPENERS = new Set(['but', 'and', ',', ';', '.', 'so', 'because']);

/** "but paws can hang around for weeks": a homograph that opens its clause as the subject of an auxiliary. */
function opensClause(units: readonly Unit[], index: number): boolean {
  return (index === 0 || CLAUSE_OPENERS.has(units[index - 1]!.lemma)) && units[index + 1]?.pos === 'AUX';
}
