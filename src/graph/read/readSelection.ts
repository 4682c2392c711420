import type { RelationshipType } from '../../domain/relationshipTypes';
import type { Stance } from '../../domain/stance';

/**
 * What a read is asked to bring back, in the graph layer's terms: which parts of each record, and
 * which nested lists come in the same statement. Resolvers build it from the GraphQL selection; the
 * statement builders beside this file turn it into Cypher. Every name in it picks one of a fixed set of
 * Cypher fragments and every value goes into a parameter: nothing in it is ever written into Cypher as text.
 *
 * Selections are compared by their JSON (loaders key on them), so builders keep parts in a fixed order.
 */

/** Parts of an entity besides `id` and `kind`, which every read brings (keys and type resolution need them). */
export const ENTITY_PARTS = ['name', 'aliases', 'description', 'xrefs', 'curation', 'provisional'] as const;
export type EntityPart = (typeof ENTITY_PARTS)[number];

/** Parts of a relationship besides `id`; `evidenceCount` and `actions` read its sentences, the rest its own properties. */
export const RELATIONSHIP_PARTS = ['type', 'curated', 'curatedAction', 'curation', 'stance', 'support', 'evidenceCount', 'actions'] as const;
export type RelationshipPart = (typeof RELATIONSHIP_PARTS)[number];

/** Parts of a sentence of evidence besides `id`: `documentId` and `passageId` lead to its document and passage. */
export const EVIDENCE_PARTS = ['documentId', 'passageId', 'quote', 'start', 'end', 'polarity', 'certainty', 'action'] as const;
export type EvidencePart = (typeof EVIDENCE_PARTS)[number];

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

export interface EntitySelection {
  parts: readonly EntityPart[];
  /** Lists of the entity's relationships to fetch with it, one per distinct query. */
  relationships: readonly RelationshipQuery[];
}

export interface RelationshipSelection {
  parts: readonly RelationshipPart[];
  /** What of each end to bring; null: that end is not read (nothing selected it). */
  source: EntitySelection | null;
  target: EntitySelection | null;
  /** Also bring each relationship's first sentences of evidence, with these parts of each (null: don't). */
  evidence: EvidenceSelection | null;
}

export interface EvidenceSelection {
  first: number;
  parts: readonly EvidencePart[];
}

/** One list of an entity's relationships: which ones, how many, and what of each. */
export interface RelationshipQuery {
  direction: Direction;
  types: readonly RelationshipType[] | null;
  /** Only relationships of these stances (null: all). */
  stances: readonly Stance[] | null;
  first: number;
  select: RelationshipSelection;
}

/** What a drawing asks for beyond ids, labels, kinds and types: each part is read only when asked. */
export interface GraphSelection {
  /** Each node's number of relationships in the whole graph. */
  degree: boolean;
  /** Each edge's number of sentences. */
  evidenceCount: boolean;
  /** Each edge's stance. */
  stance: boolean;
  /** Each edge's counts of affirming, negating and hedged sentences and of documents (the exports'; not in the API). */
  support: boolean;
}

export const BARE_ENTITY: EntitySelection = { parts: [], relationships: [] };

/** Every part of an entity, no nested lists: what reads that serve other code than the API bring. */
export const WHOLE_ENTITY: EntitySelection = { parts: ENTITY_PARTS, relationships: [] };

/** Every part of a relationship and of both ends, no evidence: what reads that serve other code than the API bring. */
export const WHOLE_RELATIONSHIP: RelationshipSelection = {
  parts: RELATIONSHIP_PARTS.filter((part) => part !== 'actions'),
  source: WHOLE_ENTITY,
  target: WHOLE_ENTITY,
  evidence: null,
};

export const WHOLE_GRAPH: GraphSelection = { degree: true, evidenceCount: true, stance: true, support: true };
