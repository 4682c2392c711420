import type { Unit } from '../units/unit';
import type { Trigger } from './findTriggers';

// What a study does to a candidate before it finds anything: "examined as predictors", "assessed as a risk factor".
const METHOD_VERBS = new Set(['examine', 'assess', 'evaluate', 'test', 'investigate', 'study', 'analyse', 'analyze', 'explore', 'model', 'enter', 'include', 'consider']);
const BETWEEN = new Set(['DET', 'ADJ', 'ADV']);

/**
 * "Daily dose, duration of use and extract use were examined as predictors of severity": a methods
 * sentence names what was tested as a cause, which asserts nothing about it; the results say what was found.
 */
export function isExaminedAs(units: readonly Unit[], trigger: Trigger): boolean {
  let at = trigger.first - 1;
  while (at >= 0 && BETWEEN.has(units[at]!.pos) && !units[at]!.entity) at -= 1;
  return units[at]?.lemma === 'as' && METHOD_VERBS.has(units[at - 1]?.lemma ?? '');
}
