import type { EntityKind } from '../../../generated/resolvers';

/** One colour per kind (Okabe–Ito palette, told apart with colour-blindness too); the legend and filter use the same. */
export const KIND_COLOURS: Record<EntityKind, string> = {
  Substance: '#E69F00',
  Compound: '#56B4E9',
  Receptor: '#009E73',
  Condition: '#D55E00',
  Symptom: '#CC79A7',
  Factor: '#F0E442',
  Strategy: '#0072B2',
};

export const KINDS = Object.keys(KIND_COLOURS) as EntityKind[];
