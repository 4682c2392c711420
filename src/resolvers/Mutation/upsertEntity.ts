import type { MutationResolvers } from '../../generated/resolvers';
import { findEntitiesByIds } from '../../graph/entityRepository';
import { loadVocabularyIntoGraph } from '../../graph/loadVocabularyIntoGraph';
import { requireWriter } from '../requireWriter';
import { badUserInput } from '../userErrors';

const ENTITY_ID = /^[a-z]+:[a-z0-9]+(-[a-z0-9]+)*$/;
const XREF_KEYS: Record<string, string> = {
  'PubChem CID': 'pubchemCid',
  HGNC: 'hgnc',
  UniProt: 'uniprot',
  MeSH: 'mesh',
  ChEBI: 'chebi',
};

export const upsertEntity: NonNullable<MutationResolvers['upsertEntity']> = async (_parent, { input }, context) => {
  requireWriter(context);
  if (!ENTITY_ID.test(input.id) || !input.id.startsWith(`${input.kind.toLowerCase()}:`)) {
    throw badUserInput(`'id' must look like "${input.kind.toLowerCase()}:kebab-name"; got ${JSON.stringify(input.id)}.`);
  }
  if (input.name.trim() === '') throw badUserInput("'name' must not be empty.");
  const xrefs = Object.fromEntries((input.xrefs ?? []).map(({ database, id }) => [XREF_KEYS[database] ?? database, id]));
  await loadVocabularyIntoGraph(context.database, [
    {
      id: input.id,
      kind: input.kind,
      name: input.name.trim(),
      aliases: (input.aliases ?? []).map((alias) => alias.trim()).filter(Boolean),
      description: input.description ?? '',
      xrefs,
    },
  ]);
  const [entity] = await findEntitiesByIds(context.database, [input.id]);
  if (!entity) throw new Error(`Entity ${input.id} was written but cannot be read back.`);
  return entity;
};
