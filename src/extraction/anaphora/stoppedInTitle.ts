import { stopVerbsAnd } from '../lexicon/stopping';
import type { EntityRef, Unit } from '../units/unit';

// "day 4 off oxys", "Ninety Days Without Kratom", "Quitting kratom": words of stopping before what is stopped.
const STOPPING = stopVerbsAnd('off', 'stopping', 'quitting', 'taper', 'tapering', 'without', 'kick', 'kicking');

/**
 * The substance a title says is being stopped ("day 4 off oxys using kratom, is this normal??",
 * "Ninety Days Without Kratom"): whose withdrawal bare "withdrawal" means before any is named.
 */
export function stoppedInTitle(title: readonly Unit[]): EntityRef | undefined {
  for (const [at, unit] of title.entries()) {
    if (!STOPPING.has(unit.lemma)) continue;
    let next = at + 1;
    while (title[next]?.pos === 'DET' || title[next]?.pos === 'ADJ') next += 1;
    const entity = title[next]?.entity;
    if (entity?.kind === 'Substance') return entity;
  }
  return undefined;
}
