import type { VocabularyEntry } from '../extraction/types';
import type { GraphDatabase } from './graphDatabase';
import { entityProjection } from './projections';
import type { EntityRecord } from './records';
import { fromStoredXrefs } from './xrefs';

// Provisional entities are left out: a name no curator has accepted stays unknown, so extraction
// treats it as it did the first time (a provisional entity again, with the same id) and never lets
// one document's guess at a kind steer the next document's claims.
const ALL_ENTITIES = `MATCH (n:Entity) WHERE coalesce(n.provisional, false) = false RETURN ${entityProjection('n')} AS entity ORDER BY n.id`;

/**
 * Every accepted entity in the graph as a vocabulary entry: the seed's YAML and every curator's change since,
 * which is what extraction must recognise. Ordered by id, so extraction sees the same vocabulary in
 * the same order on every instance.
 */
export async function readVocabularyFromGraph(database: GraphDatabase): Promise<VocabularyEntry[]> {
  const rows = await database.read<{ entity: EntityRecord }>(ALL_ENTITIES);
  return rows.map(({ entity }) => ({
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    aliases: entity.aliases ?? [],
    description: entity.description ?? '',
    xrefs: fromStoredXrefs(entity.xrefs),
  }));
}
