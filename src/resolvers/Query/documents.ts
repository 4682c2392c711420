import type { QueryResolvers } from '../../generated/resolvers';
import { countDocuments, findDocumentPage } from '../../graph/documentRepository';
import { decodeCursor, encodeCursor } from '../cursor';
import { LIMITS } from '../limits';
import { boundedInt } from '../userErrors';

export const documents: NonNullable<QueryResolvers['documents']> = async (_parent, { first, after }, { database }) => {
  const size = boundedInt('first', first, 1, LIMITS.pageSize, 20);
  const afterId = after ? (decodeCursor(after, 1)[0] ?? '') : '';
  const found = await findDocumentPage(database, afterId, size + 1);
  return {
    items: found.slice(0, size).map((node) => ({ cursor: encodeCursor([node.id]), node })),
    hasNextPage: found.length > size,
    totalCount: () => countDocuments(database),
  };
};
