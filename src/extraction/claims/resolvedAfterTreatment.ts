import { DRUG_KINDS, OUTCOME_KINDS } from '../../domain/entityKinds';
import { stopVerbsAnd } from '../lexicon/stopping';
import { IMPROVED_WITH } from '../lexicon/triggerLexicon';
import { doseEnd } from '../units/dosePhrase';
import type { EntityRef, Unit } from '../units/unit';
import { assertionStatus, type SentenceCues } from './assertionStatus';
import type { ClaimDraft } from './claimDraft';
import type { SentenceContext } from './sentenceContext';

// Case reports and accounts: "buprenorphine was started …", "he was given clonidine", "after starting gabapentin", "of taking clonidine".
const TREATING = new Set(['start', 'give', 'administer', 'receive', 'prescribe', 'titrate', 'initiate', 'commence', 'add', 'begin', 'treat', 'switch', 'take']);
const IMPROVING = new Set([...IMPROVED_WITH, 'settle', 'clear', 'stop', 'go', 'improve', 'vanish', 'melt', 'lift', 'reduce', 'calm']);
// "were gone", "way more bearable": a state the signs are left in.
const IMPROVED_STATES = new Set(['gone', 'bearable', 'manageable', 'tolerable']);
// "within an hour of my first dose", "two capsules and …": a dose of the substance the text is about.
const DOSE_NOUNS = new Set(['dose', 'capsule', 'pill', 'serving', 'tablet']);
const DOSE_DETERMINERS = new Set(['my', 'first', 'a', 'one', 'the', 'next', 'morning', 'evening']);
const MAX_TREATMENT_REACH = 3;
const TIME_LINKS = new Set(['once', 'after', 'when', 'since', 'within']);

/**
 * "Buprenorphine was started at 2 mg and titrated to 12 mg/day, after which cravings and muscle
 * aches resolved", "He was given clonidine and the sweating settled", "the runs stopped once i
 * started kratom": the signs that got better
 * after a medicine was started, with no other agent named, were relieved by it (with the stance of
 * the verb of getting better: "the cravings did not resolve" denies it).
 */
export function resolvedAfterTreatment(units: readonly Unit[], cues: SentenceCues, context: SentenceContext): ClaimDraft[] {
  const drug = startedMedicine(units) ?? takenBefore(units) ?? doseTaken(units, context) ?? startedBefore(units, context);
  if (!drug) return [];
  const drafts: ClaimDraft[] = [];
  units.forEach((unit, verb) => {
    const improves = (unit.pos === 'VERB' && IMPROVING.has(unit.lemma)) || IMPROVED_STATES.has(unit.text.toLowerCase());
    if (!improves || ['with', 'on', 'to'].includes(units[verb + 1]?.lemma ?? '')) return;
    // "the runs … stopped once i started kratom": the medicine may come after, in a clause of time.
    if (verb <= drug.at && !units.slice(verb + 1, drug.at).some((between) => TIME_LINKS.has(between.lemma))) return;
    const from = verb > drug.at ? drug.at : -1;
    for (let sign = verb - 1; sign > from; sign -= 1) {
      const target = units[sign]!.entity;
      if (units[sign]!.lemma === ',' && units[sign - 1]?.pos === 'VERB') break;
      if (target && OUTCOME_KINDS.has(target.kind)) drafts.push({ type: 'RELIEVES', source: drug.entity, target, ...assertionStatus(units, cues, { first: verb, last: verb }, sign) });
      else if (target) break;
    }
  });
  return drafts;
}

/**
 * "The sweats were gone within an hour of my first dose": a dose with no medicine named is of the
 * substance the text is about; where the dose noun stands.
 */
function doseTaken(units: readonly Unit[], context: SentenceContext): { entity: EntityRef; at: number } | undefined {
  const at = units.findIndex((unit, index) => DOSE_NOUNS.has(unit.lemma) && DOSE_DETERMINERS.has(units[index - 1]?.lemma ?? ''));
  if (at < 0) return undefined;
  // "my first dose of kratom" names its substance; a dose beside another named drug is not the page's.
  const named = units[at + 1]?.lemma === 'of' ? units[at + 2]?.entity : undefined;
  if (named && DRUG_KINDS.has(named.kind)) return { entity: named, at };
  const substance = context.topicSubstance();
  return substance && !namesDrug(units) ? { entity: substance, at } : undefined;
}

/**
 * "Nausea settled after ondansetron", "cramps ↓ after the bup": signs better after a drug, named after
 * its "after". Not a drug then stopped ("the jaundice resolved after kratom was stopped": a dechallenge,
 * the drug's harm going away, not its relief).
 */
function takenBefore(units: readonly Unit[]): { entity: EntityRef; at: number } | undefined {
  const at = units.findIndex((unit, index) => unit.entity !== undefined && DRUG_KINDS.has(unit.entity.kind) && (units[index - 1]?.lemma === 'after' || (units[index - 1]?.pos === 'DET' && units[index - 2]?.lemma === 'after')));
  return at < 0 || isThenStopped(units, at) ? undefined : { entity: units[at]!.entity!, at };
}

// "was stopped", "had been discontinued", "was withdrawn": the drug stopped, in the passive after it.
const STOPPED_AFTER = stopVerbsAnd('withdraw', 'halt');
const isThenStopped = (units: readonly Unit[], at: number): boolean =>
  units.slice(at + 1, at + 4).some((unit) => unit.pos === 'VERB' && STOPPED_AFTER.has(unit.lemma));

/**
 * "He was given clonidine. By the next morning the sweating had settled.": signs that got better in
 * the sentence right after a medicine was started, naming no drug of their own, got better with it
 * (it stands before the sentence, as if named first).
 */
function startedBefore(units: readonly Unit[], context: SentenceContext): { entity: EntityRef; at: number } | undefined {
  const previous = context.previousTreatment();
  return previous && !namesDrug(units) ? { entity: previous, at: -1 } : undefined;
}

const namesDrug = (units: readonly Unit[]): boolean => units.some((unit) => unit.entity !== undefined && DRUG_KINDS.has(unit.entity.kind));

/** The medicine the sentence says was started or given, and where it stands. */
export function startedMedicine(units: readonly Unit[]): { entity: EntityRef; at: number } | undefined {
  for (let at = 0; at < units.length; at += 1) {
    const entity = units[at]!.entity;
    if (!entity || !DRUG_KINDS.has(entity.kind)) continue;
    const near = units.slice(Math.max(0, at - MAX_TREATMENT_REACH), at + MAX_TREATMENT_REACH + 1);
    // "Clonidine 100 mcg 22:00 as charted": a drug with its dose after it, as a chart records one given.
    if (near.some((unit) => unit.pos === 'VERB' && TREATING.has(unit.lemma)) || doseEnd(units, at + 1) !== undefined) return { entity, at };
  }
  return undefined;
}
