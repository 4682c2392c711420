import { findCues } from '../claims/assertionStatus';
import type { ClaimDraft } from '../claims/claimDraft';
import type { EntityRef, Unit } from '../units/unit';

// Openers that add members to what the sentence before said ("Additionally, X and Y …", "So does
// the dose.", "Same with magnesium.").
const ADDITIVE_OPENERS = [['additionally'], ['also'], ['moreover'], ['furthermore'], ['in', 'addition'], ['besides'], ['likewise'],
  ['so', 'do'], ['so', 'can'], ['so', 'be'], ['so', 'have'], ['so', 'will'], ['same', 'with'], ['same', 'for'], ['same', 'go', 'for']];

/**
 * A sentence that opens with "Additionally," names no claim of its own and lists entities of the
 * kind that were the agents of the sentence before: those agents join that sentence's claims
 * ("Staying hydrated can help mitigate the wobbles. Additionally, a consistent sleep schedule and
 * meditation can foster a smoother transition.").
 */
export function continuedClaims(units: readonly Unit[], previous: readonly ClaimDraft[]): ClaimDraft[] {
  if (previous.length === 0 || !ADDITIVE_OPENERS.some((opener) => opener.every((word, at) => units[at]?.lemma === word))) return [];
  const cues = findCues(units);
  if (cues.negations.length > 0) return [];
  const kinds = new Set(previous.map((draft) => draft.source.kind));
  const agents = new Map<string, EntityRef>();
  for (const unit of units) if (unit.entity && !unit.entity.provisional && kinds.has(unit.entity.kind)) agents.set(unit.entity.id, unit.entity);
  const claims = new Map<string, ClaimDraft>();
  for (const draft of previous) {
    if (draft.polarity !== 'AFFIRMED') continue;
    for (const source of agents.values()) {
      if (source.kind !== draft.source.kind || source.id === draft.target.id) continue;
      claims.set(`${draft.type}|${source.id}|${draft.target.id}`, { type: draft.type, source, target: draft.target, polarity: 'AFFIRMED', certainty: cues.hedges.length > 0 ? 'HEDGED' : 'ASSERTED' });
    }
  }
  return [...claims.values()];
}
