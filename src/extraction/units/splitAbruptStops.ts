import { DRUG_KINDS } from '../../domain/entityKinds';
import { STOP_VERBS } from '../lexicon/stopping';
import type { Vocabulary } from '../types';
import { entryRef, type Unit } from './unit';

const ABRUPT_CESSATION = 'factor:abrupt-cessation';
const ABRUPTLY = new Set(['abruptly', 'suddenly']);

/**
 * "Stopping kratom abruptly", "quit it suddenly": the vocabulary names the abrupt stop only when its
 * words stand together ("stopping abruptly"); with the substance between them, the verb is the stop
 * itself, so it becomes a unit naming abrupt cessation. The substance stays, as what was stopped.
 */
export function splitAbruptStops(units: readonly Unit[], vocabulary: Vocabulary): Unit[] {
  const abrupt = vocabulary.byId.get(ABRUPT_CESSATION);
  if (!abrupt) return [...units];
  return units.map((unit, index) => {
    const object = units[index + 1];
    const stopped = object !== undefined && ((object.entity !== undefined && DRUG_KINDS.has(object.entity.kind)) || object.anaphor !== undefined);
    if (unit.pos !== 'VERB' || !STOP_VERBS.has(unit.lemma) || !stopped || !ABRUPTLY.has(units[index + 2]?.lemma ?? '')) return unit;
    return { ...unit, pos: 'ENTITY', entity: entryRef(abrupt) };
  });
}
