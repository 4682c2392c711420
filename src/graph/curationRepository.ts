import type { RelationshipType } from '../domain/relationshipTypes';
import type { VocabularyEntry } from '../extraction/types';
import { asWriteConflict } from './errors';
import type { GraphDatabase } from './graphDatabase';
import { mergeEntitiesCypher, storedEntity } from './mergeEntitiesCypher';
import type { CurationRecord } from './records';
import { refreshClaims } from './refreshClaims';
import { refOf, type RelationshipRef } from './relationshipId';
import { removeDocument, type RemovedDocument } from './removeDocument';
import { bumpVocabularyVersion } from './vocabularyVersion';

/**
 * One statement per type, because a type cannot be a parameter; the type comes from the allowlist.
 * The curator's action is the curator's own record (`curatedAction`), beside the sentences' actions.
 */
function addCuratedRelationshipCypher(type: RelationshipType): string {
  return `
    MATCH (s:Entity {id: $sourceId})
    MATCH (t:Entity {id: $targetId})
    MERGE (s)-[r:${type}]->(t)
      ON CREATE SET r.id = $id
    SET r.curated = true, r.curatedAction = coalesce($action, r.curatedAction),
        r.curationNote = $curation.note, r.curatedAt = $curation.at
    RETURN r.id AS id`;
}

/** Adds (or marks as curated) a relationship between two existing entities, its stance recomputed; returns its id. */
export async function addCuratedRelationship(
  database: GraphDatabase,
  claim: { type: RelationshipType; sourceId: string; targetId: string; action: string | null },
  curation: CurationRecord,
): Promise<string> {
  const ref = refOf(claim);
  await database.inWriteTransaction(async (run) => {
    await run(addCuratedRelationshipCypher(claim.type), { ...claim, id: ref.id, curation });
    await refreshClaims(run, [ref]);
  });
  return ref.id;
}

const STAMP_ENTITY = `
  MATCH (n:Entity {id: $id})
  SET n.curationNote = $curation.note, n.curatedAt = $curation.at
  WITH n
  OPTIONAL MATCH (removed:RemovedEntity {id: $id})
  DELETE removed`;

/**
 * Creates or updates an entity for a curator, with their note and time, in one transaction; the
 * vocabulary's version changes with it, so every API instance's next ingest recognises it.
 */
export async function upsertCuratedEntity(database: GraphDatabase, entry: VocabularyEntry, curation: CurationRecord): Promise<void> {
  await database.inWriteTransaction(async (run) => {
    await run(mergeEntitiesCypher(entry.kind), { entities: [storedEntity(entry, true)] });
    await run(STAMP_ENTITY, { id: entry.id, curation });
    await bumpVocabularyVersion(run);
  });
}

const ENTITY_USE = `
  MATCH (n:Entity {id: $id})
  RETURN COUNT { MATCH (:Passage)-[:MENTIONS]->(n) } AS mentions, [(n)-[r]-(:Entity) | r.id] AS relationshipIds`;

const REMOVE_EVIDENCE_OF = `
  UNWIND $relationshipIds AS relationshipId
  MATCH (e:Evidence {relationshipId: relationshipId})
  DETACH DELETE e
  RETURN count(*) AS removed`;

// DETACH takes its mentions and relationships with it; the marker keeps the seed from bringing it back.
const REMOVE_ENTITY = `
  MATCH (n:Entity {id: $id})
  DETACH DELETE n
  MERGE (removed:RemovedEntity {id: $id})
  SET removed.note = $curation.note, removed.at = $curation.at`;

export type DeletedEntity =
  | { outcome: 'not-found' }
  | { outcome: 'in-use'; mentions: number; relationships: number }
  | { outcome: 'deleted'; mentionsRemoved: number; relationshipsRemoved: number; evidenceRemoved: number };

/**
 * Deletes an entity in one transaction. Without `detach`, one that documents mention or relationships
 * use is left alone and reported; with it, its mentions, relationships and their evidence go too.
 */
export function deleteEntity(database: GraphDatabase, id: string, detach: boolean, curation: CurationRecord): Promise<DeletedEntity> {
  return database.inWriteTransaction(async (run): Promise<DeletedEntity> => {
    const [use] = await run<{ mentions: number; relationshipIds: string[] }>(ENTITY_USE, { id });
    if (!use) return { outcome: 'not-found' };
    const relationshipIds = [...new Set(use.relationshipIds)];
    if (!detach && (use.mentions > 0 || relationshipIds.length > 0)) {
      return { outcome: 'in-use', mentions: use.mentions, relationships: relationshipIds.length };
    }
    const [evidence] = await run<{ removed: number }>(REMOVE_EVIDENCE_OF, { relationshipIds });
    await run(REMOVE_ENTITY, { id, curation });
    await bumpVocabularyVersion(run);
    return {
      outcome: 'deleted',
      mentionsRemoved: use.mentions,
      relationshipsRemoved: relationshipIds.length,
      evidenceRemoved: evidence?.removed ?? 0,
    };
  });
}

const CLAIM_STATE = `
  MATCH (:Entity {id: $ref.sourceId})-[r]->(:Entity {id: $ref.targetId})
  WHERE type(r) = $ref.type
  RETURN coalesce(r.curated, false) AS curated, COUNT { MATCH (e:Evidence {relationshipId: r.id}) } AS evidence`;

// Documents still speak of it: it stays, as theirs (its stance recomputed without the curator's word).
const UNCURATE = `
  MATCH (:Entity {id: $ref.sourceId})-[r]->(:Entity {id: $ref.targetId})
  WHERE type(r) = $ref.type
  SET r.curated = false
  REMOVE r.curationNote, r.curatedAt, r.curatedAction`;

const REMOVE_CLAIM = `
  MATCH (:Entity {id: $ref.sourceId})-[r]->(:Entity {id: $ref.targetId})
  WHERE type(r) = $ref.type
  DELETE r`;

export type RetractedRelationship = { outcome: 'not-found' } | { outcome: 'extracted' } | { outcome: 'retracted'; removed: boolean };

/** Takes back a curated claim in one transaction: removed, or left to the documents that assert it. */
export function retractCuratedRelationship(database: GraphDatabase, ref: RelationshipRef): Promise<RetractedRelationship> {
  return database.inWriteTransaction(async (run): Promise<RetractedRelationship> => {
    const [state] = await run<{ curated: boolean; evidence: number }>(CLAIM_STATE, { ref });
    if (!state) return { outcome: 'not-found' };
    if (!state.curated) return { outcome: 'extracted' };
    await run(state.evidence > 0 ? UNCURATE : REMOVE_CLAIM, { ref });
    await refreshClaims(run, [ref]);
    return { outcome: 'retracted', removed: state.evidence === 0 };
  });
}

/**
 * Deletes a document and every extracted claim only it supported, in one transaction. While the
 * same document is being stored it waits for that write, and answers WriteConflictError if it cannot.
 */
export async function deleteDocument(database: GraphDatabase, id: string): Promise<RemovedDocument> {
  try {
    return await database.inWriteTransaction((run) => removeDocument(run, id));
  } catch (error) {
    throw asWriteConflict(error);
  }
}
