import { DRUG_KINDS, OUTCOME_KINDS } from '../../domain/entityKinds';
import { TERMINATORS } from '../lexicon/assertionCues';
import { stopVerbsAnd } from '../lexicon/stopping';
import { type EntityRef, type Unit } from '../units/unit';
import { assertionStatus, type SentenceCues } from './assertionStatus';
import type { ClaimDraft } from './claimDraft';
import { isComparisonStandard } from '../anaphora/comparisonStandard';
import type { SentenceContext } from './sentenceContext';

// Verbs a harm is reported with by whoever saw it ("has been reported", "were documented", "observed").
const REPORTING = new Set(['report', 'describe', 'document', 'observe', 'record', 'note']);
// What a clinician sees at the bedside, as against what the literature reports.
const OBSERVING = new Set(['observe', 'record', 'note']);
const PARTICIPLE = /ed$/i;
// Between the harm and its verb: "has been", "were also", "is uncommon but has been".
const PREDICATE_POS = new Set(['AUX', 'ADV', 'PART', 'ADJ']);
// A predicate coordinated with the reporting verb shares its subject: "is rare but has been reported".
const COORDINATORS = new Set(['but', 'and']);
// "on stopping": the tagger may keep a gerund of stopping as its own noun lemma.
const STOPPING = stopVerbsAnd('stopping', 'quitting', 'discontinuing', 'ceasing', 'cessation', 'discontinuation');

/** A sentence that names a withdrawal or a stop: what it reports is the withdrawal's, not the substance's harm. */
function aboutWithdrawal(units: readonly Unit[]): boolean {
  return units.some((unit) => STOPPING.has(unit.lemma) || (unit.entity?.kind === 'Condition' && /withdrawal/i.test(unit.entity.name)) || unit.anaphor?.kind === 'withdrawal');
}

/**
 * "Serious liver injury is uncommon but has been reported", "Seizures were reported in 11 cases",
 * "Fatal overdose reported", "No cases of liver injury have been documented": a harm reported in the
 * passive, with no one said to bring it on there, is a harm of the substance the clause names after the
 * verb ("reported in infants of mothers using kratom"), else of the one named before it in the sentence
 * ("Buprenorphine has been used …; precipitated withdrawal has rarely been reported"), else of the one
 * the text is about; with the sentence's stance. Left alone: harms another rule placed, a comparison's
 * standard ("a syndrome resembling opioid withdrawal has been described"), and a harm reported during a
 * condition or after a time, and a sentence about stopping or a withdrawal ("reported during withdrawal",
 * "described for a month after the last dose", "insomnia on stopping is often described", "Kratom
 * withdrawal has been described": the course of a withdrawal, which other rules read).
 */
export function agentlessReports(units: readonly Unit[], cues: SentenceCues, context: SentenceContext, drafts: readonly ClaimDraft[]): ClaimDraft[] {
  if (aboutWithdrawal(units)) return [];
  // "Kratom withdrawal day 2. No tremor noted.": what a clinician notes while a withdrawal is talked about is its sign.
  const recent = context.recentCondition();
  const observingWithdrawal = recent !== undefined && /withdrawal/i.test(recent.name);
  const placed = new Set(drafts.map((draft) => draft.target.id));
  return units.flatMap((unit, verb): ClaimDraft[] => {
    if (!REPORTING.has(unit.lemma) || !PARTICIPLE.test(unit.text) || !isPassive(units, verb) || (observingWithdrawal && OBSERVING.has(unit.lemma))) return [];
    const harms = [...subjectHarms(units, verb), ...gappedHarms(units, verb)].filter((index) => !placed.has(units[index]!.entity!.id) && !isComparisonStandard(units, index));
    if (harms.length === 0) return [];
    const named = namedAgent(units, verb, harms);
    if (named === null) return [];
    // "Reported features include muscle aches and insomnia; diarrhoea is reported less often": a sign
    // reported beside a syndrome's signs, with no drug named, is one more of them.
    const syndrome = named ? undefined : drafts.find((draft) => draft.type === 'PRESENTS_WITH')?.source;
    const source = named ?? syndrome ?? context.topicSubstance();
    if (!source) return [];
    const type = syndrome ? 'PRESENTS_WITH' : 'CAUSES';
    return harms
      .filter((index) => type === 'CAUSES' || units[index]!.entity!.kind === 'Symptom')
      .map((index) => ({ type, source, target: units[index]!.entity!, ...assertionStatus(units, cues, { first: verb, last: verb }, index) }));
  });
}

/** "has been reported", "were reported", or a headline's bare participle right after the harm ("Fatal overdose reported"). */
function isPassive(units: readonly Unit[], verb: number): boolean {
  let before = verb - 1;
  while (before >= 0 && (units[before]!.pos === 'ADV' || units[before]!.pos === 'PART')) before -= 1;
  const previous = units[before];
  return previous !== undefined && ((previous.pos === 'AUX' && previous.lemma === 'be') || (previous.entity !== undefined && OUTCOME_KINDS.has(previous.entity.kind)));
}

/** The harms of the clause before the verb: its subject, with a predicate coordinated before the verb crossed. */
function subjectHarms(units: readonly Unit[], verb: number): number[] {
  const harms: number[] = [];
  let at = verb - 1;
  while (at >= 0 && PREDICATE_POS.has(units[at]!.pos)) at -= 1;
  // "is uncommon but has been reported": back over the coordinated predicate to the subject.
  if (at >= 0 && COORDINATORS.has(units[at]!.lemma)) {
    at -= 1;
    while (at >= 0 && PREDICATE_POS.has(units[at]!.pos)) at -= 1;
  }
  for (; at >= 0 && !TERMINATORS.has(units[at]!.lemma) && units[at]!.pos !== 'VERB'; at -= 1) {
    const entity = units[at]!.entity;
    if (entity && OUTCOME_KINDS.has(entity.kind)) harms.push(at);
  }
  return harms;
}

/**
 * "Somnolence was reported in 18% and dizziness in 11% of …": a harm coordinated after the verb's
 * complement, with the verb left out (gapped), is reported as the first one is.
 */
function gappedHarms(units: readonly Unit[], verb: number): number[] {
  const harms: number[] = [];
  for (let at = verb + 1; at < units.length - 2 && !TERMINATORS.has(units[at]!.lemma); at += 1) {
    const entity = units[at + 1]!.entity;
    if (units[at]!.lemma === 'and' && entity && OUTCOME_KINDS.has(entity.kind) && units[at + 2]!.lemma === 'in') harms.push(at + 1);
  }
  return harms;
}

/**
 * Who the sentence says brings the harms on: the substance named after the verb, else before the
 * harms; undefined when it names none (the text's is then meant); null when a condition or a time
 * after the verb says the harms are no substance's ("reported during withdrawal", "after the last dose").
 */
function namedAgent(units: readonly Unit[], verb: number, harms: readonly number[]): EntityRef | null | undefined {
  for (let at = verb + 1; at < units.length && !TERMINATORS.has(units[at]!.lemma); at += 1) {
    const entity = units[at]!.entity;
    if (entity && DRUG_KINDS.has(entity.kind)) return entity;
    if (entity?.kind === 'Condition' || units[at]!.lemma === 'after') return null;
  }
  for (let at = Math.min(...harms) - 1; at >= 0; at -= 1) {
    const entity = units[at]!.entity;
    if (entity && DRUG_KINDS.has(entity.kind)) return entity;
  }
  return undefined;
}
