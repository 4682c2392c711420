import { AGENT_KINDS } from '../../domain/entityKinds';
import { RELATIONSHIP_ENDS } from '../../domain/relationshipEnds';
import { TERMINATORS } from '../lexicon/assertionCues';
import type { EntityRef, Unit } from '../units/unit';
import { assertionStatus, type SentenceCues } from './assertionStatus';
import type { ClaimDraft } from './claimDraft';
import { isStopped } from './cessation';
import type { SentenceContext } from './sentenceContext';

// "take loperamide when the diarrhoea is bad", "… if diarrhoea becomes a problem".
const REMEDY_MOMENTS = new Set(['when', 'whenever', 'if']);
const AGENT_REACH = 4;
const SIGN_KINDS = new Set(['Symptom', 'Condition']);
// "when I take kratom", "if you use it": taking a substance as the condition of what follows.
const CONDITIONS = new Set(['when', 'whenever', 'if', 'after']);
const PERSON = new Set(['i', 'you', 'u', 'we', 'they', 'people', 'ppl', 'someone']);
const TAKING = new Set(['take', 'use', 'dose', 'drink', 'have']);
const UNDERGOING = new Set(['get', 'feel', 'have', 'experience', 'notice', 'develop']);

/**
 * A remedy named with the moment it is for: "hot shower when the chills hit", "take loperamide when
 * the diarrhoea is bad", "a warm bath when muscles ache", "Take loperamide if diarrhoea becomes a
 * problem" — the remedy eases the signs its when- or if-clause names (MITIGATES for a practice,
 * RELIEVES for a medicine), with the sentence's stance. Not a substance to stop or avoid then ("Stop
 * kratom if you get jaundice").
 */
export function remedyWhen(units: readonly Unit[], cues: SentenceCues): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  units.forEach((unit, at) => {
    if (!REMEDY_MOMENTS.has(unit.lemma)) return;
    const agent = agentBefore(units, at);
    // "if" only after an instruction to take the remedy: "Talk to your doctor before taking Lofenza if you
    // have low blood pressure" is a caution, not what it is for.
    if (!agent || (unit.lemma === 'if' && !instructedBefore(units, at))) return;
    const type = agent.kind === 'Strategy' ? 'MITIGATES' : 'RELIEVES';
    for (let sign = at + 1; sign < units.length && !TERMINATORS.has(units[sign]!.lemma); sign += 1) {
      const target = units[sign]!.entity;
      if (!target || !SIGN_KINDS.has(target.kind) || !RELATIONSHIP_ENDS[type].target.includes(target.kind)) continue;
      const status = assertionStatus(units, cues, { first: at, last: at }, sign);
      // "Don't take loperamide when you have a fever" warns; it denies no relief.
      if (status.polarity === 'AFFIRMED') drafts.push({ type, source: agent, target, ...status });
    }
  });
  return drafts;
}

// "Take loperamide if …", "Try melatonin if …": the imperative that opens its clause.
const INSTRUCTING = new Set(['take', 'try', 'use']);

/** Whether the clause before the "if" opens with an instruction to take something. */
function instructedBefore(units: readonly Unit[], moment: number): boolean {
  let start = moment - 1;
  while (start > 0 && !TERMINATORS.has(units[start - 1]!.lemma)) start -= 1;
  return INSTRUCTING.has(units[start]?.lemma ?? '');
}

/** The remedy right before "when" (a few words of its own between): "a warm bath or shower when". */
function agentBefore(units: readonly Unit[], when: number): EntityRef | undefined {
  for (let at = when - 1; at >= Math.max(0, when - AGENT_REACH); at -= 1) {
    const unit = units[at]!;
    if (unit.entity) return AGENT_KINDS.has(unit.entity.kind) && !isStopped(units, at) ? unit.entity : undefined;
    // "a warm bath or shower when …": a word after "or" is a coordinated noun, whatever its tag.
    const coordinated = units[at - 1]?.lemma === 'or' || units[at - 1]?.lemma === 'and';
    if ((unit.pos === 'VERB' && !coordinated) || TERMINATORS.has(unit.lemma)) return undefined;
  }
  return undefined;
}

/**
 * "I get nausea when I take kratom", "if you take too much kratom you feel dizzy": what someone
 * goes through on the occasions they take a substance comes from it.
 */
export function takingWhen(units: readonly Unit[], cues: SentenceCues): ClaimDraft[] {
  const taken = takenOnOccasion(units);
  if (!taken) return [];
  const drafts: ClaimDraft[] = [];
  units.forEach((unit, verb) => {
    if (!UNDERGOING.has(unit.lemma) || unit.pos !== 'VERB' || (verb > taken.clause && verb <= taken.object)) return;
    for (let at = verb + 1; at < units.length && !TERMINATORS.has(units[at]!.lemma) && at !== taken.clause; at += 1) {
      const outcome = units[at]!.entity;
      if (outcome && SIGN_KINDS.has(outcome.kind)) drafts.push({ type: 'CAUSES', source: taken.substance, target: outcome, ...assertionStatus(units, cues, { first: verb, last: verb }, at) });
    }
  });
  return drafts;
}

/** "when I take kratom", "if you use too much of it": the substance, the clause's first word and the substance's place. */
function takenOnOccasion(units: readonly Unit[]): { substance: EntityRef; clause: number; object: number } | undefined {
  for (let at = 0; at < units.length - 3; at += 1) {
    if (!CONDITIONS.has(units[at]!.lemma) || !PERSON.has(units[at + 1]!.lemma) || !TAKING.has(units[at + 2]!.lemma)) continue;
    for (let object = at + 3; object < Math.min(units.length, at + 7); object += 1) {
      const entity = units[object]!.entity;
      if (entity && (entity.kind === 'Substance' || entity.kind === 'Compound')) return { substance: entity, clause: at, object };
      if (TERMINATORS.has(units[object]!.lemma)) break;
    }
  }
  return undefined;
}

const OUTCOME_ANAPHORS = new Set(['withdrawal', 'dependence']);
const CLAUSE_REACH = 6;

/**
 * "People who use kratom regularly can experience withdrawal if they stop suddenly": a way of using
 * or stopping named in a condition clause contributes to the withdrawal or dependence the rest of
 * the sentence says people go through (the sentence's stance towards it), unless another claim of
 * the sentence already says what it does.
 */
export function factorWhen(units: readonly Unit[], cues: SentenceCues, context: SentenceContext, drafts: readonly ClaimDraft[]): ClaimDraft[] {
  const claimed = new Set(drafts.map((draft) => draft.source.id));
  const found = new Map<string, ClaimDraft>();
  units.forEach((unit, clause) => {
    if (!CONDITIONS.has(unit.lemma) || unit.lemma === 'after') return;
    const factors = units.slice(clause + 1, clause + 1 + CLAUSE_REACH).flatMap((word) => (word.entity?.kind === 'Factor' && !word.entity.provisional && !claimed.has(word.entity.id) ? [word.entity] : []));
    if (factors.length === 0) return;
    for (let at = 0; at < units.length; at += 1) {
      if (at > clause && at <= clause + CLAUSE_REACH) continue;
      const outcome = outcomeAt(units, at, context);
      if (!outcome) continue;
      const status = assertionStatus(units, cues, { first: at, last: at }, at);
      for (const factor of factors) found.set(`${factor.id}|${outcome.id}`, { type: 'CONTRIBUTES_TO', source: factor, target: outcome, ...status });
    }
  });
  return [...found.values()];
}

/** A withdrawal or dependence, named or bare ("experience withdrawal"). */
function outcomeAt(units: readonly Unit[], at: number, context: SentenceContext): EntityRef | undefined {
  const unit = units[at]!;
  if (unit.entity) return unit.entity.kind === 'Condition' && /withdrawal|dependence/i.test(unit.entity.name) ? unit.entity : undefined;
  return unit.anaphor && OUTCOME_ANAPHORS.has(unit.anaphor.kind) ? context.resolve(units, at, ['Condition'])[0] : undefined;
}
