import { AGENT_KINDS, OUTCOME_KINDS } from '../../domain/entityKinds';
import { FAILURE_POST_CUES } from '../lexicon/assertionCues';
import type { EntityRef, Unit } from '../units/unit';
import type { ClaimDraft } from './claimDraft';
import { findPhrases } from './matchPhrase';

// "tried", and the spelling forums give it ("tryed").
const TRYING = /^(?:tried|tryed|trialled|trialed|try|tryin|trying)$/i;
const EVERYTHING = new Set(['everything', 'anything', 'all']);
const LIST_WORDS = new Set([',', 'and', 'or', ':', '-', '–', '(', ')', 'even', 'plus']);
const MAX_BEFORE_FOR = 3;

/**
 * "Ive tryed everything for the kratom wd insomnia, melatonin, benadryl, nothing worked", "I tried
 * everything for the legs: magnesium, hot baths - nothing helped": what was tried for a sign, listed
 * after it, each denied by the failure that closes the list.
 */
export function triedEverything(units: readonly Unit[]): ClaimDraft[] {
  const tried = units.findIndex((unit, at) => TRYING.test(unit.text) && EVERYTHING.has(units[at + 1]?.lemma ?? ''));
  if (tried < 0) return [];
  const forAt = units.findIndex((unit, at) => at > tried + 1 && at <= tried + 1 + MAX_BEFORE_FOR && unit.lemma === 'for');
  if (forAt < 0) return [];
  const failure = findPhrases(units.slice(forAt), FAILURE_POST_CUES)[0];
  if (!failure) return [];
  const end = forAt + failure.first;
  const targets: EntityRef[] = [];
  const agents: EntityRef[] = [];
  let previous: Unit | undefined;
  for (const unit of units.slice(forAt + 1, end)) {
    const outcome = unit.entity && OUTCOME_KINDS.has(unit.entity.kind) && agents.length === 0;
    // "the kratom wd insomnia": a condition right before a sign names whose sign it is.
    if (outcome && previous?.entity && targets[targets.length - 1] === previous.entity) targets.pop();
    if (outcome) targets.push(unit.entity!);
    else if (unit.entity && AGENT_KINDS.has(unit.entity.kind) && targets.length > 0) agents.push(unit.entity);
    else if (agents.length > 0 && !LIST_WORDS.has(unit.lemma)) return [];
    previous = unit;
  }
  return agents.flatMap((source) => targets.map((target): ClaimDraft => ({ type: source.kind === 'Strategy' ? 'MITIGATES' : 'RELIEVES', source, target, polarity: 'NEGATED', certainty: 'ASSERTED' })));
}
