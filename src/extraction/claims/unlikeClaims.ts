import { RELATIONSHIP_ENDS } from '../../domain/relationshipEnds';
import type { EntityRef, Unit } from '../units/unit';
import type { MadeClaim } from './ellipticClaims';
import type { ClaimDraft } from './sentenceClaims';

const MAX_CONTRAST_UNITS = 6;

/**
 * "Unlike opioids, kratom does not cause respiratory depression": what "unlike" sets against a
 * denied claim's source is affirmed for it (opioids do cause it). Set against an affirmed claim
 * ("Unlike kratom, methadone relieves cravings") it is only compared, and gives nothing.
 */
export function unlikeClaims(units: readonly Unit[], made: readonly MadeClaim[]): ClaimDraft[] {
  const contrasted = contrastedEntities(units);
  if (contrasted.length === 0) return [];
  const drafts: ClaimDraft[] = [];
  for (const { pair, status } of made) {
    if (pair.sourceIndex < 0 || status.polarity !== 'NEGATED') continue;
    for (const source of contrasted) {
      if (source.id === pair.source.id || source.id === pair.target.id || !RELATIONSHIP_ENDS[pair.type].source.includes(source.kind)) continue;
      drafts.push({ type: pair.type, source, target: pair.target, polarity: 'AFFIRMED', certainty: status.certainty });
    }
  }
  return drafts;
}

/** The entities of an "unlike …" phrase, up to the comma that closes it. */
function contrastedEntities(units: readonly Unit[]): EntityRef[] {
  const cue = units.findIndex((unit) => unit.lemma === 'unlike');
  if (cue < 0) return [];
  const found: EntityRef[] = [];
  for (let index = cue + 1; index < Math.min(units.length, cue + MAX_CONTRAST_UNITS); index += 1) {
    const unit = units[index]!;
    if (unit.lemma === ',' || unit.pos === 'VERB' || unit.pos === 'AUX') break;
    if (unit.entity) found.push(unit.entity);
  }
  return found;
}
