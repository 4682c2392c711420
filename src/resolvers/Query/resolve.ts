import type { QueryResolvers } from '../../generated/resolvers';
import { resolveTerms } from '../../graph/searchRepository';
import { LIMITS } from '../limits';
import { badUserInput, threshold as checkedThreshold } from '../userErrors';

/** The schema's default: a typo in a long word passes, a different word does not ("dope sickness" is not "dose"). */
const DEFAULT_RESOLVE_THRESHOLD = 0.75;

export const resolve: NonNullable<QueryResolvers['resolve']> = (_parent, { terms, threshold }, { database }) => {
  if (terms.length > LIMITS.resolveTerms) throw badUserInput(`At most ${LIMITS.resolveTerms} terms at once; got ${terms.length}.`);
  const tooLong = terms.find((term) => term.length > LIMITS.resolveTermLength);
  if (tooLong !== undefined) throw badUserInput(`Each term must be at most ${LIMITS.resolveTermLength} characters.`);
  return resolveTerms(database, terms, checkedThreshold(threshold, DEFAULT_RESOLVE_THRESHOLD));
};
