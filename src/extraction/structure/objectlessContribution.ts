import { RELATIONSHIP_ENDS } from '../../domain/relationshipEnds';
import { assertionStatus, findCues } from '../claims/assertionStatus';
import type { ClaimDraft } from '../claims/claimDraft';
import type { EntityRef, Unit } from '../units/unit';

// "probably contributed", "may also have played a part", "played a role too": a share in something left unnamed.
const CONTRIBUTING: readonly (readonly string[])[] = [['contribute'], ['play', 'a', 'part'], ['play', 'a', 'role'], ['play', 'a', 'big', 'part'], ['play', 'a', 'big', 'role']];
// What may follow: the thing pointed back to, and words of adding.
const AFTER = new Set(['to', 'it', 'this', 'that', 'too', 'also', 'as', 'well', 'there', '.', '!']);
const SOURCE_KINDS = new Set(['Factor', 'Substance', 'Compound']);

/**
 * "Jaundice … is typical of kratom liver injury. Doubling the dose the month before probably
 * contributed.": a share in an outcome the sentence leaves unnamed is a share in the condition the
 * sentence before named (else its symptoms). The one factor or substance before the verb is the source.
 */
export function objectlessContribution(units: readonly Unit[], previous: readonly Unit[]): ClaimDraft[] {
  const verb = contributingAt(units);
  if (!verb) return [];
  const sources = units.slice(0, verb.first).flatMap((unit) => (unit.entity && SOURCE_KINDS.has(unit.entity.kind) && !unit.entity.provisional ? [unit.entity] : []));
  if (sources.length !== 1) return [];
  const source = sources[0]!;
  const type = source.kind === 'Factor' ? 'CONTRIBUTES_TO' : 'CAUSES';
  const named = previous.flatMap((unit) => (unit.entity && unit.entity.id !== source.id && RELATIONSHIP_ENDS[type].target.includes(unit.entity.kind) ? [unit.entity] : []));
  const conditions = named.filter((entity) => entity.kind === 'Condition');
  const targets = new Map<string, EntityRef>((conditions.length > 0 ? conditions : named).map((entity) => [entity.id, entity]));
  const status = assertionStatus(units, findCues(units), verb, verb.last);
  return [...targets.values()].map((target) => ({ type, source, target, ...status }));
}

/** The contributing verb's span, when only pointers back and words of adding follow it. */
function contributingAt(units: readonly Unit[]): { first: number; last: number } | undefined {
  for (let first = 1; first < units.length; first += 1) {
    const phrase = CONTRIBUTING.find((words) => words.every((word, offset) => units[first + offset]?.lemma === word));
    if (!phrase) continue;
    const last = first + phrase.length - 1;
    return units.slice(last + 1).every((unit) => !unit.entity && AFTER.has(unit.lemma)) ? { first, last } : undefined;
  }
  return undefined;
}
