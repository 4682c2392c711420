import { RELATIONSHIP_ENDS } from '../../domain/relationshipEnds';
import { stopVerbsAnd } from '../lexicon/stopping';
import type { EntityRef, Unit } from '../units/unit';
import { assertionStatus, type SentenceCues } from './assertionStatus';
import type { ClaimDraft } from './claimDraft';
import type { SentenceContext } from './sentenceContext';

// "get off", "come off", "wean off", "kick", "quit": leaving a substance behind.
const LEAVING = stopVerbsAnd('kick', 'ditch');
const LEAVING_WITH_OFF = new Set(['get', 'come', 'wean', 'taper', 'go', 'stay']);
// "Kratom helped me get off oxycodone", "it got me off heroin", "I used kratom to come off heroin".
const HELPING = new Set(['help', 'get', 'allow', 'let', 'enable']);
const PERSON = new Set(['me', 'you', 'u', 'him', 'her', 'us', 'them', 'people', 'ppl', 'patient', 'user', 'adult']);
const MAX_PERSON_WORDS = 3;
const SKIPPED_POS = new Set(['DET', 'PRON', 'ADJ']);
const AGENT_KINDS = ['Substance', 'Compound', 'Strategy'] as const;

/**
 * What helped someone come off a substance relieved their dependence on it: "Kratom helped me get
 * off oxycodone", "It got me off heroin", "I used kratom to come off heroin" → kratom RELIEVES
 * opioid dependence (MITIGATES for a strategy), with the sentence's stance.
 */
export function helpedQuit(units: readonly Unit[], cues: SentenceCues, context: SentenceContext): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  units.forEach((unit, at) => {
    const left = leftSubstance(units, at);
    if (left === undefined) return;
    // "helped me wean off tramadol with barely any withdrawal": what it eased is named as the withdrawal.
    const leftBehind = units[left.index]!.entity!;
    const relieved = units.some((other) => other.anaphor?.kind === 'withdrawal' || /withdrawal/i.test(other.entity?.name ?? '')) ? context.withdrawalFrom(leftBehind) : context.dependenceOn(leftBehind);
    // "It got me off heroin": the subject of "got" helped.
    const agent = left.gotOff ? subjectBefore(units, at, context) : helperBefore(units, at, context);
    if (!relieved || !agent || agent.id === leftBehind.id) return;
    const type = agent.kind === 'Strategy' ? 'MITIGATES' : 'RELIEVES';
    if (!RELATIONSHIP_ENDS[type].source.includes(agent.kind)) return;
    drafts.push({ type, source: agent, target: relieved, ...assertionStatus(units, cues, { first: at, last: left.index - 1 }, left.index) });
  });
  return drafts;
}

/** "get off oxycodone", "quit heroin", "wean off tramadol" starting at `at`: where the substance left is. */
function leftSubstance(units: readonly Unit[], at: number): { index: number; gotOff: boolean } | undefined {
  const unit = units[at]!;
  const gotOff = unit.lemma === 'get' && PERSON.has(units[at + 1]?.lemma ?? '') && units[at + 2]?.lemma === 'off';
  let next = at + 1;
  if (gotOff) next = at + 3;
  else if (LEAVING_WITH_OFF.has(unit.lemma) && units[at + 1]?.lemma === 'off') next = at + 2;
  // "wean off", "taper off": the vocabulary names the practice of tapering by them, one unit.
  else if (!(unit.entity?.kind === 'Strategy' && / off$/i.test(unit.text)) && !(LEAVING.has(unit.lemma) && unit.pos === 'VERB')) return undefined;
  while (units[next] && SKIPPED_POS.has(units[next]!.pos) && !units[next]!.entity) next += 1;
  const entity = units[next]?.entity;
  return entity && (entity.kind === 'Substance' || entity.kind === 'Compound') ? { index: next, gotOff } : undefined;
}

/** The helper before the verb of leaving: "X helped me", "it got me", "used X to". */
function helperBefore(units: readonly Unit[], at: number, context: SentenceContext): EntityRef | undefined {
  let verb = at - 1;
  if (units[verb]?.lemma === 'to') verb -= 1;
  // "used kratom to come off heroin": the thing used.
  if (units[verb]?.entity && units[verb - 1]?.lemma === 'use') return agentOf(units, verb, context);
  // "helped me", "helped many patients": the people helped.
  for (let person = 0; person < MAX_PERSON_WORDS && (PERSON.has(units[verb]?.lemma ?? '') || units[verb]?.pos === 'PRON' || units[verb]?.pos === 'DET' || units[verb]?.pos === 'ADJ'); person += 1) verb -= 1;
  if (!HELPING.has(units[verb]?.lemma ?? '')) return undefined;
  return subjectBefore(units, verb, context);
}

/** The subject right before the verb at `verb` (adverbs and auxiliaries may come between). */
function subjectBefore(units: readonly Unit[], verb: number, context: SentenceContext): EntityRef | undefined {
  let subject = verb - 1;
  while (subject >= 0 && (units[subject]!.pos === 'ADV' || units[subject]!.pos === 'AUX' || units[subject]!.pos === 'PART')) subject -= 1;
  return subject >= 0 ? agentOf(units, subject, context) : undefined;
}

function agentOf(units: readonly Unit[], index: number, context: SentenceContext): EntityRef | undefined {
  const unit = units[index]!;
  const kinds = [...AGENT_KINDS];
  if (unit.entity) return kinds.some((kind) => kind === unit.entity!.kind) ? unit.entity : undefined;
  return unit.anaphor ? context.resolve(units, index, kinds.filter((kind) => unit.anaphor!.kinds.includes(kind)))[0] : undefined;
}
