import type { ClaimDraft } from './claimDraft';
import type { SentenceContext } from './sentenceContext';

// Addiction in general: what "can lead to addiction" names when a substance is its cause.
const GENERAL_DEPENDENCE = new Set(['condition:substance-use-disorder']);

/**
 * "Kratom can lead to addiction", "kratom causes dependence in some users": the addiction a
 * substance brings on is the dependence on that substance (kratom dependence), when the vocabulary
 * names one, not addiction in general.
 */
export function ownDependence(draft: ClaimDraft, context: SentenceContext): ClaimDraft {
  if (draft.type !== 'CAUSES' || !GENERAL_DEPENDENCE.has(draft.target.id)) return draft;
  const own = context.dependenceOn(draft.source);
  return own ? { ...draft, target: own } : draft;
}
