import DataLoader from 'dataloader';

import { countRelationshipsOfDocuments, findDocumentsByIds, findMentionsOfEntities, findMentionsOfPassages, findPassagesByIds, findPassagesOfDocuments } from '../graph/documentRepository';
import { findEntitiesByIds } from '../graph/entityRepository';
import { findActionsOfRelationships, findEvidenceOfRelationships, type EvidenceQuery } from '../graph/evidenceRepository';
import type { GraphDatabase } from '../graph/graphDatabase';
import type { DocumentRecord, EntityRecord, EvidenceRecord, MentionRecord, PassageRecord, RelationshipRecord, SentenceActionCount } from '../graph/records';
import type { RelationshipQuery } from '../graph/read/readSelection';
import { findRelationshipsOfEntities } from '../graph/relationshipRepository';

/** A loader whose keys share one setting (such as `first`): one batch per setting, one round trip each. */
function perSetting<Setting, Value>(load: (ids: readonly string[], setting: Setting) => Promise<Map<string, Value>>, empty: Value) {
  const loaders = new Map<string, DataLoader<string, Value>>();
  return (setting: Setting) => {
    const key = JSON.stringify(setting);
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, Value>(async (ids) => {
        const found = await load(ids, setting);
        return ids.map((id) => found.get(id) ?? empty);
      });
      loaders.set(key, loader);
    }
    return loader;
  };
}

function byId<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const found = new Map((await load(ids)).map((item) => [item.id, item]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * Per-request batching: however many entities a list returns, each nested field costs one round trip
 * for the whole list (no N+1). Built fresh per request, so nothing is cached across requests.
 */
export function createLoaders(database: GraphDatabase) {
  return {
    entity: byId<EntityRecord>((ids) => findEntitiesByIds(database, ids)),
    document: byId<DocumentRecord>((ids) => findDocumentsByIds(database, ids)),
    passage: byId<PassageRecord>((ids) => findPassagesByIds(database, ids)),
    relationshipsOf: perSetting<RelationshipQuery, RelationshipRecord[]>(
      (ids, query) => findRelationshipsOfEntities(database, ids, query),
      [],
    ),
    evidenceOf: perSetting<EvidenceQuery, EvidenceRecord[]>((ids, query) => findEvidenceOfRelationships(database, ids, query), []),
    actionsOf: new DataLoader<string, SentenceActionCount[]>(async (ids) => {
      const found = await findActionsOfRelationships(database, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    passagesOf: perSetting<number, PassageRecord[]>((ids, first) => findPassagesOfDocuments(database, ids, first), []),
    mentionsOfPassage: new DataLoader<string, MentionRecord[]>(async (ids) => {
      const found = await findMentionsOfPassages(database, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    mentionsOfEntity: perSetting<number, MentionRecord[]>((ids, first) => findMentionsOfEntities(database, ids, first), []),
    relationshipCountOfDocument: new DataLoader<string, number>(async (ids) => {
      const found = await countRelationshipsOfDocuments(database, ids);
      return ids.map((id) => found.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
