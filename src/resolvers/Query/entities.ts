import type { EntityKind } from '../../domain/entityKinds';
import type { QueryEntitiesArgs, QueryResolvers } from '../../generated/resolvers';
import { countEntities, findEntityPage } from '../../graph/entityListRepository';
import type { EntityPage } from '../../graph/records';
import type { RequestContext } from '../../server/context';
import { decodeCursor, encodeCursor } from '../cursor';
import { LIMITS } from '../limits';
import { pageOf } from '../pageOf';
import { boundedInt } from '../userErrors';

type ListArgs = Omit<QueryEntitiesArgs, 'kind'>;

async function entityPage(kind: EntityKind | null, { where, orderBy, first, after }: ListArgs, { database }: RequestContext): Promise<EntityPage> {
  const size = boundedInt('first', first, 1, LIMITS.pageSize, 20);
  const filter = {
    kind,
    nameContains: where?.nameContains ?? null,
    relatedTo: where?.relatedTo ?? null,
    mentionedIn: where?.mentionedIn ?? null,
  };
  const sort = { field: orderBy?.field ?? 'NAME', direction: orderBy?.direction ?? 'ASC' } as const;
  const afterKey = after ? decodeCursor(after, 2) : null;
  const found = await findEntityPage(
    database,
    filter,
    sort,
    afterKey ? { value: afterKey[0] ?? '', id: afterKey[1] ?? '' } : null,
    size + 1,
  );
  return pageOf(
    found,
    size,
    ({ entity, key }) => ({ cursor: encodeCursor([key.value, key.id]), node: entity }),
    () => countEntities(database, filter),
  );
}

export const entities: NonNullable<QueryResolvers['entities']> = (_parent, { kind, ...args }, context) =>
  entityPage(kind ?? null, args, context);

/** The list of one kind: `compounds`, `symptoms` … */
export function entityListOf(kind: EntityKind): NonNullable<QueryResolvers['compounds']> {
  return (_parent, args, context) => entityPage(kind, args, context);
}
