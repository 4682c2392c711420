import type { MutationResolvers } from '../../generated/resolvers';
import { retractCuratedRelationship } from '../../graph/curationRepository';
import { parseRelationshipId } from '../../graph/relationshipId';
import { curationOf } from '../curationOf';
import { requireWriter } from '../requireWriter';
import { badUserInput, notFound } from '../userErrors';

export const retractRelationship: NonNullable<MutationResolvers['retractRelationship']> = async (_parent, { id, note }, context) => {
  requireWriter(context);
  const curation = curationOf(note, true);
  const ref = parseRelationshipId(id);
  if (!ref) throw badUserInput(`${JSON.stringify(id)} is not a relationship id (<source id>|<TYPE>|<target id>).`);
  const result = await retractCuratedRelationship(context.database, ref);
  if (result.outcome === 'not-found') throw notFound(`No relationship has the id ${JSON.stringify(id)}.`);
  if (result.outcome === 'extracted') {
    throw badUserInput(
      `${id} was extracted from documents, not added by a curator: its evidence belongs to them. ` +
        'Remove it by deleting the documents that assert it (deleteDocument).',
    );
  }
  return { relationshipId: id, removed: result.removed, curation };
};
