import { TERMINATORS } from '../lexicon/assertionCues';
import { type EntityRef, type Unit } from '../units/unit';
import { assertionStatus, type SentenceCues } from './assertionStatus';
import { isStopped, isWayOfStopping } from './cessation';
import type { ClaimDraft } from './claimDraft';
import type { SentenceContext } from './sentenceContext';

// What times the signs from the stop: "after stopping kratom", "on quitting it", "since he came off oxycodone".
const TIME_LINKS = new Set(['after', 'on', 'upon', 'since', 'when']);
const STOP_REACH = 6;
const SUBSTANCE_KINDS = ['Substance', 'Compound'] as const;
const LIST_WORDS = new Set(['and', 'or', 'a', 'an', 'the']);

/**
 * "admitted with 48 h of vomiting, diarrhoea, sweating and myalgia after abruptly stopping kratom",
 * "I got chills after quitting kratom", "no diarrhoea on stopping it": the signs of the clause before a
 * stop of a substance are its withdrawal's, with the sentence's stance; signs another rule of the
 * sentence placed ("withdrawal can cause insomnia", "clonidine eased the sweating") are left to it.
 */
export function signsAfterStopping(units: readonly Unit[], cues: SentenceCues, context: SentenceContext, drafts: readonly ClaimDraft[]): ClaimDraft[] {
  const placed = new Set(drafts.map((draft) => draft.target.id));
  return units.flatMap((unit, link): ClaimDraft[] => {
    if (!TIME_LINKS.has(unit.lemma)) return [];
    const stop = stoppedAfter(units, link, context);
    const withdrawal = stop && context.withdrawalFrom(stop.substance);
    if (!stop || !withdrawal) return [];
    const fronted = link === 0 || TERMINATORS.has(units[link - 1]!.lemma);
    return (fronted ? signsAfter(units, stop.end + 1) : signsBefore(units, link))
      .filter((index) => !placed.has(units[index]!.entity!.id))
      .map((index) => ({ type: 'PRESENTS_WITH', source: withdrawal, target: units[index]!.entity!, ...assertionStatus(units, cues, { first: link, last: link }, index) }));
  });
}

/**
 * The substance stopped in the phrase the link opens ("after abruptly stopping kratom", "when he quit
 * it"), and where the phrase ends.
 */
function stoppedAfter(units: readonly Unit[], link: number, context: SentenceContext): { substance: EntityRef; end: number } | undefined {
  for (let at = link + 1; at < Math.min(units.length, link + 1 + STOP_REACH) && !TERMINATORS.has(units[at]!.lemma); at += 1) {
    const unit = units[at]!;
    const substance = unit.entity ?? (unit.anaphor ? context.resolve(units, at, SUBSTANCE_KINDS.filter((kind) => unit.anaphor!.kinds.includes(kind)))[0] : undefined);
    if (!substance || isWayOfStopping(unit.entity)) continue;
    // "after abruptly stopping kratom": the way of stopping is a factor of the vocabulary's, before the substance.
    return SUBSTANCE_KINDS.some((kind) => kind === substance.kind) && (isStopped(units, at) || isWayOfStopping(units[at - 1]?.entity)) ? { substance, end: at } : undefined;
  }
  return undefined;
}

/** "After stopping kratom, he had vomiting and sweating": the symptoms of the clause after a fronted stop. */
function signsAfter(units: readonly Unit[], from: number): number[] {
  const signs: number[] = [];
  let at = units[from]?.lemma === ',' ? from + 1 : from;
  for (; at < units.length; at += 1) {
    const unit = units[at]!;
    if (unit.entity?.kind === 'Symptom') signs.push(at);
    else if (TERMINATORS.has(unit.lemma) && !(unit.lemma === ',' && inList(units, at))) break;
  }
  return signs;
}

/** The symptoms of the clause before the link, a list's commas included. */
function signsBefore(units: readonly Unit[], link: number): number[] {
  const signs: number[] = [];
  for (let at = link - 1; at >= 0; at -= 1) {
    const unit = units[at]!;
    if (unit.entity?.kind === 'Symptom') signs.push(at);
    else if (unit.entity || (TERMINATORS.has(unit.lemma) && !(unit.lemma === ',' && inList(units, at)))) break;
  }
  return signs;
}

/** A comma between two items of a list of signs. */
function inList(units: readonly Unit[], comma: number): boolean {
  let before = comma - 1;
  while (before >= 0 && units[before]!.pos === 'ADJ') before -= 1;
  let after = comma + 1;
  while (units[after] && (LIST_WORDS.has(units[after]!.lemma) || units[after]!.pos === 'ADJ')) after += 1;
  return units[before]?.entity?.kind === 'Symptom' && units[after]?.entity?.kind === 'Symptom';
}
