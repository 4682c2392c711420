import { findTriggers } from '../claims/findTriggers';
import { RELIEF } from '../lexicon/triggerLexicon';
import type { Unit } from '../units/unit';

// "stuff that didnt:", "what didn't:", "things that did not:": a negated auxiliary whose verb is left out.
const NEGATED_AUXILIARIES = new Set(['didnt', 'doesnt', 'dont', 'wasnt', 'not']);

/**
 * "stuff that helped: - imodium … / stuff that didnt: - kava": a list lead that leaves out the verb of the
 * lead before it says that verb, negated. The lead's units with the earlier lead's relief verb put back
 * after the auxiliary (at the auxiliary's offsets, so evidence still quotes the line as written); or the
 * lead as it is when it leaves nothing out.
 */
export function withEllipticVerb(units: Unit[], previousLead: readonly Unit[] | undefined): Unit[] {
  const colon = units.length - 1;
  const auxiliary = units[colon - 1];
  if (!previousLead || units[colon]?.lemma !== ':' || !auxiliary || !NEGATED_AUXILIARIES.has(auxiliary.lemma.toLowerCase())) return units;
  if (findTriggers(units).some((trigger) => trigger.family === RELIEF)) return units;
  const verb = findTriggers(previousLead).find((trigger) => trigger.family === RELIEF);
  if (!verb) return units;
  const restored = previousLead.slice(verb.first, verb.last + 1).map((unit) => ({ ...unit, start: auxiliary.end, end: auxiliary.end }));
  return [...units.slice(0, colon), ...restored, units[colon]!];
}
