import { ownConditionsOf, type OwnCondition } from '../anaphora/ownConditions';
import type { Vocabulary } from '../types';
import type { Unit } from './unit';

// "tramadol withdrawal", "oxy wd", "heroin dependence": a substance's name before one of these
// words names its withdrawal or dependence, which the vocabulary may file under its drug class.
const CONDITION_WORDS: Readonly<Record<string, OwnCondition>> = {
  withdrawal: 'withdrawal', withdrawl: 'withdrawal', wd: 'withdrawal', withdrawals: 'withdrawal', detox: 'withdrawal',
  dependence: 'dependence', dependency: 'dependence', addiction: 'dependence', habit: 'dependence',
};
const NAMING_KINDS = new Set(['Substance', 'Compound']);

/**
 * A substance followed by "withdrawal" (or "wd", "dependence", "addiction") that the vocabulary does
 * not name as one term ("tramadol withdrawal") is one unit: the substance's own condition, else its
 * class's (tramadol → opioid withdrawal).
 */
export function namedOwnConditions(units: readonly Unit[], vocabulary: Vocabulary): Unit[] {
  const ownCondition = ownConditionsOf(vocabulary);
  const merged: Unit[] = [];
  for (let index = 0; index < units.length; index += 1) {
    const unit = units[index]!;
    const next = units[index + 1];
    const word = next && !next.entity ? CONDITION_WORDS[next.text.toLowerCase()] : undefined;
    const condition = word && unit.entity && NAMING_KINDS.has(unit.entity.kind) ? ownCondition(unit.entity, word) : undefined;
    if (condition && next) {
      merged.push({ start: unit.start, end: next.end, text: `${unit.text} ${next.text}`, lemma: condition.name, pos: 'ENTITY', entity: condition });
      index += 1;
    } else merged.push(unit);
  }
  return merged;
}
