import type { Unit } from './unit';

const PREDICATE_POS = new Set(['VERB', 'AUX']);
const ENDS = new Set([';', ':', '.', '!', '?']);

/**
 * "Signs: restless legs; myalgia; insomnia", "clonidine (sweating, anxiety); loperamide
 * (diarrhoea)": telegraphic writing lists with semicolons. A semicolon between two stretches with
 * no verb separates items of one list, as a comma does; one beside a clause still ends it.
 */
export function semicolonLists(units: readonly Unit[]): Unit[] {
  const verbless = (from: number, step: 1 | -1): boolean => {
    let index = from;
    let words = 0;
    let depth = 0;
    while (units[index] && !(depth === 0 && ENDS.has(units[index]!.lemma))) {
      const { lemma, pos } = units[index]!;
      if (lemma === (step === 1 ? '(' : ')')) depth += 1;
      else if (lemma === (step === 1 ? ')' : '(')) depth = Math.max(0, depth - 1);
      // What a bracket says ("constipation (common, dose-related)") is an aside, not the item's verb.
      else if (depth === 0 && PREDICATE_POS.has(pos)) return false;
      words += 1;
      index += step;
    }
    return words > 0;
  };
  return units.map((unit, index) => (unit.lemma === ';' && verbless(index - 1, -1) && verbless(index + 1, 1) ? { ...unit, lemma: ',', rewritten: true } : unit));
}
