import type { ClaimDraft } from './claims/claimDraft';
import type { Claim, Evidence } from './types';

/**
 * One claim per (type, source, target), its evidence every distinct sentence that affirms or
 * denies it, in document order, each with its own stance.
 */
export function mergeClaims(found: readonly { draft: ClaimDraft; evidence: Omit<Evidence, 'polarity' | 'certainty' | 'action'> }[]): Claim[] {
  const byKey = new Map<string, Claim>();
  for (const { draft, evidence } of found) {
    const key = `${draft.type}|${draft.source.id}|${draft.target.id}`;
    const item: Evidence = { ...evidence, polarity: draft.polarity, certainty: draft.certainty, ...(draft.action ? { action: draft.action } : {}) };
    const claim = byKey.get(key);
    if (!claim) byKey.set(key, { type: draft.type, sourceId: draft.source.id, targetId: draft.target.id, evidence: [item] });
    else if (!claim.evidence.some((e) => e.start === item.start && e.end === item.end)) claim.evidence.push(item);
  }
  return [...byKey.values()];
}
