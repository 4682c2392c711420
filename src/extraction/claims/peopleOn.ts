import { NEGATION_PRE_CUES } from '../lexicon/assertionCues';
import type { EntityRef, Unit } from '../units/unit';
import { matchPhrase } from './matchPhrase';
import type { ClaimDraft } from './claimDraft';

const PEOPLE = new Set(['people', 'person', 'patient', 'user', 'those', 'someone', 'anyone']);
const RELATIVE = new Set(['that', 'which', 'who']);
const RELATIVE_REACH = 4;
const SIGN_KINDS = new Set(['Symptom', 'Condition']);
const SUBSTANCE_KINDS = new Set(['Substance', 'Compound']);

/**
 * "the respiratory depression that kills people on fentanyl": a sign said in a relative clause to
 * befall people on a substance comes from that substance, whatever the main clause says of the sign
 * ("kratom does not cause the respiratory depression that kills people on fentanyl" affirms it of
 * fentanyl). Denied only by a negation inside the relative clause.
 */
export function peopleOn(units: readonly Unit[]): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  units.forEach((unit, at) => {
    if (!PEOPLE.has(unit.lemma) || units[at + 1]?.lemma !== 'on') return;
    const substance = units[at + 2]?.entity ?? units[at + 3]?.entity;
    if (!substance || !SUBSTANCE_KINDS.has(substance.kind)) return;
    const relative = relativeBefore(units, at);
    const sign = relative === undefined ? undefined : signBefore(units, relative);
    if (!sign || relative === undefined) return;
    const clause = units.slice(relative + 1, at);
    const negated = clause.some((_, index) => NEGATION_PRE_CUES.some((cue) => matchPhrase(clause, index, cue) >= 0));
    drafts.push({ type: 'CAUSES', source: substance, target: sign, polarity: negated ? 'NEGATED' : 'AFFIRMED', certainty: 'ASSERTED' });
  });
  return drafts;
}

function relativeBefore(units: readonly Unit[], at: number): number | undefined {
  for (let index = at - 1; index >= Math.max(0, at - RELATIVE_REACH); index -= 1) {
    if (RELATIVE.has(units[index]!.lemma)) return index;
    if (units[index]!.entity) return undefined;
  }
  return undefined;
}

/** The sign the relative clause hangs on: "the (kind of) respiratory depression that …". */
function signBefore(units: readonly Unit[], relative: number): EntityRef | undefined {
  const head = units[relative - 1]?.entity;
  return head && SIGN_KINDS.has(head.kind) ? head : undefined;
}
