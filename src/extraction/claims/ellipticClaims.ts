import type { Certainty, Polarity } from '../../domain/assertionStatus';
import { RELATIONSHIP_ENDS } from '../../domain/relationshipEnds';
import type { RelationshipType } from '../../domain/relationshipTypes';
import { isArgument, type EntityRef, type Unit } from '../units/unit';
import type { Group } from './argumentGroups';
import { insideBrackets } from './brackets';
import { findCues } from './assertionStatus';
import type { Trigger } from './findTriggers';
import type { Pair } from './pair';
import type { SentenceContext } from './sentenceContext';

/** A claim a trigger made in this sentence, with where its words are. */
export interface MadeClaim {
  trigger: Trigger;
  pair: Pair;
  status: { polarity: Polarity; certainty: Certainty };
}

// Where a clause may start, and the auxiliaries that can stand for a whole verb phrase.
const CLAUSE_OPENERS = new Set([',', ';', 'but', 'whereas', 'while', 'and', 'though', 'although']);
export const AUXILIARIES = new Set(['do', 'be', 'can', 'will', 'have', 'may', 'might', 'could', 'would', 'should', 'doesnt', 'dont', 'didnt', 'cant', 'wont', 'isnt', 'aint']);
const CLAUSE_ENDS = new Set(['.', '!', '?', ';', ',', 'either', 'too', 'though', 'also']);
const SUBJECTLESS_POS = new Set(['AUX', 'PART', 'ADV', 'DET']);
const QUOTATION_MARKS = new Set(['"', '“', '”', "'", '‘', '’']);
const SUBSTANCE_KINDS = ['Substance', 'Compound', 'Strategy'] as const;
const RELIEF_FOR: Partial<Record<RelationshipType, Record<'medicine' | 'practice', RelationshipType>>> = {
  RELIEVES: { medicine: 'RELIEVES', practice: 'MITIGATES' },
  MITIGATES: { medicine: 'RELIEVES', practice: 'MITIGATES' },
};

/**
 * Verb-phrase ellipsis: a later clause that repeats a claim of the sentence for another subject with
 * an auxiliary alone ("bupe actually treats oud, kratom doesnt", "methadone eases cravings, and so
 * does buprenorphine"): the earlier claim with the new subject, and the later clause's own stance.
 */
export function ellipticClaims(units: readonly Unit[], made: readonly MadeClaim[], context: SentenceContext): { pair: Pair; clause: Unit[] }[] {
  const found: { pair: Pair; clause: Unit[] }[] = [];
  for (let index = 1; index < units.length; index += 1) {
    const clause = ellipticClause(units, index);
    if (!clause) continue;
    const subjects = subjectsAt(units, clause.subject, context);
    for (const { trigger, pair } of made) {
      if (trigger.last >= clause.first) continue;
      for (const source of subjects) {
        const type = repeatedType(pair, source);
        if (!type) continue;
        found.push({ pair: { ...pair, type, source, sourceIndex: clause.subject }, clause: units.slice(clause.first, clause.last + 1) });
      }
    }
  }
  return found;
}

/**
 * The type of a claim repeated for another subject, if that subject may be its source: "melatonin did
 * nothing for it, and neither did sleep hygiene": a practice mitigates what a medicine relieves.
 */
export function repeatedType(claim: { type: RelationshipType; source: EntityRef; target: EntityRef }, source: EntityRef): RelationshipType | undefined {
  const type = RELIEF_FOR[claim.type]?.[source.kind === 'Strategy' ? 'practice' : 'medicine'] ?? claim.type;
  const allowed = source.id !== claim.target.id && source.id !== claim.source.id && RELATIONSHIP_ENDS[type].source.includes(source.kind);
  return allowed ? type : undefined;
}

/** The stance of an elliptic clause towards the claim it repeats: its own cues only. */
export function ellipticStance(clause: readonly Unit[]): { polarity: 'AFFIRMED' | 'NEGATED'; certainty: 'ASSERTED' | 'HEDGED' } {
  const cues = findCues(clause);
  const negated = cues.negations.length > 0 || clause[0]?.lemma === 'nor' || clause[0]?.lemma === 'neither';
  return { polarity: negated ? 'NEGATED' : 'AFFIRMED', certainty: cues.hedges.length > 0 ? 'HEDGED' : 'ASSERTED' };
}

/**
 * "…, X doesnt." or "…, and so does X" / "…, nor does X" starting at `index`: where the clause is
 * and which unit is its subject.
 */
function ellipticClause(units: readonly Unit[], index: number): { first: number; last: number; subject: number } | undefined {
  if (!CLAUSE_OPENERS.has(units[index - 1]!.lemma)) return undefined;
  const unit = units[index]!;
  // "so does buprenorphine", "nor does naloxone", "neither does naloxone".
  if ((unit.lemma === 'so' || unit.lemma === 'nor' || unit.lemma === 'neither') && AUXILIARIES.has(units[index + 1]?.lemma ?? '')) {
    // "neither did the sleep-hygiene leaflet": a determiner and a word may stand before the subject's name.
    const subject = [index + 2, index + 3, index + 4].find((at) => units[at] && isArgument(units[at]!) && units.slice(index + 2, at).every((before, from) => (from === 0 ? before.pos === 'DET' : !isArgument(before) && before.pos !== 'PUNCT')));
    return subject !== undefined && ends(units, subject + 1 + (units[subject + 1]?.pos === 'NOUN' ? 1 : 0)) ? { first: index, last: subject, subject } : undefined;
  }
  if (!isArgument(unit) || !AUXILIARIES.has(units[index + 1]?.lemma ?? '')) return undefined;
  let last = index + 1;
  while (units[last + 1]?.lemma === 'not' || units[last + 1]?.pos === 'ADV') last += 1;
  return ends(units, last + 1) && !verbAfterAside(units, last + 1) ? { first: index, last, subject: index } : undefined;
}

const MAX_ASIDE = 3;

/** "clonidine does not, however, relieve cravings": the verb comes after an aside between commas, so nothing is left out. */
function verbAfterAside(units: readonly Unit[], comma: number): boolean {
  if (units[comma]?.lemma !== ',') return false;
  const closing = units.findIndex((unit, at) => at > comma + 1 && at <= comma + 1 + MAX_ASIDE && unit.lemma === ',');
  return closing > 0 && units.slice(comma + 1, closing).every((unit) => !isArgument(unit) && unit.pos !== 'VERB') && units[closing + 1]?.pos === 'VERB';
}

const ends = (units: readonly Unit[], index: number): boolean => index >= units.length || CLAUSE_ENDS.has(units[index]!.lemma);

function subjectsAt(units: readonly Unit[], index: number, context: SentenceContext): EntityRef[] {
  const unit = units[index]!;
  if (unit.entity) return [unit.entity];
  if (unit.anaphor) return context.resolve(units, index, SUBSTANCE_KINDS.filter((kind) => unit.anaphor!.kinds.includes(kind)));
  return [];
}

/**
 * Subject ellipsis: a clause after "but", "and" or ";" whose trigger has an object and no subject
 * of its own takes the subject of the sentence's earlier claim ("Clonidine was associated with
 * reduced sweating, but no improvement in insomnia was observed").
 */
export function carriedSubject(units: readonly Unit[], trigger: Trigger, before: readonly Group[], made: readonly MadeClaim[]): Group | undefined {
  if (before.length > 0) return undefined;
  // "the sleep hygiene stuff (no screens, same bedtime) might help … but doesn't touch …": not a subject named in brackets.
  const earlier = [...made].reverse().find((claim) => claim.trigger.last < trigger.first && claim.pair.sourceIndex >= 0 && !insideBrackets(units, claim.pair.sourceIndex));
  if (!earlier) return undefined;
  const between = units.slice(earlier.trigger.last + 1, trigger.first);
  const opens = (unit: Unit, at: number): boolean => unit.lemma === 'but' || unit.lemma === ';' || (unit.lemma === 'and' && between[at - 1]?.lemma === ',');
  const opener = between.reduce((found, unit, at) => (opens(unit, at) ? at : found), -1);
  // Only a clause with no subject of its own ("but no improvement in …", "but does nothing for …");
  // not "…, and stopping suddenly may cause …", "…, and antiemetics may be given for nausea" nor
  // "…, both of which act as …". Habitual "use" is an anaphor of its own (buildUnits).
  // A quotation mark may open the clause quoted ("but \"doesn't touch the restless legs\"").
  const subjectless = (unit: Unit): boolean => SUBJECTLESS_POS.has(unit.pos) || unit.lemma === 'no' || unit.lemma === 'little' || QUOTATION_MARKS.has(unit.lemma);
  const clause = between.slice(opener + 1);
  if (opener < 0 || !(clause.every(subjectless) || reportsFinding(clause))) return undefined;
  // "Clonidine and lofexidine reduce sweating but do not address cravings": every subject of the earlier claim
  // coordinated with its own ("sleep aids such as diphenhydramine" names one subject twice).
  const subjects = new Set(made.filter((claim) => claim.trigger === earlier.trigger && claim.pair.sourceIndex < earlier.trigger.first).map((claim) => claim.pair.sourceIndex));
  const indices = [earlier.pair.sourceIndex];
  const coordinated = (from: number, to: number): boolean => units.slice(from + 1, to).every((unit) => COORDINATORS.has(unit.lemma));
  for (let at = indices[0]! - 1; at >= 0; at -= 1) if (subjects.has(at) && coordinated(at, indices[0]!)) indices.unshift(at);
  for (let at = indices[indices.length - 1]! + 1; at < earlier.trigger.first; at += 1) if (subjects.has(at) && coordinated(indices[indices.length - 1]!, at)) indices.push(at);
  const first = indices[0]!;
  const last = indices[indices.length - 1]!;
  return { items: indices.map((index) => ({ unit: units[index]!, index })), first, last, distance: trigger.first - last, side: 'left', contrast: false };
}

// "…; the small pilot found no effect on restless legs", "however, nursing staff observed no improvement": a study
// or an observer that reports on the claim before names no agent of its own.
const STUDIES = new Set(['study', 'trial', 'pilot', 'series', 'review', 'cohort', 'analysis', 'audit', 'survey', 'rct', 'staff', 'team', 'nurse']);
const FINDING_VERBS = new Set(['find', 'show', 'report', 'observe', 'see', 'note', 'demonstrate', 'detect']);

/** "the small Kessler-Ruiz pilot found no", "nursing staff observed no": a study or an observer and its finding verb, naming nothing. */
function reportsFinding(clause: readonly Unit[]): boolean {
  const study = clause.findIndex((unit) => STUDIES.has(unit.lemma));
  return study >= 0 && FINDING_VERBS.has(clause[study + 1]?.lemma ?? '') && !clause.some(isArgument);
}

const COORDINATING = new Set(['but', 'and', 'yet']);
const COORDINATORS = new Set(['and', 'or', ',', '&', 'both', 'either']);

/**
 * Subject ellipsis after a clause that made no claim: "Tianeptine is sold as a supplement but acts on
 * the mu-opioid receptor" — a trigger right after "but" or "and", with no subject of its own, takes
 * the subject that opens the sentence.
 */
export function openingSubject(units: readonly Unit[], trigger: Trigger, before: readonly Group[]): Group | undefined {
  if (before.length > 0) return undefined;
  let at = trigger.first - 1;
  while (at >= 0 && (units[at]!.pos === 'ADV' || units[at]!.pos === 'AUX' || units[at]!.pos === 'PART')) at -= 1;
  if (at < 1 || !COORDINATING.has(units[at]!.lemma)) return undefined;
  let subject = 0;
  while (subject < at && units[subject]!.pos === 'DET') subject += 1;
  const unit = units[subject]!;
  if (!unit.entity || !SUBSTANCE_KINDS.some((kind) => kind === unit.entity!.kind)) return undefined;
  return { items: [{ unit, index: subject }], first: subject, last: subject, distance: trigger.first - subject, side: 'left', contrast: false };
}
