import type { RelationshipType } from '../domain/relationshipTypes';
import type { GraphDatabase } from './graphDatabase';
import { relationshipId } from './relationshipId';
import { removeDocument, type RemovedDocument } from './removeDocument';

/** One statement per type, because a type cannot be a parameter; the type comes from the allowlist. */
function addCuratedRelationshipCypher(type: RelationshipType): string {
  return `
    MATCH (s:Entity {id: $sourceId})
    MATCH (t:Entity {id: $targetId})
    MERGE (s)-[r:${type}]->(t)
      ON CREATE SET r.id = $id
    SET r.curated = true, r.action = coalesce($action, r.action)
    RETURN r.id AS id`;
}

/** Adds (or marks as curated) a relationship between two existing entities; returns its id. */
export async function addCuratedRelationship(
  database: GraphDatabase,
  claim: { type: RelationshipType; sourceId: string; targetId: string; action: string | null },
): Promise<string> {
  const id = relationshipId(claim.sourceId, claim.type, claim.targetId);
  await database.write(addCuratedRelationshipCypher(claim.type), { ...claim, id });
  return id;
}

/** Deletes a document and every extracted claim only it supported, in one transaction. */
export function deleteDocument(database: GraphDatabase, id: string): Promise<RemovedDocument> {
  return database.inWriteTransaction((run) => removeDocument(run, id));
}
