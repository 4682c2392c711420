import { DRUG_KINDS, OUTCOME_KINDS } from '../../domain/entityKinds';
import { TERMINATORS } from '../lexicon/assertionCues';
import type { EntityRef, Unit } from '../units/unit';
import { assertionStatus, type SentenceCues } from './assertionStatus';
import type { ClaimDraft } from './claimDraft';

// "until I started hydroxyzine", "until she was given clonidine", "until they put me on gabapentin".
const STARTING = new Set(['start', 'take', 'try', 'give', 'prescribe', 'begin', 'get', 'put', 'switch', 'add']);
const STARTING_REACH = 4;
const DRUG_REACH = 3;

/**
 * "My anxiety was through the roof until I started hydroxyzine", "The sweats kept coming back until
 * they put me on clonidine": signs that lasted until a medicine was started ended with it; it relieved
 * them, with the sentence's stance.
 */
export function untilTreatment(units: readonly Unit[], cues: SentenceCues): ClaimDraft[] {
  return units.flatMap((unit, until): ClaimDraft[] => {
    if (unit.lemma !== 'until') return [];
    const drug = startedAfter(units, until);
    if (!drug) return [];
    let start = until;
    while (start > 0 && !TERMINATORS.has(units[start - 1]!.lemma)) start -= 1;
    // "I had no cravings until I took kratom again", "couldn't stop yawning until …": a sign absent until then
    // was brought on, and a double negative is no plain report of it; only a sign plainly there was relieved.
    if (cues.negations.some((cue) => cue.first >= start && cue.last < until)) return [];
    const drafts: ClaimDraft[] = [];
    for (let sign = until - 1; sign >= start; sign -= 1) {
      const target = units[sign]!.entity;
      if (target && OUTCOME_KINDS.has(target.kind)) drafts.push({ type: 'RELIEVES', source: drug, target, ...assertionStatus(units, cues, { first: until, last: until }, sign) });
      else if (target) break;
    }
    return drafts;
  });
}

/** The medicine a verb of starting after "until" names. */
function startedAfter(units: readonly Unit[], until: number): EntityRef | undefined {
  for (let verb = until + 1; verb <= until + STARTING_REACH && verb < units.length; verb += 1) {
    if (!STARTING.has(units[verb]!.lemma)) continue;
    for (let at = verb + 1; at <= verb + DRUG_REACH && at < units.length; at += 1) {
      const entity = units[at]!.entity;
      if (entity) return DRUG_KINDS.has(entity.kind) ? entity : undefined;
    }
    return undefined;
  }
  return undefined;
}
