/** Relationship types (DESIGN §2); each is also a Neo4j relationship type. */
export const RELATIONSHIP_TYPES = [
  'CONTAINS',
  'ACTS_ON',
  'RELIEVES',
  'CAUSES',
  'PRESENTS_WITH',
  'CONTRIBUTES_TO',
  'MITIGATES',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];
