import type { QueryResolvers } from '../../generated/resolvers';
import { findSubgraph } from '../../graph/subgraphRepository';
import { LIMITS } from '../limits';
import { badUserInput, boundedInt } from '../userErrors';

export const subgraph: NonNullable<QueryResolvers['subgraph']> = (_parent, { ids, depth, kinds, limit, includeDenied }, { database }) => {
  if (ids.length === 0 || ids.length > LIMITS.subgraphIds) throw badUserInput(`'ids' must hold 1 to ${LIMITS.subgraphIds} ids; got ${ids.length}.`);
  return findSubgraph(database, {
    ids,
    depth: boundedInt('depth', depth, 0, LIMITS.subgraphDepth, 1),
    kinds: kinds ?? null,
    limit: boundedInt('limit', limit, 1, LIMITS.subgraphNodes, 200),
    includeDenied: includeDenied ?? false,
  });
};
