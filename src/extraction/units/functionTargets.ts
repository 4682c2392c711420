import { EXCESS_WORDS, FUNCTION_WORDS, LOSS_WORDS, LOWERING_VERBS, RAISING_VERBS } from '../lexicon/functionTargets';
import { EASING_ADJECTIVES, WORSENING_ADJECTIVES } from '../lexicon/directionAdjectives';
import { RELIEF } from '../lexicon/triggerLexicon';
import type { Vocabulary } from '../types';
import { entryRef, type EntityRef, type Unit } from './unit';

// Words that may stand between the verb and the function: "helped me sleep", "lifted my mood",
// "helped with the mood", "messed up ur sleep", "let me actually sleep", "helps a lot of people get to sleep",
// "can help a little with falling asleep", "may help a bit w/ getting off to sleep".
const BETWEEN_POS = new Set(['DET', 'PRON', 'ADV', 'PART']);
const BETWEEN_WORDS = new Set(['with', 'up', 'u', 'ur', 'to', 'me', 'my', 'people', 'ppl', 'patients', 'lot', 'of', 'little', 'bit']);
const MAX_BETWEEN = 4;
const RELIEF_VERBS = new Set(RELIEF.entries.filter((entry) => entry.lemmas.length === 1).map((entry) => entry.lemmas[0]!));
const RAISING = new Set(RAISING_VERBS);
const LOWERING = new Set(LOWERING_VERBS);
const LOSS = new Set(LOSS_WORDS);
const EXCESS = new Set(EXCESS_WORDS);
const DIRECTION_ADJECTIVES = new Set([...WORSENING_ADJECTIVES, ...EASING_ADJECTIVES]);

/**
 * A function said to be lost ("my sleep is terrible", "low energy") names the symptom of its loss;
 * one named as the object of a verb that raises or lowers it is read as the symptom it stands for: "helped me sleep" → help + insomnia, "let me sleep" and "lifted my mood" → relief of
 * insomnia and low mood, "wrecked my sleep" and "dropped my blood pressure" → cause of insomnia and
 * low blood pressure. The trigger rules then find the agent as for any other claim.
 */
export function expandFunctionTargets(units: readonly Unit[], vocabulary: Vocabulary): Unit[] {
  const expanded = [...units];
  for (let index = 0; index < expanded.length; index += 1) {
    const found = functionAt(expanded, index);
    if (!found) continue;
    const state = statedState(expanded, index, found);
    if (state) {
      const target = symptom(state.excess ? found.entry.excess! : found.entry.loss, vocabulary);
      if (!target) continue;
      const text = expanded.slice(state.first, state.last + 1).map((unit) => unit.text).join(' ');
      expanded.splice(state.first, state.last - state.first + 1, { start: expanded[state.first]!.start, end: expanded[state.last]!.end, text, lemma: target.name, pos: 'ENTITY', entity: target });
      index = state.first;
      continue;
    }
    const verbIndex = governingVerb(expanded, index);
    if (verbIndex === undefined) continue;
    const verb = expanded[verbIndex]!;
    // "makes sleep worse", "made my mood better": the function stands for its loss, and "make * worse"
    // or "make * better" reads it as it reads any symptom.
    const after = expanded[index + found.length];
    if (verb.lemma === 'make' && after && (DIRECTION_ADJECTIVES.has(after.lemma) || DIRECTION_ADJECTIVES.has(after.text.toLowerCase()))) {
      const loss = symptom(found.entry.loss, vocabulary);
      if (!loss) continue;
      const last = index + found.length - 1;
      expanded.splice(index, found.length, { start: expanded[index]!.start, end: expanded[last]!.end, text: expanded.slice(index, last + 1).map((unit) => unit.text).join(' '), lemma: loss.name, pos: 'ENTITY', entity: loss });
      continue;
    }
    const lowers = LOWERING.has(verb.lemma);
    const relief = !lowers && RELIEF_VERBS.has(verb.lemma);
    const raises = relief || RAISING.has(verb.lemma) || (found.entry.raisedBy?.includes(verb.lemma) === true && units[index - 1]?.lemma === 'to');
    if (!lowers && !raises) continue;
    const target = symptom(lowers || !found.entry.excess ? found.entry.loss : found.entry.excess, vocabulary);
    if (!target) continue;
    const causes = lowers || found.entry.excess !== undefined;
    const last = index + found.length - 1;
    if (!relief) expanded[verbIndex] = { ...verb, lemma: causes ? 'cause' : 'ease', pos: 'VERB', rewritten: true };
    const text = expanded.slice(index, last + 1).map((unit) => unit.text).join(' ');
    expanded.splice(index, found.length, { start: expanded[index]!.start, end: expanded[last]!.end, text, lemma: target.name, pos: 'ENTITY', entity: target });
  }
  return expanded;
}

/**
 * "bad sleep", "my mood is low", "energy is trash", "blood pressure was high": a function said to be
 * lost (or in excess) names that symptom; the span it covers.
 */
function statedState(units: readonly Unit[], index: number, found: { entry: (typeof FUNCTION_WORDS)[number]; length: number }): { first: number; last: number; excess: boolean } | undefined {
  const said = (unit: Unit | undefined): 'loss' | 'excess' | undefined =>
    unit === undefined || unit.entity ? undefined : LOSS.has(unit.lemma) || LOSS.has(unit.text.toLowerCase()) ? 'loss' : found.entry.excess && EXCESS.has(unit.text.toLowerCase()) ? 'excess' : undefined;
  const before = said(units[index - 1]);
  if (before && units[index - 1]!.pos === 'ADJ') return { first: index - 1, last: index + found.length - 1, excess: before === 'excess' };
  let after = index + found.length;
  if (units[after]?.lemma !== 'be') return undefined;
  after += 1;
  while (units[after]?.pos === 'ADV' && !said(units[after])) after += 1;
  const state = said(units[after]);
  return state ? { first: index, last: after, excess: state === 'excess' } : undefined;
}

// Each function word split into its words once, in FUNCTION_WORDS' order (the first that matches wins).
const FUNCTION_PHRASES = FUNCTION_WORDS.flatMap((entry) => entry.words.map((word) => ({ entry, parts: word.split(' ') })));

/** The function word (one or two units) starting at `index`, if any. */
function functionAt(units: readonly Unit[], index: number): { entry: (typeof FUNCTION_WORDS)[number]; length: number } | undefined {
  if (units[index]!.entity) return undefined;
  const found = FUNCTION_PHRASES.find(({ parts }) => parts.every((part, at) => units[index + at] !== undefined && !units[index + at]!.entity && (units[index + at]!.lemma === part || units[index + at]!.text.toLowerCase() === part)));
  return found && { entry: found.entry, length: found.parts.length };
}

/** The verb a function word is the object of, a few pronouns, determiners or particles before it. */
// "helped w anxiety and sleep", "might help with the low mood and the sleep": a function last in a list of signs.
const LIST_JOINERS = new Set(['and', 'or', ',']);
const MAX_LIST_UNITS = 6;

function governingVerb(units: readonly Unit[], index: number): number | undefined {
  let between = 0;
  let listed = 0;
  for (let at = index - 1; at >= 0 && between <= MAX_BETWEEN && listed <= MAX_LIST_UNITS; at -= 1) {
    const unit = units[at]!;
    if (unit.pos === 'VERB' || RAISING.has(unit.lemma) || LOWERING.has(unit.lemma) || RELIEF_VERBS.has(unit.lemma)) return unit.entity ? undefined : at;
    const inList = LIST_JOINERS.has(unit.lemma) || unit.entity?.kind === 'Symptom';
    if (inList) listed += 1;
    else if (BETWEEN_POS.has(unit.pos) || BETWEEN_WORDS.has(unit.lemma)) between += 1;
    if ((!inList && !(BETWEEN_POS.has(unit.pos) || BETWEEN_WORDS.has(unit.lemma))) || (unit.entity && !inList) || unit.anaphor) return undefined;
  }
  return undefined;
}

function symptom(id: string, vocabulary: Vocabulary): EntityRef | undefined {
  const entry = vocabulary.byId.get(id);
  return entry && entry.kind === 'Symptom' ? entryRef(entry) : undefined;
}
