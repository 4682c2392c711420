import { TERMINATORS } from '../lexicon/assertionCues';
import { stopVerbsAnd } from '../lexicon/stopping';
import type { EntityRef, Unit } from '../units/unit';
import { assertionStatus, type SentenceCues } from './assertionStatus';
import type { ClaimDraft } from './sentenceClaims';
import type { SentenceContext } from './sentenceContext';

// "People who take kratom …", "patients who use it daily …", "those taking kratom …": the people a
// sentence is about are named by what they take.
const PEOPLE = new Set(['people', 'person', 'patient', 'user', 'those', 'anyone', 'adult', 'someone', 'mother', 'woman', 'man', 'consumer', 'customer', 'individual', 'ppl', 'folk']);
const TAKING = new Set(['take', 'use', 'consume', 'drink', 'chew', 'smoke', 'dose']);
// "People who stop kratom get chills": what they get are the signs of its withdrawal.
const STOPPING = stopVerbsAnd('quit');
const RELATIVE = new Set(['who', 'that']);
// What they go through: "often get constipation", "develop dependence", "have reported nausea".
const UNDERGOING = new Set(['get', 'develop', 'experience', 'have', 'suffer', 'report', 'notice', 'feel', 'show']);
// "report fewer cravings", "get less anxiety": a reduction is relief, which other rules read.
const REDUCTION = new Set(['fewer', 'less', 'reduce', 'lower', 'no', 'little', 'decreased', 'milder']);
const MAX_TAKING_WORDS = 4;
const OUTCOME_KINDS = new Set(['Symptom', 'Condition']);
const SUBSTANCE_KINDS = ['Substance', 'Compound'] as const;
const DEPENDENCE_WORDS = new Set(['dependence', 'dependency', 'addiction']);
const HABITUAL_NOUNS = new Set(['use', 'consumption', 'intake', 'ingestion']);
const MAX_AFTER_WORDS = 8;

/** The people who take (or stop) a substance: which, whether stopped, and the span the rule reads outcomes in. */
interface Users {
  substance: EntityRef;
  stopped: boolean;
  /** Outcomes are read after the verb of undergoing and before `start` (the "after …" phrase). */
  start: number;
  /** The verb of undergoing comes after this unit. */
  after: number;
}

/**
 * "People who take kratom often get constipation", "users who take it daily develop dependence":
 * what people who take a substance go through is said to come from it, so the substance CAUSES each
 * symptom or condition they are said to get (a bare "dependence" is the dependence on it); what
 * people who stop it get ("People who stop kratom get chills") are the signs of its withdrawal.
 * Each with the sentence's stance towards the verb of undergoing.
 */
export function usersOutcomes(units: readonly Unit[], cues: SentenceCues, context: SentenceContext): ClaimDraft[] {
  const users = takenBy(units, context) ?? takenAfter(units, context);
  if (!users) return [];
  const verb = units.findIndex((unit, at) => at > users.after && UNDERGOING.has(unit.lemma) && unit.pos === 'VERB');
  if (verb < 0) return [];
  const withdrawal = users.stopped ? context.withdrawalFrom(users.substance) : undefined;
  if (users.stopped && !withdrawal) return [];
  const drafts: ClaimDraft[] = [];
  for (let at = verb + 1; at < units.length && !TERMINATORS.has(units[at]!.lemma) && at !== users.start; at += 1) {
    if (REDUCTION.has(units[at]!.lemma)) return [];
    const status = assertionStatus(units, cues, { first: verb, last: verb }, at);
    if (withdrawal) {
      const sign = units[at]!.entity;
      if (sign?.kind === 'Symptom') drafts.push({ type: 'PRESENTS_WITH', source: withdrawal, target: sign, ...status });
      continue;
    }
    const outcome = outcomeAt(units, at, users.substance, context);
    if (outcome && outcome.id !== users.substance.id) drafts.push({ type: 'CAUSES', source: users.substance, target: outcome, ...status });
  }
  return drafts;
}

/** "people who (regularly) take kratom", "those who stop it": the substance, whether it is stopped, and where the phrase ends. */
function takenBy(units: readonly Unit[], context: SentenceContext): Users | undefined {
  for (let at = 0; at < units.length - 2; at += 1) {
    if (!PEOPLE.has(units[at]!.lemma) || !RELATIVE.has(units[at + 1]!.lemma)) continue;
    for (let word = at + 2; word < Math.min(units.length, at + 2 + MAX_TAKING_WORDS); word += 1) {
      const stopped = STOPPING.has(units[word]!.lemma);
      if (!TAKING.has(units[word]!.lemma) && !stopped) continue;
      const object = units[word + 1];
      const substance = object?.entity ?? (object?.anaphor ? context.resolve(units, word + 1, SUBSTANCE_KINDS.filter((kind) => object.anaphor!.kinds.includes(kind)))[0] : undefined);
      if (substance && SUBSTANCE_KINDS.some((kind) => kind === substance.kind)) return { substance, stopped, start: units.length, after: word + 1 };
    }
  }
  return undefined;
}

/**
 * "patients who developed liver injury after several weeks of daily kratom use", "none developed
 * seizures after taking kratom": what people got after taking a substance. `start` is where the
 * after-phrase begins, so the outcomes are looked for before it.
 */
function takenAfter(units: readonly Unit[], context: SentenceContext): Users | undefined {
  for (let at = 1; at < units.length - 1; at += 1) {
    if (units[at]!.lemma !== 'after') continue;
    for (let word = at + 1; word < Math.min(units.length, at + 1 + MAX_AFTER_WORDS); word += 1) {
      const unit = units[word]!;
      if (TERMINATORS.has(unit.lemma)) break;
      const substance = unit.entity ?? (unit.anaphor ? context.resolve(units, word, SUBSTANCE_KINDS.filter((kind) => unit.anaphor!.kinds.includes(kind)))[0] : undefined);
      if (!substance) continue;
      // "after taking kratom", "after weeks of daily kratom use", "after a kratom binge"; not "after stopping kratom".
      const taken = units.slice(at + 1, word).some((between) => TAKING.has(between.lemma)) || HABITUAL_NOUNS.has(units[word + 1]?.lemma ?? '') || units.slice(at + 1, word).every((between) => between.pos === 'DET' || between.pos === 'ADJ');
      const stopped = units.slice(at + 1, word).some((between) => STOPPING.has(between.lemma));
      if (SUBSTANCE_KINDS.some((kind) => kind === substance.kind) && taken && !stopped) return { substance, stopped: false, start: at, after: -1 };
      break;
    }
  }
  return undefined;
}

/** A symptom or condition at `at`; bare "dependence" or "addiction" is the dependence on the substance taken. */
function outcomeAt(units: readonly Unit[], at: number, substance: EntityRef, context: SentenceContext): EntityRef | undefined {
  const unit = units[at]!;
  if (unit.entity && OUTCOME_KINDS.has(unit.entity.kind)) return unit.entity;
  if (!DEPENDENCE_WORDS.has(unit.lemma) && !(unit.anaphor && DEPENDENCE_WORDS.has(unit.text.toLowerCase()))) return undefined;
  const own = context.provisional(`${substance.name} dependence`, 'Condition');
  return own.provisional ? undefined : own;
}
