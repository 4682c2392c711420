import { ENTITY_KINDS } from '../domain/entityKinds';
import type { VocabularyEntry } from '../extraction/types';
import type { GraphDatabase } from './graphDatabase';
import { mergeEntitiesCypher, storedEntity } from './mergeEntitiesCypher';
import { refreshClaims } from './refreshClaims';
import { refOf } from './relationshipId';
import { bumpVocabularyVersion } from './vocabularyVersion';

// A curator's word outlasts the seed: entities written through the API (they carry `curatedAt`) and
// entities a curator deleted (a RemovedEntity marks them) are left as the curator left them.
const CURATOR_OWNED = `
  UNWIND $ids AS id
  OPTIONAL MATCH (n:Entity {id: id})
  OPTIONAL MATCH (removed:RemovedEntity {id: id})
  WITH id, n, removed WHERE n.curatedAt IS NOT NULL OR removed IS NOT NULL
  RETURN collect(id) AS ids`;

// An entry's `broader` is its one SUBTYPE_OF link: a link to another entity is replaced. An entry
// without `broader` keeps what it has. Both ends must exist (a curator may have removed one).
const LINK_BROADER = `
  UNWIND $links AS link
  MATCH (n:Entity {id: link.ref.sourceId})
  MATCH (b:Entity {id: link.ref.targetId})
  CALL (n, b) {
    MATCH (n)-[old:SUBTYPE_OF]->(other:Entity) WHERE other <> b
    DELETE old
  }
  MERGE (n)-[r:SUBTYPE_OF]->(b)
    ON CREATE SET r.id = link.ref.id
  SET r.curated = true`;

/**
 * Seeds the graph's vocabulary from the curated YAML, all in one transaction: creates or updates each
 * entry and its place in the hierarchy (SUBTYPE_OF from `broader`), except those a curator has since
 * changed or removed through the API.
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
    const refs = entries
      .filter((entry) => !skipped.has(entry.id))
      .flatMap((entry) => (entry.broader ? [refOf({ sourceId: entry.id, type: 'SUBTYPE_OF', targetId: entry.broader })] : []));
    if (refs.length > 0) await run(LINK_BROADER, { links: refs.map((ref) => ({ ref })) });
    await refreshClaims(run, refs);
    await bumpVocabularyVersion(run);
  });
}
