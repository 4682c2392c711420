import type { ClaimDraft, SentenceContext } from './sentenceContext';
import { SIDE_EFFECT } from './triggers';

/**
 * CAUSES from the document's subject: a sentence that calls a condition or symptom a "side
 * effect" without naming what causes it ("kratom wobbles—the temporary side effects …") means
 * the substance the document is about. Sentences that name a substance are left to the
 * substance rules.
 */
export function sideEffectRule(context: SentenceContext, topicSubstanceId: string | undefined): ClaimDraft[] {
  const { mentions, sentence } = context;
  if (!topicSubstanceId || mentions.some((mention) => mention.kind === 'Substance' || mention.kind === 'Compound')) return [];
  // "these side effects" is an anaphor, not a new statement that something is a side effect.
  let text = sentence.text;
  for (const mention of mentions.filter((m) => m.anaphor)) {
    const from = mention.start - sentence.start;
    text = text.slice(0, from) + ' '.repeat(mention.end - mention.start) + text.slice(from + mention.end - mention.start);
  }
  if (!SIDE_EFFECT.test(text)) return [];
  return mentions
    .filter((mention) => (mention.kind === 'Condition' || mention.kind === 'Symptom') && !mention.naming)
    .map((mention) => ({ type: 'CAUSES', sourceId: topicSubstanceId, targetId: mention.entityId }));
}
