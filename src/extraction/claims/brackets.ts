import { isArgument, type Unit } from '../units/unit';

/**
 * The index of the ")" closing the bracket that opens at `index`, when it closes before `reach`
 * units and every unit inside is `allowed`.
 */
export function closingBracket(units: readonly Unit[], index: number, reach: number, allowed: (unit: Unit) => boolean): number | undefined {
  if (units[index]?.lemma !== '(') return undefined;
  for (let end = index + 1; end < Math.min(units.length, index + reach); end += 1) {
    const unit = units[end]!;
    if (unit.lemma === ')') return end;
    if (!allowed(unit)) return undefined;
  }
  return undefined;
}

/** Whether `index` lies inside a pair of round brackets. */
export function insideBrackets(units: readonly Unit[], index: number): boolean {
  const open = units.slice(0, index).map((unit) => unit.lemma).lastIndexOf('(');
  return open >= 0 && !units.slice(open, index).some((unit) => unit.lemma === ')');
}

/** The units outside round brackets, the brackets themselves left out. */
export function withoutBrackets(units: readonly Unit[]): Unit[] {
  let depth = 0;
  return units.filter((unit) => {
    if (unit.lemma === '(') depth += 1;
    const outside = depth === 0;
    if (unit.lemma === ')') depth = Math.max(0, depth - 1);
    return outside && unit.lemma !== ')';
  });
}

export const FIGURE_POS: ReadonlySet<string> = new Set(['NUM', 'PUNCT', 'SYM', 'X']);
const MAX_STATISTICS_UNITS = 30;
// What a bracket of statistics is made of besides figures: labels ("pooled prevalence", "95% CI", "I²",
// "three studies; SMD"), "to" and "vs"; never a finite verb, a pronoun, a negation or anything named
// (a participle such as "pooled" and the "I" of "I²" are labels).
const STATISTICS_POS = new Set([...FIGURE_POS, 'NOUN', 'PROPN', 'ADJ', 'DET', 'ADP', 'CCONJ']);
const isFigure = (unit: Unit): boolean => unit.pos === 'NUM' || /^[−–-]?\d/.test(unit.text);

/** The index of the ")" closing a bracket of statistics ("(pooled prevalence 63%, 95% CI 54–71%; I² = 81%)") that opens at `index`. */
export function statisticsEnd(units: readonly Unit[], index: number): number | undefined {
  const isLabel = (unit: Unit): boolean =>
    (STATISTICS_POS.has(unit.pos) && !isArgument(unit) && unit.lemma !== 'no') || (unit.pos === 'VERB' && /ed$/i.test(unit.text)) || unit.text === 'I';
  const end = closingBracket(units, index, MAX_STATISTICS_UNITS, isLabel);
  return end !== undefined && units.slice(index + 1, end).some(isFigure) ? end : undefined;
}

/** Whether `index` lies inside a bracket of statistics, where "=" and "vs" compare figures and claim nothing. */
export function inStatistics(units: readonly Unit[], index: number): boolean {
  for (let open = index - 1; open >= Math.max(0, index - MAX_STATISTICS_UNITS); open -= 1) {
    if (units[open]!.lemma === ')') return false;
    if (units[open]!.lemma === '(') return (statisticsEnd(units, open) ?? -1) > index;
  }
  return false;
}
