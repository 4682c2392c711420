import type { RelationshipType } from '../../domain/relationshipTypes';
import type { EntityRef } from '../units/unit';

/** Two entities a trigger relates as one relationship type, and where each stands in the sentence. */
export interface Pair {
  type: RelationshipType;
  source: EntityRef;
  target: EntityRef;
  /** Unit index of the target's item (where a per-target negation is looked for). */
  targetIndex: number;
  sourceIndex: number;
}
