import { RELATIONSHIP_ENDS } from '../../domain/relationshipEnds';
import { TERMINATORS } from '../lexicon/assertionCues';
import type { Unit } from '../units/unit';
import type { MadeClaim } from './ellipticClaims';
import { matchPhrase } from './matchPhrase';
import type { ClaimDraft } from './claimDraft';

// After a claim's target, these set the next targets against it: "eases anxiety rather than cravings".
const TARGET_CONTRASTS = [['rather', 'than'], ['instead', 'of'], ['as', 'opposed', 'to']];
const LIST_WORDS = new Set([',', 'and', 'or', 'the', 'any', 'a']);

/**
 * "Clonidine eases anxiety rather than cravings": the targets a contrast sets against a claim's
 * target are denied for the same source (issue 9 lists "rather than" among the negations). On the
 * source side a contrast stays a mere preference ("methadone rather than kratom"), so it gives none.
 */
export function contrastDenials(units: readonly Unit[], made: readonly MadeClaim[]): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  for (const { pair, status } of made) {
    if (pair.targetIndex < 0) continue;
    for (const target of contrastedTargets(units, pair.targetIndex)) {
      if (target.id === pair.source.id || !RELATIONSHIP_ENDS[pair.type].target.includes(target.kind)) continue;
      drafts.push({ type: pair.type, source: pair.source, target, polarity: 'NEGATED', certainty: status.certainty });
    }
  }
  return drafts;
}

function contrastedTargets(units: readonly Unit[], targetIndex: number): NonNullable<Unit['entity']>[] {
  let index = targetIndex + 1;
  while (index < units.length && (units[index]!.entity || LIST_WORDS.has(units[index]!.lemma))) index += 1;
  const cue = TARGET_CONTRASTS.map((words) => matchPhrase(units, index, words)).find((last) => last >= 0);
  if (cue === undefined) return [];
  const targets: NonNullable<Unit['entity']>[] = [];
  for (let at = cue + 1; at < units.length && (units[at]!.lemma === ',' || !TERMINATORS.has(units[at]!.lemma)); at += 1) {
    const entity = units[at]!.entity;
    if (entity) targets.push(entity);
    else if (!LIST_WORDS.has(units[at]!.lemma)) break;
  }
  return targets;
}
