import type { QueryResolvers } from '../../generated/resolvers';
import { searchEntities } from '../../graph/searchRepository';
import { LIMITS } from '../limits';
import { badUserInput, boundedInt } from '../userErrors';

export const search: NonNullable<QueryResolvers['search']> = (_parent, { text, kinds, first }, { database }) => {
  if (text.trim().length === 0 || text.length > LIMITS.searchTextLength) {
    throw badUserInput(`'text' must be 1 to ${LIMITS.searchTextLength} characters; got ${text.length}.`);
  }
  return searchEntities(database, text, kinds ?? null, boundedInt('first', first, 1, LIMITS.pageSize, 10));
};
