/** What documents claim (DESIGN §2): the types extraction finds and evidence supports. */
export const CLAIM_TYPES = [
  'CONTAINS',
  'ACTS_ON',
  'RELIEVES',
  'CAUSES',
  'PRESENTS_WITH',
  'CONTRIBUTES_TO',
  'MITIGATES',
] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

/** The claims that something eases something: a medicine RELIEVES, a practice MITIGATES. */
export const RELIEF_TYPES: ReadonlySet<string> = new Set<ClaimType>(['RELIEVES', 'MITIGATES']);

/**
 * Every relationship type of the graph; each is also a Neo4j relationship type. Beside the claims,
 * SUBTYPE_OF is the vocabulary's own hierarchy (mu-opioid receptor → opioid receptors), curated,
 * never extracted, so a claim about a family is reachable from its members.
 */
export const RELATIONSHIP_TYPES = [...CLAIM_TYPES, 'SUBTYPE_OF'] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];
