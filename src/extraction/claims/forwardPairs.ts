import type { EntityKind } from '../../domain/entityKinds';
import type { TriggerSpan } from './findTriggers';
import { groupAfter } from './groupAfter';
import { groupBefore } from './groupBefore';
import type { SentenceContext, SentenceMention } from './sentenceContext';

export interface ForwardPair {
  source: SentenceMention;
  target: SentenceMention;
  trigger: TriggerSpan;
}

/**
 * "Source … trigger … target" pairs, the active-voice pattern most claims take. Each target is
 * governed by the nearest trigger whose list contains it and that has a subject list before it,
 * so "lessen sweating, anxiety …, although they do little for cravings" stops before cravings and
 * "A relieves X but B causes Y" pairs Y with B only.
 */
export function forwardPairs(
  context: SentenceContext,
  triggers: readonly TriggerSpan[],
  sourceKinds: ReadonlySet<EntityKind>,
  targetKinds: ReadonlySet<EntityKind>,
): ForwardPair[] {
  const ordered = [...triggers].sort((a, b) => b.start - a.start);
  const pairs: ForwardPair[] = [];
  for (const target of context.mentions) {
    if (!targetKinds.has(target.kind) || target.naming) continue;
    for (const trigger of ordered) {
      if (trigger.end > target.start || !groupAfter(context, trigger.end).includes(target)) continue;
      const sources = groupBefore(context, trigger.start, sourceKinds);
      if (sources.length === 0) continue;
      for (const source of sources) {
        if (source.entityId !== target.entityId) pairs.push({ source, target, trigger });
      }
      break;
    }
  }
  return pairs;
}
