import { actsOnRule } from './actsOnRule';
import { containsRule } from './containsRule';
import { contributesToRule } from './contributesToRule';
import { mitigatesRule } from './mitigatesRule';
import { presentsWithRule } from './presentsWithRule';
import type { ClaimDraft, SentenceContext, SentenceMention } from './sentenceContext';
import { sideEffectRule } from './sideEffectRule';
import { substanceEffectRule } from './substanceEffectRule';

/** Every claim one sentence asserts, by running each relationship rule over its mentions. */
export function extractSentenceClaims(
  context: SentenceContext,
  discourse: { topicSubstanceId?: string; continuedCondition?: SentenceMention },
): ClaimDraft[] {
  return [
    ...containsRule(context),
    ...actsOnRule(context),
    ...substanceEffectRule(context),
    ...presentsWithRule(context),
    ...contributesToRule(context),
    ...mitigatesRule(context, discourse.continuedCondition),
    ...sideEffectRule(context, discourse.topicSubstanceId),
  ];
}
