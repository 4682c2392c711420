import { TERMINATORS } from '../lexicon/assertionCues';
import { type EntityRef, isArgument, type Unit } from '../units/unit';
import type { SentenceContext } from './sentenceContext';

const SUBJECT_KINDS = ['Substance', 'Compound'] as const;

/** The nearest subject before `index` in its clause: a substance or compound, or a pronoun standing for one. */
export function substanceSubjectBefore(units: readonly Unit[], index: number, context: SentenceContext): EntityRef[] {
  for (let at = index - 1; at >= 0 && !TERMINATORS.has(units[at]!.lemma); at -= 1) {
    const unit = units[at]!;
    if (!isArgument(unit)) continue;
    if (unit.entity) return SUBJECT_KINDS.some((kind) => kind === unit.entity!.kind) ? [unit.entity] : [];
    if (unit.anaphor) return context.resolve(units, at, SUBJECT_KINDS.filter((kind) => unit.anaphor!.kinds.includes(kind))).slice(0, 1);
    return [];
  }
  return [];
}
