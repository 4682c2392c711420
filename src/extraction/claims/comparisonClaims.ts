import { RELATIONSHIP_ENDS } from '../../domain/relationshipEnds';
import { TERMINATORS } from '../lexicon/assertionCues';
import type { EntityRef, Unit } from '../units/unit';
import type { MadeClaim } from './ellipticClaims';
import type { ClaimDraft } from './claimDraft';

const MAX_DISTANCE = 7;
const CONCESSIVE = new Set(['though', 'although', 'but']);
const DEGREE_WORDS = new Set(['more', 'less', 'better', 'worse', 'far', 'much', 'strongly', 'weakly', 'faster', 'slower', 'stronger', 'weaker']);

/**
 * "7-OH binds the mu-opioid receptor more strongly than morphine", "depresses breathing less than
 * classical opioids": what a claim is compared with by degree does the same thing, to a different
 * degree; "acts on the same mu-opioid receptor as oxycodone", "hits the mu receptor just like oxy":
 * what it is equated with does it too. The claim again for it, with the sentence's stance.
 */
export function comparisonClaims(units: readonly Unit[], made: readonly MadeClaim[]): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  for (const { pair, status } of made) {
    if (pair.sourceIndex < 0 || pair.targetIndex < pair.sourceIndex) continue;
    const compared = comparedAfter(units, pair.targetIndex);
    for (const source of [...compared, ...equatedAfter(units, pair.targetIndex)]) {
      if (source.id === pair.source.id || source.id === pair.target.id || !RELATIONSHIP_ENDS[pair.type].source.includes(source.kind)) continue;
      if (status.polarity === 'AFFIRMED') drafts.push({ type: pair.type, source, target: pair.target, ...status });
      // "doesn't depress breathing like real opioids do", "does not slow breathing as much as morphine":
      // what a denial measures against is what does it; a bare "like X" after a denial says nothing of X.
      else if (compared.includes(source) || echoed(units, pair.targetIndex, source)) drafts.push({ type: pair.type, source, target: pair.target, ...status, polarity: 'AFFIRMED' });
    }
  }
  return drafts;
}

const ECHO_AUXILIARIES = new Set(['do', 'can', 'will', 'would']);

/** "… like real opioids do": the standard echoed by an auxiliary after it. */
function echoed(units: readonly Unit[], from: number, source: EntityRef): boolean {
  return units.some((unit, at) => at > from && ECHO_AUXILIARIES.has(unit.lemma) && units[at - 1]?.entity?.id === source.id);
}

const EQUATIVE_HEADS = new Set(['as', 'that', 'which']);
const LIKENESS_ADVERBS = new Set(['just', 'exactly', 'much', 'rather']);
// "the same receptor morphine hits", "the same receptor morphine acts on": a relative clause with no
// "that" is its subject and a word or two before its clause ends.
const MAX_CONTACT_RELATIVE = 2;

/**
 * "the same mu-opioid receptors as prescription painkillers", "the same receptor that heroin and
 * oxycodone act on", "the mu receptor, just like oxy", "the mu-opioid receptor, the same target as
 * morphine", "the mu-opioid receptor, the same receptor morphine hits": what the target is shared with.
 */
function equatedAfter(units: readonly Unit[], target: number): EntityRef[] {
  let same = units.slice(Math.max(0, target - 3), target).some((unit) => unit.lemma === 'same');
  let next = target + 1;
  // ", the same target as …", ", the same one as …": a noun apposed to the target that says it is shared.
  if (units[next]?.lemma === ',' && units[next + 1]?.lemma === 'the' && units[next + 2]?.lemma === 'same' && (units[next + 3]?.pos === 'NOUN' || units[next + 3]?.lemma === 'one') && !units[next + 3]!.entity) {
    same = true;
    next += 4;
  }
  if (units[next]?.lemma === ',') next += 1;
  while (units[next] && LIKENESS_ADVERBS.has(units[next]!.lemma)) next += 1;
  const cue = units[next]?.lemma ?? '';
  if (same && units[next]?.entity && isContactRelative(units, next)) return [units[next]!.entity!];
  if (!(same && EQUATIVE_HEADS.has(cue)) && cue !== 'like') return [];
  return entitiesFrom(units, next + 1);
}

/** An entity that opens a relative clause of a word or two after "the same …", named nothing else before its clause ends. */
function isContactRelative(units: readonly Unit[], subject: number): boolean {
  for (let index = subject + 1; index <= subject + MAX_CONTACT_RELATIVE + 1; index += 1) {
    const unit = units[index];
    if (!unit || TERMINATORS.has(unit.lemma)) return index > subject + 1;
    if (unit.entity) return false;
  }
  return false;
}

/** The entities of a coordinated group from `from` over determiners and adjectives: "heroin and oxycodone". */
function entitiesFrom(units: readonly Unit[], from: number): EntityRef[] {
  const found: EntityRef[] = [];
  for (let index = from; index < units.length; index += 1) {
    const unit = units[index]!;
    if (unit.entity) found.push(unit.entity);
    else if (!(unit.pos === 'DET' || unit.pos === 'ADJ' || unit.lemma === 'and' || unit.lemma === 'or' || unit.lemma === ',')) break;
  }
  return found;
}

/** The entity after "more … than", "less than" within a few words of `from`, in its clause. */
function comparedAfter(units: readonly Unit[], from: number): EntityRef[] {
  for (let index = from + 1; index < Math.min(units.length, from + MAX_DISTANCE); index += 1) {
    const unit = units[index]!;
    if (unit.lemma === 'than') {
      if (!units.slice(from + 1, index).some((word) => DEGREE_WORDS.has(word.lemma) || DEGREE_WORDS.has(word.text.toLowerCase()))) return [];
      let next = index + 1;
      while (units[next] && (units[next]!.pos === 'DET' || units[next]!.pos === 'ADJ')) next += 1;
      const entity = units[next]?.entity;
      return entity ? [entity] : [];
    }
    // "activates the receptor, though less fully than morphine does": a concession that only grades the claim.
    const grading = CONCESSIVE.has(unit.lemma) && DEGREE_WORDS.has(units[index + 1]?.lemma ?? '');
    if (unit.entity || (TERMINATORS.has(unit.lemma) && unit.lemma !== ',' && !grading)) return [];
  }
  return [];
}
