import type { EntityKind } from '../../domain/entityKinds';
import type { EntityRef } from '../units/unit';
import type { Item } from './argumentGroups';
import { isWayOfStopping } from './cessation';
import type { SentenceContext } from './sentenceContext';

const PRONOUNS = new Set(['it', 'this', 'that']);

/**
 * "Abrupt cessation definitely makes it worse", "Stopping all at once is what makes this so
 * brutal": when the pronoun a way of stopping makes worse names nothing it can be, it is the
 * withdrawal the text talks about, since stopping brings on withdrawal and nothing else a factor
 * contributes to. A pronoun that does name something fitting keeps it.
 */
export function stoppingTarget(agent: Item, patient: Item, kinds: readonly EntityKind[], context: SentenceContext): EntityRef[] {
  const stopping = isWayOfStopping(agent.unit.entity);
  if (!stopping || patient.unit.anaphor?.kind !== 'singular' || !PRONOUNS.has(patient.unit.lemma)) return [];
  const withdrawal = context.withdrawal();
  return withdrawal && kinds.includes(withdrawal.kind) ? [withdrawal] : [];
}
