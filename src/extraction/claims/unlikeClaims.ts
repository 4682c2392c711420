import { RELATIONSHIP_ENDS } from '../../domain/relationshipEnds';
import type { EntityRef, Unit } from '../units/unit';
import type { MadeClaim } from './ellipticClaims';
import type { ClaimDraft } from './claimDraft';

const MAX_CONTRAST_UNITS = 6;

/**
 * "Unlike opioids, kratom does not cause respiratory depression": what "unlike" sets against a
 * denied claim's source is affirmed for it (opioids do cause it). Set against an affirmed claim
 * ("Unlike kratom, methadone relieves cravings") it is only compared, and gives nothing.
 */
export function unlikeClaims(units: readonly Unit[], made: readonly MadeClaim[]): ClaimDraft[] {
  const { entities: contrasted, end } = contrastedEntities(units);
  if (contrasted.length === 0) return [];
  const drafts: ClaimDraft[] = [];
  for (const { trigger, pair, status } of made) {
    // "Unlike X, kratom does not cause A, and no study has shown that it causes B": the contrast belongs to its own clause only.
    if (pair.sourceIndex < 0 || status.polarity !== 'NEGATED' || opensClause(units, end + 1, trigger.first)) continue;
    for (const source of contrasted) {
      if (source.id === pair.source.id || source.id === pair.target.id || !RELATIONSHIP_ENDS[pair.type].source.includes(source.kind)) continue;
      drafts.push({ type: pair.type, source, target: pair.target, polarity: 'AFFIRMED', certainty: status.certainty });
    }
  }
  return drafts;
}

/** The entities of an "unlike …" phrase, up to the comma that closes it, and where it ends. */
function contrastedEntities(units: readonly Unit[]): { entities: EntityRef[]; end: number } {
  const cue = units.findIndex((unit) => unit.lemma === 'unlike');
  if (cue < 0) return { entities: [], end: -1 };
  const found: EntityRef[] = [];
  let index = cue + 1;
  for (; index < Math.min(units.length, cue + MAX_CONTRAST_UNITS); index += 1) {
    const unit = units[index]!;
    if (unit.lemma === ',' || unit.pos === 'VERB' || unit.pos === 'AUX') break;
    if (unit.entity) found.push(unit.entity);
  }
  return { entities: found, end: index };
}

const CLAUSE_LINKS = new Set(['and', 'but', 'while', 'whereas']);

/** Whether a new clause opens between `from` and `to`: a semicolon, or ", and" / ", but". */
function opensClause(units: readonly Unit[], from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) {
    if (units[index]!.lemma === ';' || (units[index]!.lemma === ',' && CLAUSE_LINKS.has(units[index + 1]?.lemma ?? ''))) return true;
  }
  return false;
}
