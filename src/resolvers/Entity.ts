import type { EntityResolvers } from '../generated/resolvers';

export const Entity: EntityResolvers = {
  __resolveType: (entity) => entity.kind,
};
