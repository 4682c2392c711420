import type { EntityKind } from '../../domain/entityKinds';
import { findTriggers } from './findTriggers';
import { forwardPairs } from './forwardPairs';
import type { ClaimDraft, SentenceContext } from './sentenceContext';
import { CAUSES_TRIGGER, RELIEVES_TRIGGER } from './triggers';

const SOURCES: ReadonlySet<EntityKind> = new Set(['Substance', 'Compound']);
const TARGETS: ReadonlySet<EntityKind> = new Set(['Symptom', 'Condition']);

/**
 * RELIEVES and CAUSES: a substance or compound, a relief or cause trigger, then symptoms or
 * conditions. The nearest trigger decides which ("eases cravings but causes nausea").
 * DESIGN §2 allows CAUSES only from a Substance.
 */
export function substanceEffectRule(context: SentenceContext): ClaimDraft[] {
  const { sentence } = context;
  const triggers = [
    ...findTriggers(sentence.text, sentence.start, RELIEVES_TRIGGER, 'RELIEVES'),
    ...findTriggers(sentence.text, sentence.start, CAUSES_TRIGGER, 'CAUSES'),
  ];
  return forwardPairs(context, triggers, SOURCES, TARGETS)
    .filter(({ source, trigger }) => trigger.type === 'RELIEVES' || source.kind === 'Substance')
    .map(({ source, target, trigger }) => ({ type: trigger.type, sourceId: source.entityId, targetId: target.entityId }));
}
