import type { GraphQLResolveInfo } from 'graphql';

import type { QueryRelationshipsArgs, QueryResolvers } from '../../generated/resolvers';
import { findRelationshipPage, type RelationshipPageQuery } from '../../graph/relationshipListRepository';
import { decodeCursor, encodeCursor } from '../cursor';
import { LIMITS } from '../limits';
import { countedWithPage, pageOf } from '../pageOf';
import { connectionNodes, selectsTotalCount } from '../selection/connectionNodes';
import { primeRelationships } from '../selection/primeLoaders';
import { relationshipSelectionOf } from '../selection/readSelectionOf';
import type { SelectionContext } from '../selection/subfields';
import { boundedInt } from '../userErrors';

/** What `relationships` asks the graph layer for: the page, what of each relationship, and the count if selected. */
export function relationshipPageQueryOf({ where, first, after }: QueryRelationshipsArgs, info: SelectionContext & Pick<GraphQLResolveInfo, 'fieldNodes'>): RelationshipPageQuery {
  const size = boundedInt('first', first, 1, LIMITS.pageSize, 20);
  const filter = {
    types: where?.types ?? null,
    sourceId: where?.sourceId ?? null,
    targetId: where?.targetId ?? null,
    entityId: where?.entityId ?? null,
    documentId: where?.documentId ?? null,
    curated: where?.origin ? where.origin === 'CURATED' : null,
    sourceTypes: where?.sourceTypes ?? null,
    stances: where?.stance ?? null,
  };
  return {
    filter,
    afterId: after ? (decodeCursor(after, 1)[0] ?? null) : null,
    // One more than the page: it only says that more follow.
    limit: size + 1,
    select: relationshipSelectionOf(connectionNodes(info.fieldNodes, info), info),
    withCount: selectsTotalCount(info.fieldNodes, info),
  };
}

/** A page of relationships with what their selection asks for, and the count if asked: one statement. */
export const relationships: NonNullable<QueryResolvers['relationships']> = async (_parent, args, { database, loaders }, info) => {
  const query = relationshipPageQueryOf(args, info);
  const { page, totalCount } = await findRelationshipPage(database, query);
  primeRelationships(loaders, page, query.select);
  return pageOf(page, query.limit - 1, (node) => ({ cursor: encodeCursor([node.id]), node }), countedWithPage(totalCount));
};
