import type { QueryResolvers } from '../../generated/resolvers';

export const entity: NonNullable<QueryResolvers['entity']> = (_parent, { id }, { loaders }) => loaders.entity.load(id);
