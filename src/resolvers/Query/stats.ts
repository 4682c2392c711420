import type { QueryResolvers } from '../../generated/resolvers';
import { readStats } from '../../graph/readStats';

export const stats: NonNullable<QueryResolvers['stats']> = (_parent, _args, { database }) => readStats(database);
