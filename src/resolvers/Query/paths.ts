import type { QueryResolvers } from '../../generated/resolvers';
import { findShortestPaths } from '../../graph/pathRepository';
import { LIMITS } from '../limits';
import { selectsField } from '../selectsField';
import { boundedInt } from '../userErrors';

export const paths: NonNullable<QueryResolvers['paths']> = (_parent, { from, to, maxHops, first, includeDenied }, { database }, info) =>
  findShortestPaths(database, {
    from,
    to,
    maxHops: boundedInt('maxHops', maxHops, 1, LIMITS.maxHops, 4),
    first: boundedInt('first', first, 1, LIMITS.paths, 5),
    // The drawing costs a degree count per node: only when asked for.
    withGraph: selectsField(info, 'graph'),
    includeDenied: includeDenied ?? false,
  });
