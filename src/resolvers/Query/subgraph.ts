import type { GraphQLResolveInfo } from 'graphql';

import type { QueryResolvers, QuerySubgraphArgs } from '../../generated/resolvers';
import { findSubgraph, type SubgraphQuery } from '../../graph/subgraphRepository';
import { LIMITS } from '../limits';
import { graphSelectionOf } from '../selection/graphSelectionOf';
import type { SelectionContext } from '../selection/subfields';
import { badUserInput, boundedInt } from '../userErrors';

/** What `subgraph` asks the graph layer for: the walk, and which counts the drawing selects. */
export function subgraphQueryOf({ ids, depth, kinds, limit, includeDenied }: QuerySubgraphArgs, info: SelectionContext & Pick<GraphQLResolveInfo, 'fieldNodes'>): SubgraphQuery {
  if (ids.length === 0 || ids.length > LIMITS.subgraphIds) throw badUserInput(`'ids' must hold 1 to ${LIMITS.subgraphIds} ids; got ${ids.length}.`);
  return {
    ids,
    depth: boundedInt('depth', depth, 0, LIMITS.subgraphDepth, 1),
    kinds: kinds ?? null,
    limit: boundedInt('limit', limit, 1, LIMITS.subgraphNodes, 200),
    includeDenied: includeDenied ?? false,
    select: graphSelectionOf(info.fieldNodes, info),
  };
}

/** The walk and the drawing in one statement. */
export const subgraph: NonNullable<QueryResolvers['subgraph']> = (_parent, args, { database }, info) => findSubgraph(database, subgraphQueryOf(args, info));
