import { isArgument, type Unit } from '../units/unit';
import { isContrast } from './argumentGroups';

const RELATIVES = new Set(['which', 'who']);
const CLAUSE_ENDS = new Set([',', ';', ':', '.', '!', '?', ')']);

/**
 * "Unlike buprenorphine, which reduces cravings, clonidine is not an opioid": what a contrast sets
 * apart is left out of the main clause's claims, but a relative clause on it still says what it does.
 * Each such clause as a sentence of its own, its subject the contrasted entity ("buprenorphine reduces
 * cravings"); the units keep their offsets.
 */
export function contrastRelatives(units: readonly Unit[]): Unit[][] {
  const clauses: Unit[][] = [];
  units.forEach((contrasted, subject) => {
    if (!isArgument(contrasted) || !isContrast(units, subject) || units[subject + 1]?.lemma !== ',' || !RELATIVES.has(units[subject + 2]?.lemma ?? '')) return;
    let end = subject + 3;
    while (end < units.length && !CLAUSE_ENDS.has(units[end]!.lemma)) end += 1;
    if (end > subject + 3) clauses.push([contrasted, ...units.slice(subject + 3, end)]);
  });
  return clauses;
}
