import type { Certainty, Polarity } from '../../domain/assertionStatus';
import type { RelationshipType } from '../../domain/relationshipTypes';
import { ACTION_NOUNS } from '../lexicon/triggerLexicon';
import type { EntityRef, Unit } from '../units/unit';
import { groupsAfter, groupsBefore } from './argumentGroups';
import { assertionStatus, findCues } from './assertionStatus';
import { findTriggers } from './findTriggers';
import { matchPhrase } from './matchPhrase';
import { pairArguments } from './pairArguments';
import type { SentenceContext } from './sentenceContext';

/** One claim as one sentence makes it: its ends and that sentence's stance. */
export interface ClaimDraft {
  type: RelationshipType;
  source: EntityRef;
  target: EntityRef;
  polarity: Polarity;
  certainty: Certainty;
  action?: string;
}

const ACTION_WINDOW = 5;

/**
 * Every claim a sentence makes: each trigger phrase, its argument groups on both sides, the pairs
 * whose kinds the relationship allows, and per pair the sentence's stance towards it.
 */
export function sentenceClaims(units: readonly Unit[], context: SentenceContext): ClaimDraft[] {
  const cues = findCues(units);
  const drafts: ClaimDraft[] = [];
  for (const trigger of findTriggers(units)) {
    const groups = [...groupsBefore(units, trigger.first), ...groupsAfter(units, trigger.gapped ? trigger.first + 1 : trigger.last + 1, trigger)];
    for (const pair of pairArguments(units, trigger, groups, context)) {
      const status = assertionStatus(units, cues, trigger, pair.targetIndex);
      const action = pair.type === 'ACTS_ON' ? (trigger.action ?? actionNear(units, pair.targetIndex)) : undefined;
      drafts.push({ type: pair.type, source: pair.source, target: pair.target, ...status, ...(action ? { action } : {}) });
    }
  }
  return drafts;
}

/** An action named beside the receptor: "binds to the mu-opioid receptor as a partial agonist". */
function actionNear(units: readonly Unit[], receptorIndex: number): string | undefined {
  for (let index = receptorIndex + 1; index <= receptorIndex + ACTION_WINDOW && index < units.length; index += 1) {
    const found = ACTION_NOUNS.find((noun) => matchPhrase(units, index, noun.lemmas) >= 0);
    if (found) return found.action;
  }
  return undefined;
}
