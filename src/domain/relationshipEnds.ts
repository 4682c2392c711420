import { ENTITY_KINDS, type EntityKind } from './entityKinds';
import type { RelationshipType } from './relationshipTypes';

/**
 * Which kinds each relationship type may join (DESIGN §2): the one table that extraction, curation,
 * the graph and the bench all obey. Anything that can bring something on can be a CAUSES source:
 * a substance or compound (a side effect) and a condition (withdrawal brings on insomnia).
 * SUBTYPE_OF joins two entities of one kind (the vocabulary's `broader`), receptors above all.
 */
export const RELATIONSHIP_ENDS: Record<
  RelationshipType,
  { source: readonly EntityKind[]; target: readonly EntityKind[]; sameKind?: true }
> = {
  CONTAINS: { source: ['Substance'], target: ['Compound'] },
  ACTS_ON: { source: ['Compound', 'Substance'], target: ['Receptor'] },
  RELIEVES: { source: ['Substance', 'Compound'], target: ['Symptom', 'Condition'] },
  CAUSES: { source: ['Substance', 'Compound', 'Condition'], target: ['Symptom', 'Condition'] },
  PRESENTS_WITH: { source: ['Condition'], target: ['Symptom'] },
  CONTRIBUTES_TO: { source: ['Factor'], target: ['Condition', 'Symptom'] },
  MITIGATES: { source: ['Strategy'], target: ['Symptom', 'Condition'] },
  SUBTYPE_OF: { source: ENTITY_KINDS, target: ENTITY_KINDS, sameKind: true },
};
