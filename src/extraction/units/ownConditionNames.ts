import { ownConditionsOf, type OwnCondition, type OwnConditionOf } from '../anaphora/ownConditions';
import { DEPENDENCE_WORDS, WITHDRAWAL_WORDS } from '../lexicon/conditionWords';
import type { Vocabulary } from '../types';
import type { Unit } from './unit';

// "tramadol withdrawal", "oxy wd", "heroin dependence": a substance's name before one of these
// words names its withdrawal or dependence, which the vocabulary may file under its drug class.
// A plural and an everyday word beside the bare words ("oxy withdrawals", "a kratom habit").
const CONDITION_WORDS: ReadonlyMap<string, OwnCondition> = new Map([
  ...[...WITHDRAWAL_WORDS, 'withdrawals'].map((word): [string, OwnCondition] => [word, 'withdrawal']),
  ...[...DEPENDENCE_WORDS, 'habit'].map((word): [string, OwnCondition] => [word, 'dependence']),
]);
const NAMING_KINDS = new Set(['Substance', 'Compound']);

/**
 * A substance followed by "withdrawal" (or "wd", "dependence", "addiction") that the vocabulary does
 * not name as one term ("tramadol withdrawal") is one unit: the substance's own condition, else its
 * class's (tramadol → opioid withdrawal).
 */
export function namedOwnConditions(units: readonly Unit[], vocabulary: Vocabulary): Unit[] {
  const ownCondition = ownConditionsFor(vocabulary);
  const merged: Unit[] = [];
  for (let index = 0; index < units.length; index += 1) {
    const unit = units[index]!;
    const next = units[index + 1];
    const word = next && !next.entity ? CONDITION_WORDS.get(next.text.toLowerCase()) : undefined;
    const condition = word && unit.entity && NAMING_KINDS.has(unit.entity.kind) ? ownCondition(unit.entity, word) : undefined;
    if (condition && next) {
      merged.push({ start: unit.start, end: next.end, text: `${unit.text} ${next.text}`, lemma: condition.name, pos: 'ENTITY', entity: condition });
      index += 1;
    } else merged.push(unit);
  }
  return merged;
}

// Built once per vocabulary, not once per sentence.
const byVocabulary = new WeakMap<Vocabulary, OwnConditionOf>();

function ownConditionsFor(vocabulary: Vocabulary): OwnConditionOf {
  const known = byVocabulary.get(vocabulary);
  if (known) return known;
  const made = ownConditionsOf(vocabulary);
  byVocabulary.set(vocabulary, made);
  return made;
}
