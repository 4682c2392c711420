import type { Unit } from '../units/unit';
import type { MadeClaim } from './ellipticClaims';
import type { ClaimDraft } from './claimDraft';

// "a gradual taper under medical supervision", "tapered off with help from a clinic", "tapering with counselling".
const ACCOMPANYING = new Set(['under', 'with']);
const BETWEEN = new Set(['DET', 'ADJ', 'ADV']);
const MAX_BETWEEN = 3;

/**
 * "A gradual taper under medical supervision makes withdrawal easier": a practice the agent is
 * carried out under or with does what the agent does, with the same stance.
 */
export function accompanyingStrategies(units: readonly Unit[], made: readonly MadeClaim[]): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  for (const { pair, status } of made) {
    if (pair.source.kind !== 'Strategy' || pair.type !== 'MITIGATES' || !ACCOMPANYING.has(units[pair.sourceIndex + 1]?.lemma ?? '')) continue;
    let at = pair.sourceIndex + 2;
    while (at < pair.sourceIndex + 2 + MAX_BETWEEN && units[at] && !units[at]!.entity && BETWEEN.has(units[at]!.pos)) at += 1;
    const companion = units[at]?.entity;
    if (companion?.kind === 'Strategy' && companion.id !== pair.source.id && at < pair.targetIndex) drafts.push({ type: pair.type, source: companion, target: pair.target, ...status });
  }
  return drafts;
}
