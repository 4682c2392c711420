import { checkEntityInput } from '../../domain/inputRules';
import type { MutationResolvers } from '../../generated/resolvers';
import { upsertCuratedEntity } from '../../graph/curationRepository';
import { findEntitiesByIds } from '../../graph/entityRepository';
import { termConflict } from '../../ingestion/termConflict';
import { curationOf } from '../curationOf';
import { requireWriter } from '../requireWriter';
import { badUserInput, checkUserInput } from '../userErrors';

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
  const entry = {
    id: input.id,
    kind: input.kind,
    name: input.name.trim(),
    aliases: (input.aliases ?? []).map((alias) => alias.trim()).filter(Boolean),
    description: input.description ?? '',
    xrefs: Object.fromEntries((input.xrefs ?? []).map(({ database, id }) => [XREF_KEYS[database] ?? database, id])),
  };
  checkUserInput(() => checkEntityInput({ ...entry, description: input.description ?? null }));
  if (!ENTITY_ID.test(input.id) || !input.id.startsWith(`${input.kind.toLowerCase()}:`)) {
    throw badUserInput(`'id' must look like "${input.kind.toLowerCase()}:kebab-name"; got ${JSON.stringify(input.id)}.`);
  }
  const curation = curationOf(input.note, false);
  const conflict = termConflict(await context.vocabulary.current(), entry);
  if (conflict) {
    throw badUserInput(
      `${JSON.stringify(conflict.term)} already names ${conflict.ownerId}; one name cannot mean two entities (rename or remove it there first).`,
    );
  }
  await upsertCuratedEntity(context.database, entry, curation);
  const [entity] = await findEntitiesByIds(context.database, [input.id]);
  if (!entity) throw new Error(`Entity ${input.id} was written but cannot be read back.`);
  return entity;
};
