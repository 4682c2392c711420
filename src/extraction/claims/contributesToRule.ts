import type { ClaimDraft, SentenceContext } from './sentenceContext';
import { CONTRIBUTES_TO_TRIGGER } from './triggers';

/**
 * CONTRIBUTES_TO Factor → Condition/Symptom. Sources list factors before or after the effect
 * ("Several factors contribute to these side effects, including …"; "a high dose can worsen …"),
 * so in a sentence with a contribution trigger every factor pairs with every condition or symptom.
 */
export function contributesToRule(context: SentenceContext): ClaimDraft[] {
  if (!CONTRIBUTES_TO_TRIGGER.test(context.sentence.text)) return [];
  const factors = context.mentions.filter((mention) => mention.kind === 'Factor');
  const targets = context.mentions.filter(
    (mention) => (mention.kind === 'Condition' || mention.kind === 'Symptom') && !mention.naming,
  );
  return factors.flatMap((factor) =>
    targets.map((target): ClaimDraft => ({ type: 'CONTRIBUTES_TO', sourceId: factor.entityId, targetId: target.entityId })),
  );
}
