import type { Stance } from '../../../generated/resolvers';

/**
 * How each stance is drawn, and what the legend says of it: one table, so the canvas and the legend
 * cannot disagree. Contested is the one strong colour on the canvas (the edges are grey otherwise);
 * hedged is dashed; denied-only edges are dotted and hidden until the reader asks.
 */
export const STANCE_LOOK: Record<Stance, { colour: string; line: 'solid' | 'dashed' | 'dotted'; meaning: string }> = {
  SUPPORTED: { colour: '#9aa3b1', line: 'solid', meaning: 'supported: sources affirm it, none denies it' },
  HEDGED: { colour: '#9aa3b1', line: 'dashed', meaning: 'hedged: affirmed only with "may", "possibly"…' },
  CONTESTED: { colour: '#c2185b', line: 'solid', meaning: 'contested: some sources affirm it, others deny it' },
  DENIED: { colour: '#6d4c41', line: 'dotted', meaning: 'denied: sources only deny it (hidden unless shown)' },
};

export const STANCES = Object.keys(STANCE_LOOK) as Stance[];
