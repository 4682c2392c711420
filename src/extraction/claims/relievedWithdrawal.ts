import type { SentenceContext } from './sentenceContext';
import type { ClaimDraft } from './claimDraft';

/**
 * The withdrawal a medicine relieves. On a page about opioid and kratom withdrawal, "both medicines
 * prevent withdrawal" (methadone, buprenorphine) relieves their drug class's withdrawal, not
 * withdrawal in general. A substance relieving its own withdrawal ("kratom got me through the
 * withdrawal" after coming off pain pills) is a misread: taking a drug again is no relief of its
 * withdrawal that anyone records.
 */
export function relievedWithdrawal(draft: ClaimDraft, context: SentenceContext): ClaimDraft[] {
  if (draft.type !== 'RELIEVES') return [draft];
  const agent = context.agentWithdrawal(draft.source);
  if (agent && !agent.ofClass && agent.withdrawal.id === draft.target.id) return [];
  return agent?.ofClass && draft.target.id === context.generalWithdrawal()?.id ? [{ ...draft, target: agent.withdrawal }] : [draft];
}
