import type { QueryResolvers } from '../../generated/resolvers';
import { searchEntities } from '../../graph/searchRepository';
import { LIMITS } from '../limits';
import { entitySelectionOf } from '../selection/readSelectionOf';
import { fieldsNamed, subfields } from '../selection/subfields';
import { badUserInput, boundedInt, threshold as checkedThreshold } from '../userErrors';

/** The schema's default: type-ahead prefixes and typos pass, chance resemblances do not. */
const DEFAULT_SEARCH_THRESHOLD = 0.6;

export const search: NonNullable<QueryResolvers['search']> = (_parent, { text, kinds, first, threshold }, { database }, info) => {
  if (text.trim().length === 0 || text.length > LIMITS.searchTextLength) {
    throw badUserInput(`'text' must be 1 to ${LIMITS.searchTextLength} characters; got ${text.length}.`);
  }
  return searchEntities(database, text, {
    kinds: kinds ?? null,
    first: boundedInt('first', first, 1, LIMITS.pageSize, 10),
    threshold: checkedThreshold(threshold, DEFAULT_SEARCH_THRESHOLD),
    select: entitySelectionOf(fieldsNamed(subfields(info.fieldNodes, info), 'entity'), info),
  });
};
