import { stopVerbsAnd } from '../lexicon/stopping';
import type { EntityRef, Unit } from '../units/unit';

// "day 4 off oxys", "Ninety Days Without Kratom", "Quitting kratom", "30 days clean from kratom": words of
// stopping before what is stopped ("from" or "of" may come between).
const STOPPING = stopVerbsAnd('off', 'stopping', 'quitting', 'taper', 'tapering', 'without', 'kick', 'kicking', 'clean', 'free', 'sober', 'abstinent');
const FROM = new Set(['from', 'of']);
// "2 weeks kratom free", "kratom-free for a month": the word of abstaining after what is given up.
const FREE = new Set(['free', 'clean']);

/**
 * The substance a title says is being stopped ("day 4 off oxys using kratom, is this normal??",
 * "Ninety Days Without Kratom"): whose withdrawal bare "withdrawal" means before any is named.
 */
export function stoppedInTitle(title: readonly Unit[]): EntityRef | undefined {
  for (const [at, unit] of title.entries()) {
    const after = title[at + 1]?.lemma === '-' ? title[at + 2] : title[at + 1];
    if (unit.entity?.kind === 'Substance' && FREE.has(after?.lemma ?? '')) return unit.entity;
    if (!STOPPING.has(unit.lemma)) continue;
    let next = at + 1;
    if (FROM.has(title[next]?.lemma ?? '')) next += 1;
    while (title[next]?.pos === 'DET' || title[next]?.pos === 'ADJ') next += 1;
    const entity = title[next]?.entity;
    if (entity?.kind === 'Substance') return entity;
  }
  return undefined;
}
