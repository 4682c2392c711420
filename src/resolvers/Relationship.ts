import type { ReceptorActionResolvers, RelationshipResolvers } from '../generated/resolvers';
import { LIMITS } from './limits';
import { boundedInt } from './userErrors';

export const Relationship: RelationshipResolvers = {
  origin: (relationship) => (relationship.curated ? 'CURATED' : 'EXTRACTED'),
  evidence: (relationship, { first }, { loaders }) =>
    loaders.evidenceOf(boundedInt('first', first, 1, LIMITS.pageSize, 20)).load(relationship.id),
};

export const ReceptorAction: ReceptorActionResolvers = {
  ligand: (relationship) => relationship.source,
  receptor: (relationship) => relationship.target,
  action: (relationship) => relationship.action,
  relationship: (relationship) => relationship,
};
