/**
 * What one sentence says of a claim, in the manner of NegEx / ConText (DESIGN §6): whether it
 * affirms or denies it, and whether it asserts it or only hedges.
 */
export const POLARITIES = ['AFFIRMED', 'NEGATED'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const CERTAINTIES = ['ASSERTED', 'HEDGED'] as const;
export type Certainty = (typeof CERTAINTIES)[number];
