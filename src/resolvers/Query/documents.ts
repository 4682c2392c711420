import type { QueryResolvers } from '../../generated/resolvers';
import { countDocuments, findDocumentPage } from '../../graph/documentRepository';
import { decodeCursor, encodeCursor } from '../cursor';
import { LIMITS } from '../limits';
import { pageOf } from '../pageOf';
import { boundedInt } from '../userErrors';

export const documents: NonNullable<QueryResolvers['documents']> = async (_parent, { first, after }, { database }) => {
  const size = boundedInt('first', first, 1, LIMITS.pageSize, 20);
  const afterId = after ? (decodeCursor(after, 1)[0] ?? '') : '';
  const found = await findDocumentPage(database, afterId, size + 1);
  return pageOf(found, size, (node) => ({ cursor: encodeCursor([node.id]), node }), () => countDocuments(database));
};
