import { ENTITY_KINDS, type EntityKind, type VocabularyEntry } from '../extraction/types';
import type { GraphDatabase } from './graphDatabase';
import { toStoredXrefs } from './xrefs';

/** One statement per kind, because a label cannot be a parameter; kinds come from the allowlist. */
function upsertEntitiesCypher(kind: EntityKind): string {
  return `
    UNWIND $entities AS entity
    MERGE (n:Entity {id: entity.id})
    REMOVE n:${ENTITY_KINDS.join(':')}
    SET n:${kind}, n.name = entity.name, n.aliases = entity.aliases, n.aliasText = entity.aliasText,
        n.description = entity.description, n.xrefs = entity.xrefs, n.curated = true`;
}

export function storedEntity(entry: VocabularyEntry) {
  return {
    id: entry.id,
    name: entry.name,
    aliases: entry.aliases,
    // The full-text index reads strings only; the alias list is joined for it.
    aliasText: entry.aliases.join(' | '),
    description: entry.description || null,
    xrefs: toStoredXrefs(entry.xrefs),
  };
}

/** Creates or updates the curated entities, all in one transaction. */
export async function loadVocabularyIntoGraph(database: GraphDatabase, entries: readonly VocabularyEntry[]): Promise<void> {
  await database.inWriteTransaction(async (run) => {
    for (const kind of ENTITY_KINDS) {
      const entities = entries.filter((entry) => entry.kind === kind).map(storedEntity);
      if (entities.length > 0) await run(upsertEntitiesCypher(kind), { entities });
    }
  });
}
