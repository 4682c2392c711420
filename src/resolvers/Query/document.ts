import type { QueryResolvers } from '../../generated/resolvers';

export const document: NonNullable<QueryResolvers['document']> = (_parent, { id }, { loaders }) => loaders.document.load(id);
