import { RELATIONSHIP_TYPES, type RelationshipType } from '../domain/relationshipTypes';

export interface RelationshipRef {
  id: string;
  sourceId: string;
  type: RelationshipType;
  targetId: string;
}

/** A relationship's id names its ends and type, so it can be found through the entity index alone. */
export function relationshipId(sourceId: string, type: RelationshipType, targetId: string): string {
  return `${sourceId}|${type}|${targetId}`;
}

/** Parses a relationship id; undefined when it is not one. */
export function parseRelationshipId(id: string): RelationshipRef | undefined {
  const [sourceId, type, targetId, ...rest] = id.split('|');
  if (!sourceId || !targetId || rest.length > 0) return undefined;
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type ?? '')) return undefined;
  return { id, sourceId, type: type as RelationshipType, targetId };
}

export function relationshipRef(id: string): RelationshipRef {
  const ref = parseRelationshipId(id);
  if (!ref) throw new Error(`Not a relationship id: ${id}`);
  return ref;
}

/** The reference of the relationship a claim names. */
export function refOf(claim: { sourceId: string; type: RelationshipType; targetId: string }): RelationshipRef {
  return { id: relationshipId(claim.sourceId, claim.type, claim.targetId), sourceId: claim.sourceId, type: claim.type, targetId: claim.targetId };
}
