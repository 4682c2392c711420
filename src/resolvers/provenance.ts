import { GraphQLError } from 'graphql';

import type { DocumentResolvers, EvidenceResolvers, MentionResolvers, PassageResolvers } from '../generated/resolvers';
import { LIMITS } from './limits';
import { boundedInt } from './userErrors';

/** A stored reference that points nowhere is our fault, not the client's. */
function present<T>(value: T | null, what: string): T {
  if (value === null) throw new GraphQLError(`Dangling reference to ${what}.`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  return value;
}

export const Evidence: EvidenceResolvers = {
  document: async (evidence, _args, { loaders }) => present(await loaders.document.load(evidence.documentId), evidence.documentId),
  passage: async (evidence, _args, { loaders }) => present(await loaders.passage.load(evidence.passageId), evidence.passageId),
};

export const Document: DocumentResolvers = {
  passages: (document, { first }, { loaders }) =>
    loaders.passagesOf(boundedInt('first', first, 1, LIMITS.passages, 100)).load(document.id),
  relationshipCount: (document, _args, { loaders }) => loaders.relationshipCountOfDocument.load(document.id),
};

export const Passage: PassageResolvers = {
  document: async (passage, _args, { loaders }) => present(await loaders.document.load(passage.documentId), passage.documentId),
  mentions: (passage, _args, { loaders }) => loaders.mentionsOfPassage.load(passage.id),
};

export const Mention: MentionResolvers = {
  entity: async (mention, _args, { loaders }) => present(await loaders.entity.load(mention.entityId), mention.entityId),
  passage: async (mention, _args, { loaders }) => present(await loaders.passage.load(mention.passageId), mention.passageId),
};
