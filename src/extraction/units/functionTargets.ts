import { FUNCTION_WORDS, LOWERING_VERBS, RAISING_VERBS } from '../lexicon/functionTargets';
import { RELIEF } from '../lexicon/triggerLexicon';
import type { Vocabulary } from '../types';
import type { EntityRef, Unit } from './unit';

// Words that may stand between the verb and the function: "helped me sleep", "lifted my mood",
// "helped with the mood", "messed up ur sleep", "let me actually sleep".
const BETWEEN_POS = new Set(['DET', 'PRON', 'ADV', 'PART']);
const BETWEEN_WORDS = new Set(['with', 'up', 'u', 'ur', 'to', 'me', 'my']);
const MAX_BETWEEN = 3;
const RELIEF_VERBS = new Set(RELIEF.entries.filter((entry) => entry.lemmas.length === 1).map((entry) => entry.lemmas[0]!));
const RAISING = new Set(RAISING_VERBS);
const LOWERING = new Set(LOWERING_VERBS);

/**
 * A function named as the object of a verb that raises or lowers it, read as the symptom it stands
 * for: "helped me sleep" → help + insomnia, "let me sleep" and "lifted my mood" → relief of
 * insomnia and low mood, "wrecked my sleep" and "dropped my blood pressure" → cause of insomnia and
 * low blood pressure. The trigger rules then find the agent as for any other claim.
 */
export function expandFunctionTargets(units: readonly Unit[], vocabulary: Vocabulary): Unit[] {
  const expanded = [...units];
  for (let index = 0; index < expanded.length; index += 1) {
    const found = functionAt(expanded, index);
    if (!found) continue;
    const verbIndex = governingVerb(expanded, index);
    if (verbIndex === undefined) continue;
    const verb = expanded[verbIndex]!;
    const lowers = LOWERING.has(verb.lemma);
    const relief = !lowers && RELIEF_VERBS.has(verb.lemma);
    const raises = relief || RAISING.has(verb.lemma);
    if (!lowers && !raises) continue;
    const target = symptom(lowers || !found.entry.excess ? found.entry.loss : found.entry.excess, vocabulary);
    if (!target) continue;
    const causes = lowers || found.entry.excess !== undefined;
    const last = index + found.length - 1;
    if (!relief) expanded[verbIndex] = { ...verb, lemma: causes ? 'cause' : 'ease', pos: 'VERB' };
    const text = expanded.slice(index, last + 1).map((unit) => unit.text).join(' ');
    expanded.splice(index, found.length, { start: expanded[index]!.start, end: expanded[last]!.end, text, lemma: target.name, pos: 'ENTITY', entity: target });
  }
  return expanded;
}

/** The function word (one or two units) starting at `index`, if any. */
function functionAt(units: readonly Unit[], index: number): { entry: (typeof FUNCTION_WORDS)[number]; length: number } | undefined {
  if (units[index]!.entity) return undefined;
  for (const entry of FUNCTION_WORDS) {
    for (const word of entry.words) {
      const parts = word.split(' ');
      if (parts.every((part, at) => units[index + at] !== undefined && !units[index + at]!.entity && (units[index + at]!.lemma === part || units[index + at]!.text.toLowerCase() === part))) return { entry, length: parts.length };
    }
  }
  return undefined;
}

/** The verb a function word is the object of, a few pronouns, determiners or particles before it. */
function governingVerb(units: readonly Unit[], index: number): number | undefined {
  for (let at = index - 1; at >= Math.max(0, index - 1 - MAX_BETWEEN); at -= 1) {
    const unit = units[at]!;
    if (unit.pos === 'VERB' || RAISING.has(unit.lemma) || LOWERING.has(unit.lemma) || RELIEF_VERBS.has(unit.lemma)) return unit.entity ? undefined : at;
    if (!(BETWEEN_POS.has(unit.pos) || BETWEEN_WORDS.has(unit.lemma)) || unit.entity || unit.anaphor) return undefined;
  }
  return undefined;
}

function symptom(id: string, vocabulary: Vocabulary): EntityRef | undefined {
  const entry = vocabulary.byId.get(id);
  return entry && entry.kind === 'Symptom' ? { id: entry.id, kind: entry.kind, name: entry.name, provisional: false } : undefined;
}
