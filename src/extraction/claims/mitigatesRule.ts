import type { EntityKind } from '../../domain/entityKinds';
import { findTriggers } from './findTriggers';
import { forwardPairs } from './forwardPairs';
import { groupAfter } from './groupAfter';
import type { ClaimDraft, SentenceContext, SentenceMention } from './sentenceContext';
import { MITIGATES_TRIGGER } from './triggers';

const STRATEGIES: ReadonlySet<EntityKind> = new Set(['Strategy']);
const TARGETS: ReadonlySet<EntityKind> = new Set(['Symptom', 'Condition']);

/**
 * MITIGATES Strategy → Symptom/Condition, in the three ways advice is written:
 * "<strategies> help mitigate <target>"; "To manage <target>, <strategies>" (purpose first); and a
 * list of strategies with no target at all ("Additionally, practising meditation …"), which
 * continues the condition the previous sentences were about (`continuedTarget`).
 */
export function mitigatesRule(context: SentenceContext, continuedTarget: SentenceMention | undefined): ClaimDraft[] {
  const { sentence, mentions } = context;
  const strategies = mentions.filter((mention) => mention.kind === 'Strategy');
  if (strategies.length === 0) return [];
  const claim = (strategy: SentenceMention, target: SentenceMention): ClaimDraft => ({
    type: 'MITIGATES',
    sourceId: strategy.entityId,
    targetId: target.entityId,
  });

  const targets = mentions.filter((mention) => TARGETS.has(mention.kind) && !mention.naming);
  if (targets.length === 0) return continuedTarget ? strategies.map((strategy) => claim(strategy, continuedTarget)) : [];

  const triggers = findTriggers(sentence.text, sentence.start, MITIGATES_TRIGGER, 'MITIGATES');
  const claims = forwardPairs(context, triggers, STRATEGIES, TARGETS).map(({ source, target }) => claim(source, target));
  for (const trigger of triggers) {
    if (strategies.some((strategy) => strategy.end <= trigger.start)) continue;
    for (const target of groupAfter(context, trigger.end).filter((mention) => TARGETS.has(mention.kind))) {
      for (const strategy of strategies.filter((mention) => mention.start >= target.end)) claims.push(claim(strategy, target));
    }
  }
  return claims;
}
