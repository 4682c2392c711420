import type { GraphQLResolveInfo } from 'graphql';

import type { EntityKind } from '../../domain/entityKinds';
import type { QueryEntitiesArgs, QueryResolvers } from '../../generated/resolvers';
import { findEntityPage, type EntityPageQuery } from '../../graph/entityListRepository';
import type { EntityPage } from '../../graph/records';
import type { RequestContext } from '../../server/context';
import { decodeCursor, encodeCursor } from '../cursor';
import { LIMITS } from '../limits';
import { countedWithPage, pageOf } from '../pageOf';
import { connectionNodes, selectsTotalCount } from '../selection/connectionNodes';
import { primeEntity } from '../selection/primeLoaders';
import { entitySelectionOf } from '../selection/readSelectionOf';
import type { SelectionContext } from '../selection/subfields';
import { boundedInt } from '../userErrors';

type ListArgs = Omit<QueryEntitiesArgs, 'kind'>;

/** What a list field asks the graph layer for: the page, what of each entity, and the count if selected. */
export function entityPageQueryOf(kind: EntityKind | null, { where, orderBy, first, after }: ListArgs, info: SelectionContext & Pick<GraphQLResolveInfo, 'fieldNodes'>): EntityPageQuery {
  const size = boundedInt('first', first, 1, LIMITS.pageSize, 20);
  const afterKey = after ? decodeCursor(after, 2) : null;
  return {
    filter: {
      kind,
      nameContains: where?.nameContains ?? null,
      relatedTo: where?.relatedTo ?? null,
      mentionedIn: where?.mentionedIn ?? null,
    },
    sort: { field: orderBy?.field ?? 'NAME', direction: orderBy?.direction ?? 'ASC' },
    after: afterKey ? { value: afterKey[0] ?? '', id: afterKey[1] ?? '' } : null,
    // One more than the page: it only says that more follow.
    limit: size + 1,
    select: entitySelectionOf(connectionNodes(info.fieldNodes, info), info),
    withCount: selectsTotalCount(info.fieldNodes, info),
  };
}

/** A page of entities with every nested list its selection asks for, and the count if asked: one statement. */
async function entityPage(kind: EntityKind | null, args: ListArgs, { database, loaders }: RequestContext, info: GraphQLResolveInfo): Promise<EntityPage> {
  const query = entityPageQueryOf(kind, args, info);
  const { page, totalCount } = await findEntityPage(database, query);
  for (const { entity } of page) primeEntity(loaders, entity, query.select);
  return pageOf(page, query.limit - 1, ({ entity, key }) => ({ cursor: encodeCursor([key.value, key.id]), node: entity }), countedWithPage(totalCount));
}

export const entities: NonNullable<QueryResolvers['entities']> = (_parent, { kind, ...args }, context, info) =>
  entityPage(kind ?? null, args, context, info);

/** The list of one kind: `compounds`, `symptoms` … */
export function entityListOf(kind: EntityKind): NonNullable<QueryResolvers['compounds']> {
  return (_parent, args, context, info) => entityPage(kind, args, context, info);
}
