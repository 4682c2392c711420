import type { Unit } from '../units/unit';

const DASHES = new Set(['-', '–', '—', '--']);
// An aside between dashes is short and stays within its clause.
const MAX_ASIDE = 16;
const CLAUSE_BREAKS = new Set([';', ':', '.', '!', '?']);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * The units with each aside set between dashes read as one set between commas: "gabapentin - which
 * she describes as a near-miracle for muscle aches - failed to touch the cravings" is read as
 * "gabapentin, which …, failed to …". A dash with a space on both sides is a dash of punctuation,
 * not a hyphen or a range ("2-4 days"), and only a pair of them encloses an aside; a lone dash
 * ("Loperamide - for diarrhoea") keeps its own reading.
 */
export function withDashAsidesAsCommas(units: readonly Unit[]): readonly Unit[] {
  const dashes = units.flatMap((_, at) => (isSpacedDash(units, at) ? [at] : []));
  if (dashes.length < 2) return units;
  const commas = new Set<number>();
  for (let pair = 0; pair + 1 < dashes.length; pair += 1) {
    const [open, close] = [dashes[pair]!, dashes[pair + 1]!];
    const aside = units.slice(open + 1, close);
    if (open === 0 || aside.length > MAX_ASIDE || aside.length === 0 || aside.some((unit) => CLAUSE_BREAKS.has(unit.lemma)) || !isAside(aside)) continue;
    commas.add(open).add(close);
    pair += 1;
  }
  return commas.size === 0 ? units : units.map((unit, at) => (commas.has(at) ? { ...unit, text: ',', lemma: ',', pos: 'PUNCT' } : unit));
}

/**
 * A relative clause ("- which she describes as … -") or a noun phrase in apposition ("– a drug for
 * nerve pain –"); not a list the dashes set out ("his presentation - jaundice, pruritus and dark
 * urine - was typical") nor a clause of its own ("— the Poisons Service has recorded them —").
 */
function isAside(aside: readonly Unit[]): boolean {
  if (RELATIVES.has(aside[0]!.lemma)) return true;
  return ARTICLES.has(aside[0]!.lemma) && !aside.some((unit) => unit.pos === 'VERB' || unit.pos === 'AUX');
}

function isSpacedDash(units: readonly Unit[], at: number): boolean {
  const unit = units[at]!;
  const before = units[at - 1];
  const after = units[at + 1];
  return DASHES.has(unit.text) && before !== undefined && after !== undefined && before.end < unit.start && unit.end < after.start;
}
