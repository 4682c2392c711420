import type { RelationshipType } from '../domain/relationshipTypes';

/**
 * The fields named for the domain (`Compound.actsOn`, `Symptom.managedBy` …): each reads one type of
 * relationship in one direction and shows either the entities at the other end or the claims themselves
 * (ReceptorAction). A name means the same on every kind that has it.
 */
export interface DomainField {
  type: RelationshipType;
  direction: 'OUTGOING' | 'INCOMING';
  shows: 'ends' | 'claims';
}

export const DOMAIN_FIELDS = {
  contains: { type: 'CONTAINS', direction: 'OUTGOING', shows: 'ends' },
  foundIn: { type: 'CONTAINS', direction: 'INCOMING', shows: 'ends' },
  actsOn: { type: 'ACTS_ON', direction: 'OUTGOING', shows: 'claims' },
  ligands: { type: 'ACTS_ON', direction: 'INCOMING', shows: 'claims' },
  relieves: { type: 'RELIEVES', direction: 'OUTGOING', shows: 'ends' },
  relievedBy: { type: 'RELIEVES', direction: 'INCOMING', shows: 'ends' },
  causes: { type: 'CAUSES', direction: 'OUTGOING', shows: 'ends' },
  causedBy: { type: 'CAUSES', direction: 'INCOMING', shows: 'ends' },
  symptoms: { type: 'PRESENTS_WITH', direction: 'OUTGOING', shows: 'ends' },
  presentIn: { type: 'PRESENTS_WITH', direction: 'INCOMING', shows: 'ends' },
  contributesTo: { type: 'CONTRIBUTES_TO', direction: 'OUTGOING', shows: 'ends' },
  contributingFactors: { type: 'CONTRIBUTES_TO', direction: 'INCOMING', shows: 'ends' },
  mitigates: { type: 'MITIGATES', direction: 'OUTGOING', shows: 'ends' },
  managedBy: { type: 'MITIGATES', direction: 'INCOMING', shows: 'ends' },
  subtypeOf: { type: 'SUBTYPE_OF', direction: 'OUTGOING', shows: 'ends' },
  subtypes: { type: 'SUBTYPE_OF', direction: 'INCOMING', shows: 'ends' },
} as const satisfies Record<string, DomainField>;

export type DomainFieldName = keyof typeof DOMAIN_FIELDS;

export function isDomainField(name: string): name is DomainFieldName {
  return Object.hasOwn(DOMAIN_FIELDS, name);
}
