import { z } from 'zod';

import { ENTITY_KINDS } from '../../domain/entityKinds';
import { checkEntityInput, InputRejectedError } from '../../domain/inputRules';

const ID = /^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Formats of the external identifiers, so a symbol or a URL cannot pass for an id: PubChem CIDs,
// HGNC ids and ChEBI ids are bare numbers (the database prefix is added when stored); UniProt
// accessions follow UniProt's documented accession pattern; MeSH ids are descriptors (D…) or
// supplementary concept records (C…).
const xrefsSchema = z
  .object({
    pubchemCid: z.string().regex(/^[1-9]\d*$/, 'a PubChem CID is digits only'),
    hgnc: z.string().regex(/^[1-9]\d*$/, 'an HGNC id is the number only (8156, not OPRM1 or HGNC:8156)'),
    uniprot: z
      .string()
      .regex(
        /^(?:[OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9](?:[A-Z][A-Z0-9]{2}[0-9]){1,2})$/,
        'must be a UniProt accession such as P35372',
      ),
    mesh: z.string().regex(/^[DC]\d{6,9}$/, 'must be a MeSH id such as D013375'),
    chebi: z.string().regex(/^[1-9]\d*$/, 'a ChEBI id is the number only'),
  })
  .partial()
  .strict();

/** One entry of a `seed/vocabulary/*.yaml` file; the id's prefix must name the entry's kind. */
export const vocabularyEntrySchema = z
  .object({
    id: z.string().regex(ID, 'must look like `<kind>:<kebab-name>`'),
    kind: z.enum(ENTITY_KINDS),
    name: z.string().trim().min(1),
    aliases: z.array(z.string().trim().min(1)).default([]),
    description: z.string().trim().min(1),
    /** The id of a more general entry of the same kind (mu-opioid receptor → opioid receptors); checked by loadVocabulary. */
    broader: z.string().regex(ID, 'must be the id of another entry').optional(),
    xrefs: xrefsSchema.default({}),
  })
  .strict()
  .refine((entry) => entry.id.startsWith(`${entry.kind.toLowerCase()}:`), {
    message: 'id prefix must be the kind in lower case',
    path: ['id'],
  })
  .refine((entry) => entry.broader !== entry.id, { message: 'an entry cannot be broader than itself', path: ['broader'] })
  // The same rules as upsertEntity: lengths, alias count, no control characters.
  .superRefine((entry, context) => {
    try {
      checkEntityInput(entry);
    } catch (error) {
      if (!(error instanceof InputRejectedError)) throw error;
      context.addIssue({ code: 'custom', message: error.message });
    }
  });
