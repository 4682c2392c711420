import type { MutationResolvers } from '../../generated/resolvers';
import { checkDocumentText, DocumentRejectedError } from '../../ingestion/checkDocumentText';
import { checkProvenance } from '../../ingestion/checkProvenance';
import { documentId } from '../../ingestion/documentId';
import { checksumOf, ingestDocument as ingest } from '../../ingestion/ingestDocument';
import { requireWriter } from '../requireWriter';
import { badUserInput } from '../userErrors';

const MAX_TITLE_LENGTH = 300;

export const ingestDocument: NonNullable<MutationResolvers['ingestDocument']> = async (_parent, args, context) => {
  requireWriter(context);
  const { title, text, source } = args;
  if (title.trim() === '' || title.length > MAX_TITLE_LENGTH) {
    throw badUserInput(`'title' must be 1 to ${MAX_TITLE_LENGTH} characters.`);
  }
  let provenance;
  try {
    checkDocumentText(text, context.config.MAX_DOCUMENT_BYTES, 'text');
    provenance = checkProvenance(args, 'ingestDocument');
  } catch (error) {
    if (error instanceof DocumentRejectedError) throw badUserInput(error.message);
    throw error;
  }
  // The checksum in the id keeps two different texts with one title apart.
  const id = `${documentId(title)}-${checksumOf(text).slice(0, 12)}`;
  return ingest(context.database, context.vocabulary, { id, title: title.trim(), source: source ?? null, ...provenance, text });
};
