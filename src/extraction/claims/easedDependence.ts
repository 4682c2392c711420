import { stopVerbsAnd } from '../lexicon/stopping';
import type { Unit } from '../units/unit';
import type { ClaimDraft } from './claimDraft';
import type { SentenceContext } from './sentenceContext';

// "help people stay off kratom", "prevent relapse", "tapering helped me quit kratom": what ends a
// dependence or keeps it from returning is for the dependence (claims/helpedQuit).
const STAYING_OFF = stopVerbsAnd('stay', 'remain', 'relapse', 'abstinence', 'abstinent', 'sober', 'recovery', 'kick', 'ditch');

/**
 * "a taper takes the worst of it off", "exercise was associated with lower severity scores", in a
 * text about kratom dependence: what a practice eases, left unnamed, is the withdrawal the dependence
 * shows itself through, not the dependence. A dependence the sentence names itself stays, and so does
 * one a practice keeps away ("helps people stay off kratom").
 */
export function easedDependence(draft: ClaimDraft, units: readonly Unit[], context: SentenceContext): ClaimDraft {
  if (draft.type !== 'MITIGATES' || draft.target.kind !== 'Condition' || !/dependence/i.test(draft.target.name)) return draft;
  if (units.some((unit) => unit.entity?.id === draft.target.id || unit.anaphor?.kind === 'dependence' || STAYING_OFF.has(unit.lemma))) return draft;
  const withdrawal = context.withdrawalFrom(draft.target);
  return withdrawal ? { ...draft, target: withdrawal } : draft;
}
