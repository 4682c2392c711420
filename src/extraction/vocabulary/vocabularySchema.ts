import { z } from 'zod';

import { ENTITY_KINDS } from '../../domain/entityKinds';

const XREF_KEYS = ['pubchemCid', 'hgnc', 'uniprot', 'mesh', 'chebi'] as const;

/** One entry of a `seed/vocabulary/*.yaml` file; the id's prefix must name the entry's kind. */
export const vocabularyEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must look like `<kind>:<kebab-name>`'),
    kind: z.enum(ENTITY_KINDS),
    name: z.string().trim().min(1),
    aliases: z.array(z.string().trim().min(1)).default([]),
    description: z.string().trim().min(1),
    xrefs: z.partialRecord(z.enum(XREF_KEYS), z.string().trim().min(1)).default({}),
  })
  .strict()
  .refine((entry) => entry.id.startsWith(`${entry.kind.toLowerCase()}:`), {
    message: 'id prefix must be the kind in lower case',
    path: ['id'],
  });
