import type { MutationResolvers } from '../../generated/resolvers';
import { deleteDocument as removeDocument } from '../../graph/curationRepository';
import { requireWriter } from '../requireWriter';
import { notFound } from '../userErrors';

export const deleteDocument: NonNullable<MutationResolvers['deleteDocument']> = async (_parent, { id }, context) => {
  requireWriter(context);
  const removed = await removeDocument(context.database, id);
  if (!removed.found) throw notFound(`No document has the id ${JSON.stringify(id)}.`);
  return { documentId: id, evidenceRemoved: removed.evidenceRemoved, relationshipsRemoved: removed.relationshipsRemoved };
};
