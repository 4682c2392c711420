import { ENTITY_KINDS } from '../domain/entityKinds';
import type { VocabularyEntry } from '../extraction/types';
import type { GraphDatabase } from './graphDatabase';
import { mergeEntitiesCypher, storedEntity } from './mergeEntitiesCypher';
import { bumpVocabularyVersion } from './vocabularyVersion';

// A curator's word outlasts the seed: entities written through the API (they carry `curatedAt`) and
// entities a curator deleted (a RemovedEntity marks them) are left as the curator left them.
const CURATOR_OWNED = `
  UNWIND $ids AS id
  OPTIONAL MATCH (n:Entity {id: id})
  OPTIONAL MATCH (removed:RemovedEntity {id: id})
  WITH id, n, removed WHERE n.curatedAt IS NOT NULL OR removed IS NOT NULL
  RETURN collect(id) AS ids`;

/**
 * Seeds the graph's vocabulary from the curated YAML, all in one transaction: creates or updates each
 * entry, except those a curator has since changed or removed through the API.
 */
export async function loadVocabularyIntoGraph(database: GraphDatabase, entries: readonly VocabularyEntry[]): Promise<void> {
  await database.inWriteTransaction(async (run) => {
    const [owned] = await run<{ ids: string[] }>(CURATOR_OWNED, { ids: entries.map((entry) => entry.id) });
    const skipped = new Set(owned?.ids ?? []);
    for (const kind of ENTITY_KINDS) {
      const entities = entries
        .filter((entry) => entry.kind === kind && !skipped.has(entry.id))
        .map((entry) => storedEntity(entry, true));
      if (entities.length > 0) await run(mergeEntitiesCypher(kind), { entities });
    }
    await bumpVocabularyVersion(run);
  });
}
