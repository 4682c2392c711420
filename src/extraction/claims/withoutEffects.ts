import { RELIEF_TYPES } from '../../domain/relationshipTypes';
import { RELATIONSHIP_ENDS } from '../../domain/relationshipEnds';
import type { Unit } from '../units/unit';
import type { MadeClaim } from './ellipticClaims';
import type { ClaimDraft } from './claimDraft';

// Words a relief's own targets and the effects after "without" are listed with.
const LIST_WORDS = new Set([',', 'and', 'or', 'the', 'a', 'an', 'any', 'that', 'those', 'its', 'all']);

/**
 * "Eases pain without drowsiness", "lifts a low mood without the jitters": what a relief comes
 * without is an effect its agent is said not to cause, so the sentence denies that the agent
 * CAUSES it (with the relief's certainty). Only after an affirmed relief, and only symptoms.
 */
export function withoutEffects(units: readonly Unit[], made: readonly MadeClaim[]): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  for (const { pair, status } of made) {
    if (!RELIEF_TYPES.has(pair.type) || status.polarity !== 'AFFIRMED' || pair.targetIndex < 0) continue;
    if (!RELATIONSHIP_ENDS.CAUSES.source.includes(pair.source.kind)) continue;
    for (const effect of effectsWithout(units, pair.targetIndex)) {
      if (effect.id === pair.target.id || drafts.some((draft) => draft.source.id === pair.source.id && draft.target.id === effect.id)) continue;
      drafts.push({ type: 'CAUSES', source: pair.source, target: effect, polarity: 'NEGATED', certainty: status.certainty });
    }
  }
  return drafts;
}

/** The symptoms named right after "without" that follows the relief's targets. */
function effectsWithout(units: readonly Unit[], targetIndex: number): NonNullable<Unit['entity']>[] {
  let index = targetIndex + 1;
  while (index < units.length && (units[index]!.entity || LIST_WORDS.has(units[index]!.lemma))) index += 1;
  if (units[index]?.lemma !== 'without') return [];
  const effects: NonNullable<Unit['entity']>[] = [];
  for (let at = index + 1; at < units.length; at += 1) {
    const unit = units[at]!;
    if (unit.entity?.kind === 'Symptom') effects.push(unit.entity);
    else if (!LIST_WORDS.has(unit.lemma) && unit.pos !== 'ADJ') break;
  }
  return effects;
}
