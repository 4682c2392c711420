import type { Unit } from '../units/unit';
import type { EntityRef } from '../units/unit';
import { isContrast } from '../claims/argumentGroups';
import { isComparisonStandard } from './comparisonStandard';
import type { SubstanceOfCondition } from './ownConditions';

export interface Topics {
  substance?: EntityRef;
  condition?: EntityRef;
  /** The substance the title names, when it names one ("Kratom: Frequently Asked Questions"). */
  titleSubstance?: EntityRef;
}

/**
 * The substance and condition a document is about: the subject of sentences that name none. The
 * substance is the one its title names, else the one named most; a condition named after a substance
 * ("kratom withdrawal", "kratom dependence") names that substance too. What a sentence sets apart
 * ("unlike opioids") or measures against ("milder than opioid withdrawal") is not what it is about.
 */
export function documentTopics(sentences: readonly { units: readonly Unit[]; title: boolean }[], substanceOf: SubstanceOfCondition): Topics {
  const counts = new Map<string, { entity: EntityRef; count: number; inTitle: boolean }>();
  const count = (entity: EntityRef, title: boolean): void => {
    const entry = counts.get(entity.id) ?? { entity, count: 0, inTitle: false };
    entry.count += 1;
    entry.inTitle ||= title;
    counts.set(entity.id, entry);
  };
  for (const { units, title } of sentences) {
    units.forEach((unit, at) => {
      if (!unit.entity || isContrast(units, at) || isComparisonStandard(units, at)) return;
      count(unit.entity, title);
      const substance = unit.entity.kind === 'Condition' ? substanceOf(unit.entity) : undefined;
      if (substance) count(substance, title);
    });
  }
  const top = (kind: string, byTitle: boolean): EntityRef | undefined =>
    [...counts.values()]
      .filter(({ entity }) => entity.kind === kind)
      .sort((a, b) => (byTitle ? Number(b.inTitle) - Number(a.inTitle) : 0) || b.count - a.count)[0]?.entity;
  const substance = top('Substance', true);
  const condition = top('Condition', false);
  const titleSubstance = substance && counts.get(substance.id)?.inTitle ? substance : undefined;
  return { ...(substance ? { substance } : {}), ...(condition ? { condition } : {}), ...(titleSubstance ? { titleSubstance } : {}) };
}
