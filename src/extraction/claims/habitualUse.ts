import { isContrast } from './argumentGroups';
import { CAUSE } from '../lexicon/triggerLexicon';
import type { EntityRef, Unit } from '../units/unit';
import type { Trigger } from './findTriggers';
import type { Pair } from './pair';
import type { SentenceContext } from './sentenceContext';

// "frequency of use", "duration of use", "dose": the factors that are how a substance is taken.
const OF_USE = /^(?:dose|frequency of use|duration of use)$/i;
// "a more severe withdrawal", "a greater risk", "a higher peak score": the factor raises a measure of
// what it is linked to, which says nothing of what brings it on.
const MEASURE_WORDS = new Set(['severe', 'severity', 'intense', 'intensity', 'score', 'risk', 'bad', 'worse', 'harsh', 'harsher', 'greater', 'more', 'likely', 'peak']);
const MEASURE_REACH = 3;
const COMPLEMENT_POS = new Set(['ADJ', 'ADV']);
const SUBSTANCE_REACH = 3;

/**
 * "Daily consumption over months is associated with physical dependence", "chronic use can cause
 * constipation": a habit of use that brings something on says the substance used brings it on (the
 * one named beside the habit, else the one the section's heading names, else the page's), beside the factor's own claim; not where only a
 * measure of it rises ("longer use predicts a more severe withdrawal").
 */
export function habitualUsePairs(units: readonly Unit[], trigger: Trigger, made: readonly Pair[], context: SentenceContext): Pair[] {
  // "withdrawal is worse with years of use", "risk rises with daily intake": only a measure rises.
  if (trigger.family === CAUSE && units[trigger.last]!.lemma === 'with') return [];
  return made.flatMap((pair): Pair[] => {
    if (pair.type !== 'CONTRIBUTES_TO' || pair.sourceIndex < 0 || !OF_USE.test(pair.source.name) || isMeasured(units, pair.targetIndex)) return [];
    const from = Math.max(0, pair.sourceIndex - SUBSTANCE_REACH);
    // "high-dose loperamide", "Loperamide was rated helpful; however, high doses were linked to …".
    const beside = units.slice(from, pair.sourceIndex + SUBSTANCE_REACH + 1).find((unit, at) => unit.entity?.kind === 'Substance' && !isContrast(units, from + at))?.entity;
    const named = beside ?? units.slice(0, pair.sourceIndex).find((unit, at) => unit.entity?.kind === 'Substance' && !isContrast(units, at))?.entity ?? pronounBefore(units, pair.sourceIndex, context);
    // "Loperamide / … High doses can cause heart rhythm problems": under a drug's own heading, that drug.
    const substance = named ?? context.sectionSubstance() ?? context.topicSubstance();
    if (!substance || made.some((other) => other.type === 'CAUSES' && other.target.id === pair.target.id)) return [];
    return [{ type: 'CAUSES', source: substance, target: pair.target, targetIndex: pair.targetIndex, sourceIndex: -1 }];
  });
}

/** "It does nothing for cravings, and large amounts can cause heart rhythm problems": the substance a pronoun before the habit stands for. */
function pronounBefore(units: readonly Unit[], index: number, context: SentenceContext): EntityRef | undefined {
  const at = units.slice(0, index).findIndex((unit) => unit.anaphor?.kind === 'singular' && unit.anaphor.kinds.includes('Substance'));
  return at < 0 ? undefined : context.resolve(units, at, ['Substance'])[0];
}

/** "more severe withdrawal", "withdrawal severity": a measure word before the target or a measure noun after it. */
function isMeasured(units: readonly Unit[], index: number): boolean {
  const target = units[index];
  if (!target || target.anaphor?.kind === 'signs' || (target.anaphor && !target.entity && MEASURE_WORDS.has(target.lemma))) return true;
  if (units[index + 1]?.pos === 'NOUN' && MEASURE_WORDS.has(units[index + 1]!.lemma)) return true;
  // "make the withdrawal worse", "make withdrawal more likely and more intense": a measure said of a
  // withdrawal after it (a habit of use brings on a withdrawal only by being stopped; "make the wobbles worse" says what brings them on).
  const withdrawal = target.anaphor?.kind === 'withdrawal' || /withdrawal/i.test(target.entity?.name ?? '');
  if (withdrawal && COMPLEMENT_POS.has(units[index + 1]?.pos ?? '') && MEASURE_WORDS.has(units[index + 1]!.lemma)) return true;
  return units.slice(Math.max(0, index - MEASURE_REACH), index).some((unit) => MEASURE_WORDS.has(unit.lemma));
}
