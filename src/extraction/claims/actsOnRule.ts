import type { EntityKind } from '../../domain/entityKinds';
import { findTriggers } from './findTriggers';
import { forwardPairs } from './forwardPairs';
import { groupBefore } from './groupBefore';
import type { ClaimDraft, SentenceContext } from './sentenceContext';
import { ACTS_ON_TRIGGER } from './triggers';

const SOURCES: ReadonlySet<EntityKind> = new Set(['Substance', 'Compound']);
const RECEPTORS: ReadonlySet<EntityKind> = new Set(['Receptor']);
// "an opioid receptor antagonist": the receptor modifies the action noun that follows it.
const ACTION_AFTER_RECEPTOR = /^\s*((?:partial\s+|full\s+)?(?:agonist|antagonist|modulator|blocker|ligand))\b/i;

/** ACTS_ON: "X interacts with / binds / is a partial agonist at / blocks <receptor>", and "X is a <receptor> antagonist". */
export function actsOnRule(context: SentenceContext): ClaimDraft[] {
  const { sentence, documentText } = context;
  const triggers = findTriggers(sentence.text, sentence.start, ACTS_ON_TRIGGER, 'ACTS_ON');
  const claims: ClaimDraft[] = forwardPairs(context, triggers, SOURCES, RECEPTORS).map(({ source, target, trigger }) =>
    withAction({ type: 'ACTS_ON', sourceId: source.entityId, targetId: target.entityId }, trigger.text),
  );
  for (const receptor of context.mentions) {
    if (receptor.kind !== 'Receptor') continue;
    const action = ACTION_AFTER_RECEPTOR.exec(documentText.slice(receptor.end, sentence.end));
    if (!action) continue;
    for (const source of groupBefore(context, receptor.start, SOURCES)) {
      claims.push(withAction({ type: 'ACTS_ON', sourceId: source.entityId, targetId: receptor.entityId }, action[1]!));
    }
  }
  return claims;
}

/** The action a trigger word names (DESIGN §2: agonist, partial agonist, antagonist, modulator), if any. */
function withAction(claim: ClaimDraft, triggerText: string): ClaimDraft {
  const text = triggerText.toLowerCase();
  if (text.includes('partial agonist')) return { ...claim, action: 'partial agonist' };
  if (text.includes('antagonist') || text.startsWith('block')) return { ...claim, action: 'antagonist' };
  if (text.includes('agonist')) return { ...claim, action: 'agonist' };
  if (text.startsWith('modulat')) return { ...claim, action: 'modulator' };
  return claim;
}
