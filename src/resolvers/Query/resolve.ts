import type { QueryResolvers } from '../../generated/resolvers';
import { resolveTerms } from '../../graph/searchRepository';
import { LIMITS } from '../limits';
import { badUserInput } from '../userErrors';

export const resolve: NonNullable<QueryResolvers['resolve']> = (_parent, { terms }, { database }) => {
  if (terms.length > LIMITS.resolveTerms) throw badUserInput(`At most ${LIMITS.resolveTerms} terms at once; got ${terms.length}.`);
  const tooLong = terms.find((term) => term.length > LIMITS.resolveTermLength);
  if (tooLong !== undefined) throw badUserInput(`Each term must be at most ${LIMITS.resolveTermLength} characters.`);
  return resolveTerms(database, terms);
};
