import type { ReceptorActionResolvers, RelationshipResolvers } from '../generated/resolvers';
import { LIMITS } from './limits';
import { boundedInt } from './userErrors';

/** The schema's default for `Relationship.evidence(first)`. */
export const DEFAULT_EVIDENCE_FIRST = 20;

export const Relationship: RelationshipResolvers = {
  origin: (relationship) => (relationship.curated ? 'CURATED' : 'EXTRACTED'),
  evidence: (relationship, { first, sourceTypes }, { loaders }) => {
    const count = boundedInt('first', first, 1, LIMITS.pageSize, DEFAULT_EVIDENCE_FIRST);
    // Fetched with the relationship when the entity's `relationships` saw this field coming (unfiltered).
    if (!sourceTypes && relationship.prefetchedEvidence?.first === count) return relationship.prefetchedEvidence.items;
    return loaders.evidenceOf({ first: count, sourceTypes: sourceTypes ?? null }).load(relationship.id);
  },
};

export const ReceptorAction: ReceptorActionResolvers = {
  ligand: (relationship) => relationship.source,
  receptor: (relationship) => relationship.target,
  action: (relationship) => relationship.action,
  relationship: (relationship) => relationship,
};
