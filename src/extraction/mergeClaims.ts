import type { ClaimDraft } from './claims/sentenceContext';
import type { Claim, Evidence } from './types';

/** One claim per (type, source, target), its evidence every distinct sentence asserting it, in order. */
export function mergeClaims(found: readonly { draft: ClaimDraft; evidence: Evidence }[]): Claim[] {
  const byKey = new Map<string, Claim>();
  for (const { draft, evidence } of found) {
    if (draft.sourceId === draft.targetId) continue;
    const key = `${draft.type}|${draft.sourceId}|${draft.targetId}`;
    const claim = byKey.get(key);
    if (!claim) {
      byKey.set(key, { type: draft.type, sourceId: draft.sourceId, targetId: draft.targetId, evidence: [evidence] });
      continue;
    }
    if (!claim.evidence.some((e) => e.start === evidence.start)) claim.evidence.push(evidence);
  }
  return [...byKey.values()];
}
