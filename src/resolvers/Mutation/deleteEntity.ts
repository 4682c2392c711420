import type { MutationResolvers } from '../../generated/resolvers';
import { deleteEntity as removeEntity } from '../../graph/curationRepository';
import { curationOf } from '../curationOf';
import { requireWriter } from '../requireWriter';
import { badUserInput, notFound } from '../userErrors';

export const deleteEntity: NonNullable<MutationResolvers['deleteEntity']> = async (_parent, { id, detach, note }, context) => {
  requireWriter(context);
  const curation = curationOf(note, true);
  const result = await removeEntity(context.database, id, detach ?? false, curation);
  if (result.outcome === 'not-found') throw notFound(`No entity has the id ${JSON.stringify(id)}.`);
  if (result.outcome === 'in-use') {
    throw badUserInput(
      `${id} is still in use: ${result.mentions} mention(s) in documents and ${result.relationships} relationship(s). ` +
        'Nothing was removed. Pass detach: true to remove them with it (their evidence goes too).',
    );
  }
  return {
    entityId: id,
    mentionsRemoved: result.mentionsRemoved,
    relationshipsRemoved: result.relationshipsRemoved,
    evidenceRemoved: result.evidenceRemoved,
    curation,
  };
};
