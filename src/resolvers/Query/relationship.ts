import type { QueryResolvers } from '../../generated/resolvers';
import { findRelationshipsByIds } from '../../graph/relationshipRepository';

export const relationship: NonNullable<QueryResolvers['relationship']> = async (_parent, { id }, { database }) => {
  const [found] = await findRelationshipsByIds(database, [id]);
  return found ?? null;
};
