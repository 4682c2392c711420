import { ENTITY_KINDS } from '../domain/entityKinds';
import type { VocabularyEntry } from '../extraction/types';
import type { GraphDatabase } from './graphDatabase';
import { mergeEntitiesCypher, storedEntity } from './mergeEntitiesCypher';

/** Creates or updates the curated entities, all in one transaction. */
export async function loadVocabularyIntoGraph(database: GraphDatabase, entries: readonly VocabularyEntry[]): Promise<void> {
  await database.inWriteTransaction(async (run) => {
    for (const kind of ENTITY_KINDS) {
      const entities = entries.filter((entry) => entry.kind === kind).map((entry) => storedEntity(entry, true));
      if (entities.length > 0) await run(mergeEntitiesCypher(kind), { entities });
    }
  });
}
