import type { EntityKind } from '../../domain/entityKinds';
import { groupAfter } from './groupAfter';
import { groupBefore } from './groupBefore';
import type { ClaimDraft, SentenceContext, SentenceMention } from './sentenceContext';
import { PRESENTS_WITH_AFTER_CONDITION, PRESENTS_WITH_BEFORE_CONDITION } from './triggers';

const SYMPTOMS: ReadonlySet<EntityKind> = new Set(['Symptom']);

/**
 * PRESENTS_WITH Condition → Symptom, in three word orders:
 * "<condition> (symptoms) can include / manifest as / : <symptoms>",
 * "<symptoms> often associated with <condition>", and
 * "<symptoms>, commonly known as <condition>".
 */
export function presentsWithRule(context: SentenceContext): ClaimDraft[] {
  const { documentText, mentions } = context;
  const claims: ClaimDraft[] = [];
  const add = (condition: SentenceMention, symptoms: readonly SentenceMention[]): void => {
    for (const symptom of symptoms) {
      if (symptom.kind === 'Symptom') {
        claims.push({ type: 'PRESENTS_WITH', sourceId: condition.entityId, targetId: symptom.entityId });
      }
    }
  };
  mentions.forEach((condition, index) => {
    if (condition.kind !== 'Condition') return;
    if (condition.naming === 'symptoms') {
      add(condition, groupBefore(context, condition.start, SYMPTOMS));
      return;
    }
    if (condition.naming === 'alias') return;
    const after = PRESENTS_WITH_AFTER_CONDITION.exec(documentText.slice(condition.end, context.sentence.end));
    if (after) add(condition, groupAfter(context, condition.end + after[0].length));
    const previous = mentions[index - 1];
    if (previous?.kind === 'Symptom' && PRESENTS_WITH_BEFORE_CONDITION.test(documentText.slice(previous.end, condition.start))) {
      add(condition, groupBefore(context, previous.end, SYMPTOMS));
    }
  });
  return claims;
}
