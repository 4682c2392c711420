import type { Vocabulary } from '../types';
import { provisionalId } from './provisionalId';
import { entryRef, type EntityRef, type Unit } from './unit';

const HISTORY = new Set(['history']);
const HISTORY_MODIFIERS = new Set(['a', 'personal', 'prior', 'previous', 'past', 'family', 'any']);
const CONDITION_KINDS = new Set(['Condition', 'Symptom']);

/**
 * "a history of seizures", "a personal history of opioid use disorder": a past condition is a risk
 * factor ("history of seizures"), not the condition itself, so the phrase is one unit naming that
 * factor: the vocabulary's if it has one, else a provisional one for a curator to accept.
 */
export function historyFactors(units: readonly Unit[], vocabulary: Vocabulary): Unit[] {
  const merged: Unit[] = [];
  for (let index = 0; index < units.length; index += 1) {
    const unit = units[index]!;
    const condition = units[index + 2]?.entity;
    if (HISTORY.has(unit.lemma) && units[index + 1]?.lemma === 'of' && condition && CONDITION_KINDS.has(condition.kind)) {
      while (merged.length > 0 && HISTORY_MODIFIERS.has(merged[merged.length - 1]!.lemma)) merged.pop();
      const factor = historyOf(units[index + 2]!.text, vocabulary);
      merged.push({ start: unit.start, end: units[index + 2]!.end, text: `history of ${units[index + 2]!.text}`, lemma: factor.name, pos: 'ENTITY', entity: factor });
      index += 2;
    } else merged.push(unit);
  }
  return merged;
}

/** The factor named by the words the text uses ("history of depression", not the vocabulary's "low mood"). */
function historyOf(written: string, vocabulary: Vocabulary): EntityRef {
  const name = `history of ${written.toLowerCase()}`;
  const id = provisionalId('Factor', name);
  const entry = vocabulary.byId.get(id);
  return entry ? entryRef(entry) : { id, kind: 'Factor', name, provisional: true };
}
