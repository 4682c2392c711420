import type { QueryResolvers } from '../../generated/resolvers';
import { findShortestPaths } from '../../graph/pathRepository';
import { LIMITS } from '../limits';
import { boundedInt } from '../userErrors';

export const paths: NonNullable<QueryResolvers['paths']> = (_parent, { from, to, maxHops, first }, { database }) =>
  findShortestPaths(
    database,
    from,
    to,
    boundedInt('maxHops', maxHops, 1, LIMITS.maxHops, 4),
    boundedInt('first', first, 1, LIMITS.paths, 5),
  );
