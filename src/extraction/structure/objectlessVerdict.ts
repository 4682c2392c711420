import { AGENT_KINDS } from '../../domain/entityKinds';
import { assertionStatus, findCues } from '../claims/assertionStatus';
import type { ClaimDraft } from '../claims/claimDraft';
import type { EntityRef, Unit } from '../units/unit';

// Verdicts on a remedy that need no object: "helped", "worked", "did nothing", "hasn't done anything",
// "made no difference", "was useless"; their negation and hedges are read as in any sentence.
const VERDICTS: readonly (readonly string[])[] = [
  ['help'], ['work'], ['do', 'nothing'], ['do', 'anything'], ['do', 'a', 'thing'], ['do', 'much'], ['do', 'little'],
  ['do', 'jack'], ['do', 'squat'], ['do', 'zilch'], ['do', 'wonders'], ['work', 'wonders'],
  ['make', 'a', 'difference'], ['make', 'no', 'difference'], ['make', 'any', 'difference'], ['make', 'much', 'difference'],
  ['be', 'useless'], ['be', 'helpful'], ['be', 'a', 'lifesaver'], ['be', 'a', 'godsend'],
];
// What may stand between a remedy and its verdict: auxiliaries, negation, adverbs ("The magnesium
// hasn't really done anything"), and a short relative clause naming nothing ("the magnesium you suggested").
const BETWEEN_POS = new Set(['AUX', 'PART', 'ADV', 'PRON', 'VERB', 'NOUN', 'PROPN', 'DET', 'ADP', 'NUM', 'ADJ']);
// Verbs of relief whose object may point back ("prevent this", "help with that"), and the pointers.
const POINTING_RELIEF = new Set(['prevent', 'avoid', 'ease', 'relieve', 'reduce', 'help', 'manage', 'treat', 'control', 'lessen', 'improve', 'fix', 'minimise', 'minimize', 'soothe', 'calm']);
const POINTERS = new Set(['this', 'that', 'these', 'those']);
const MAX_BETWEEN = 8;
// What may follow the verdict: degree and time ("at all", "so far", "a lot", "for me", "either").
const AFTER_WORDS = new Set(['at', 'all', 'so', 'far', 'a', 'lot', 'bit', 'little', 'for', 'me', 'us', 'him', 'her', 'them', 'either', 'really', 'much', 'yet', 'though', 'tho', 'great', 'well', 'unfortunately', 'sadly', 'honestly', 'whatsoever', 'sort', 'of']);
const PUNCTUATION = new Set(['.', '!', ',', '…']);
const OPENING_DETERMINERS = new Set(['the', 'a', 'an', 'my', 'that', 'this', 'his', 'her', 'their', 'your', 'our']);

/**
 * "Restless legs at night are awful. The magnesium you suggested hasn't done anything so far.":
 * a remedy's verdict with no object is on the signs the sentence before described, each symptom
 * named there, with this sentence's stance. A condition named before is not enough ("Kratom
 * withdrawal is tough. Clonidine helps." may praise clonidine for anything): only a question or
 * heading asks for its remedy (structure/answeredQuestion). A relief whose object points back
 * ("A gradual step-down helps most customers avoid this") is on those signs, else on that condition;
 * `pointerOnly` asks for such a relief alone (the sentence made claims of its own).
 */
export function objectlessVerdict(units: readonly Unit[], previous: readonly Unit[], pointerOnly: boolean): ClaimDraft[] {
  let at = 0;
  while (OPENING_DETERMINERS.has(units[at]?.lemma ?? '') || (units[at]?.pos === 'ADJ' && !units[at]!.entity)) at += 1;
  const agent = units[at]?.entity;
  if (!agent || !AGENT_KINDS.has(agent.kind) || agent.provisional) return [];
  const verdict = verdictAfter(units, at + 1);
  if (!verdict || (pointerOnly && !verdict.pointer)) return [];
  const symptoms = previous.flatMap((unit) => (unit.entity?.kind === 'Symptom' ? [unit.entity] : []));
  const conditions = verdict.pointer ? previous.flatMap((unit) => (unit.entity?.kind === 'Condition' ? [unit.entity] : [])) : [];
  const targets = new Map<string, EntityRef>((symptoms.length > 0 ? symptoms : conditions).map((entity) => [entity.id, entity]));
  const status = assertionStatus(units, findCues(units), verdict, verdict.last);
  return [...targets.values()].map((target) => ({ type: agent.kind === 'Strategy' ? 'MITIGATES' : 'RELIEVES', source: agent, target, ...status }));
}

/** The verdict's span after the remedy, when only auxiliaries and a short clause come between and nothing but degree after. */
function verdictAfter(units: readonly Unit[], from: number): { first: number; last: number; pointer: boolean } | undefined {
  const onlyDegree = (rest: readonly Unit[]): boolean => rest.every((unit) => !unit.entity && (AFTER_WORDS.has(unit.lemma) || PUNCTUATION.has(unit.lemma) || unit.pos === 'ADV'));
  for (let first = from; first < units.length && first <= from + MAX_BETWEEN; first += 1) {
    const phrase = VERDICTS.find((words) => words.every((word, offset) => units[first + offset]?.lemma === word));
    if (phrase && onlyDegree(units.slice(first + phrase.length))) return { first, last: first + phrase.length - 1, pointer: false };
    // "helps prevent this", "helps most customers avoid this entirely", "may help with that".
    const pointed = POINTING_RELIEF.has(units[first]!.lemma) ? first + (units[first + 1]?.lemma === 'with' ? 2 : 1) : -1;
    if (pointed > 0 && POINTERS.has(units[pointed]?.lemma ?? '') && !units[pointed]!.anaphor && onlyDegree(units.slice(pointed + 1))) return { first, last: first, pointer: true };
    const unit = units[first]!;
    if (unit.entity || !BETWEEN_POS.has(unit.pos)) return undefined;
  }
  return undefined;
}
