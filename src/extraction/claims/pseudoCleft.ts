import { isArgument, type Unit } from '../units/unit';

const NEGATIONS = new Set(['not', 'never']);
const OPENERS = new Set(['and', 'but', 'so', ',']);

/**
 * A pseudo-cleft read as the plain sentence it stresses: "Tapering is what softens it most" says
 * "Tapering softens it most"; "What helped most was walking" says "walking helped most". The
 * units keep their offsets, so evidence still quotes the sentence as written.
 */
export function withoutCleft(units: readonly Unit[]): readonly Unit[] {
  return subjectFirst(units) ?? whatFirst(units) ?? units;
}

/** "X is (not) what V …": the copula and "what" go, a negation stays. */
function subjectFirst(units: readonly Unit[]): Unit[] | undefined {
  for (let at = 1; at < units.length - 2; at += 1) {
    if (units[at]!.lemma !== 'be') continue;
    const negated = NEGATIONS.has(units[at + 1]!.lemma);
    const what = negated ? at + 2 : at + 1;
    const verb = units[what + 1]?.pos === 'ADV' ? what + 2 : what + 1;
    if (units[what]?.lemma !== 'what' || units[verb]?.pos !== 'VERB' || !units.slice(0, at).some(isArgument)) continue;
    return [...units.slice(0, at), ...(negated ? [units[at + 1]!] : []), ...units.slice(what + 1)];
  }
  return undefined;
}

/**
 * "What (really) helped most was walking", "the only thing that helped the legs was gabapentin": the
 * complement after the copula becomes the subject.
 */
function whatFirst(units: readonly Unit[]): Unit[] | undefined {
  let what = 0;
  while (OPENERS.has(units[what]?.lemma ?? '')) what += 1;
  const marked = units[what]?.lemma === 'what' ? what : thingThat(units, what);
  if (marked === undefined) return undefined;
  const verb = units[marked + 1]?.pos === 'ADV' ? marked + 2 : marked + 1;
  if (units[verb]?.pos !== 'VERB' || units[units.length - 1]?.text === '?') return undefined;
  const copula = units.findIndex((unit, at) => at > verb && unit.lemma === 'be');
  if (copula < 0) return undefined;
  const complement = units[copula + 1]?.pos === 'DET' || NEGATIONS.has(units[copula + 1]?.lemma ?? '') ? copula + 2 : copula + 1;
  if (!units[complement] || !isArgument(units[complement]!)) return undefined;
  const end = units[units.length - 1]!.pos === 'PUNCT' ? units.length - 1 : units.length;
  return [...units.slice(0, what), ...units.slice(copula + 1, end), ...units.slice(marked + 1, copula), ...units.slice(end)];
}

// "the only thing", "the one thing that", "the best thing which": a noun phrase standing for "what".
const THING_MODIFIERS = new Set(['only', 'one', 'best', 'main', 'real', 'first', 'biggest']);
const RELATIVES = new Set(['that', 'which']);

/** Where "the (only) thing (that)" opening at `first` ends, if it opens there. */
function thingThat(units: readonly Unit[], first: number): number | undefined {
  if (units[first]?.lemma !== 'the') return undefined;
  let at = first + 1;
  while (THING_MODIFIERS.has(units[at]?.lemma ?? '')) at += 1;
  if (units[at]?.lemma !== 'thing') return undefined;
  return RELATIVES.has(units[at + 1]?.lemma ?? '') ? at + 1 : at;
}
