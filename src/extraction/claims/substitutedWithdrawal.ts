import type { SentenceContext } from './sentenceContext';
import type { ClaimDraft } from './sentenceClaims';

/**
 * "Both medicines reduce cravings and prevent withdrawal" (methadone, buprenorphine) on a page about
 * opioid and kratom withdrawal: a member of a drug class relieves its class's withdrawal, not
 * withdrawal in general.
 */
export function substitutedWithdrawal(draft: ClaimDraft, context: SentenceContext): ClaimDraft {
  if (draft.type !== 'RELIEVES' || draft.target.id !== context.generalWithdrawal()?.id) return draft;
  const own = context.classWithdrawal(draft.source);
  return own ? { ...draft, target: own } : draft;
}
