import type { GraphQLResolveInfo } from 'graphql';

import type { QueryPathsArgs, QueryResolvers } from '../../generated/resolvers';
import { findShortestPaths, type PathQuery } from '../../graph/pathRepository';
import { LIMITS } from '../limits';
import { graphSelectionOf } from '../selection/graphSelectionOf';
import { primeEntity, primeRelationships } from '../selection/primeLoaders';
import { entitySelectionOf, relationshipSelectionOf } from '../selection/readSelectionOf';
import { fieldsNamed, subfields, type SelectionContext } from '../selection/subfields';
import { boundedInt } from '../userErrors';

/** What `paths` asks the graph layer for: the search, what of each node and relationship, and the drawing if selected. */
export function pathQueryOf({ from, to, maxHops, first, includeDenied }: QueryPathsArgs, info: SelectionContext & Pick<GraphQLResolveInfo, 'fieldNodes'>): PathQuery {
  const fields = subfields(info.fieldNodes, info);
  const pathFields = subfields(fieldsNamed(fields, 'paths'), info);
  const graph = fieldsNamed(fields, 'graph');
  return {
    from,
    to,
    maxHops: boundedInt('maxHops', maxHops, 1, LIMITS.maxHops, 4),
    first: boundedInt('first', first, 1, LIMITS.paths, 5),
    includeDenied: includeDenied ?? false,
    select: {
      nodes: entitySelectionOf(fieldsNamed(pathFields, 'nodes'), info),
      relationships: relationshipSelectionOf(fieldsNamed(pathFields, 'relationships'), info),
      // The drawing costs a degree count per node: only when asked for.
      graph: graph.length > 0 ? graphSelectionOf(graph, info) : null,
    },
  };
}

/** Shortest paths with what their selection asks of each node and relationship, and the drawing if asked: one statement. */
export const paths: NonNullable<QueryResolvers['paths']> = async (_parent, args, { database, loaders }, info) => {
  const query = pathQueryOf(args, info);
  const found = await findShortestPaths(database, query);
  for (const path of found.paths) {
    for (const node of path.nodes) primeEntity(loaders, node, query.select.nodes);
    primeRelationships(loaders, path.relationships, query.select.relationships);
  }
  return found;
};
