import type { Certainty, Polarity } from '../../domain/assertionStatus';
import type { RelationshipType } from '../../domain/relationshipTypes';
import type { EntityRef } from '../units/unit';

/** One claim as one sentence makes it: its ends and that sentence's stance. */
export interface ClaimDraft {
  type: RelationshipType;
  source: EntityRef;
  target: EntityRef;
  polarity: Polarity;
  certainty: Certainty;
  action?: string;
  /**
   * Document offsets of the clause that says it, when that is less than its sentence: "Some authors
   * advocate gabapentin, whereas a small series found no benefit" affirms and denies one claim, each
   * clause its own evidence.
   */
  clause?: { start: number; end: number };
  /**
   * Said of a remedy only tried ("I tried melatonin for sleep"): an attempt, not a result. What the
   * writer tells next ("Nothing worked.", "it helped") decides; affirmed, it is no evidence itself.
   */
  attempt?: boolean;
}
