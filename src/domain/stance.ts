/**
 * Where a relationship stands once all its sentences are counted (DESIGN §6):
 * SUPPORTED — affirmed, and at least one affirmation is asserted outright (or a curator added it);
 * HEDGED — affirmed only with hedges ("may", "possibly"), denied by none;
 * CONTESTED — affirmed by some sentences and denied by others;
 * DENIED — denied only.
 */
export const STANCES = ['SUPPORTED', 'HEDGED', 'CONTESTED', 'DENIED'] as const;
export type Stance = (typeof STANCES)[number];

/** The stances with something affirming the relationship: the ones traversal follows by default. */
export const AFFIRMED_STANCES: readonly Stance[] = ['SUPPORTED', 'HEDGED', 'CONTESTED'];

/** What a relationship's evidence says, counted; a hedged denial is a denial all the same. */
export interface StanceCounts {
  affirmingAsserted: number;
  affirmingHedged: number;
  negating: number;
  /** A curator's assertion counts as one asserted affirmation. */
  curated: boolean;
}

/** The one derivation of a stance from its counts; a relationship with nothing for or against it has none. */
export function stanceOf({ affirmingAsserted, affirmingHedged, negating, curated }: StanceCounts): Stance {
  const asserted = curated || affirmingAsserted > 0;
  const affirmed = asserted || affirmingHedged > 0;
  if (affirmed && negating > 0) return 'CONTESTED';
  if (negating > 0) return 'DENIED';
  if (asserted) return 'SUPPORTED';
  if (affirmed) return 'HEDGED';
  throw new RangeError('A relationship that no sentence and no curator speaks for or against has no stance.');
}
