import type { QueryResolvers } from '../../generated/resolvers';
import { countRelationships, findRelationshipPage } from '../../graph/relationshipListRepository';
import { decodeCursor, encodeCursor } from '../cursor';
import { LIMITS } from '../limits';
import { pageOf } from '../pageOf';
import { boundedInt } from '../userErrors';

export const relationships: NonNullable<QueryResolvers['relationships']> = async (_parent, { where, first, after }, { database }) => {
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
  const afterId = after ? (decodeCursor(after, 1)[0] ?? null) : null;
  const found = await findRelationshipPage(database, filter, afterId, size + 1);
  return pageOf(found, size, (node) => ({ cursor: encodeCursor([node.id]), node }), () => countRelationships(database, filter));
};
