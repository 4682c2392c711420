import type { MutationResolvers } from '../../generated/resolvers';
import { checkDocumentInput } from '../../ingestion/checkDocumentInput';
import { checkProvenance } from '../../ingestion/checkProvenance';
import { documentId } from '../../ingestion/documentId';
import { checksumOf, ingestDocument as ingest } from '../../ingestion/ingestDocument';
import { requireWriter } from '../requireWriter';
import { checkUserInput } from '../userErrors';

export const ingestDocument: NonNullable<MutationResolvers['ingestDocument']> = async (_parent, args, context) => {
  requireWriter(context);
  const document = { title: args.title.trim(), source: args.source?.trim() || null, text: args.text };
  const provenance = checkUserInput(() => {
    checkDocumentInput(document, context.config.MAX_DOCUMENT_BYTES);
    return checkProvenance(args);
  });
  // The checksum in the id keeps two different texts with one title apart.
  const id = `${documentId(document.title)}-${checksumOf(document.text).slice(0, 12)}`;
  return ingest(context.database, context.vocabulary, { id, ...document, ...provenance });
};
