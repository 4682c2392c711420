import type { QueryResolvers } from '../../generated/resolvers';
import { findEntity } from '../../graph/entityRepository';
import { primeEntity } from '../selection/primeLoaders';
import { entitySelectionOf } from '../selection/readSelectionOf';

/** The entity and every nested list its selection asks for, in one statement. */
export const entity: NonNullable<QueryResolvers['entity']> = async (_parent, { id }, { database, loaders }, info) => {
  const selection = entitySelectionOf(info.fieldNodes, info);
  const found = await findEntity(database, id, selection);
  if (found) primeEntity(loaders, found, selection);
  return found;
};
