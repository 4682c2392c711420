import type { Certainty, Polarity } from '../domain/assertionStatus';
import type { EntityKind } from '../domain/entityKinds';
import type { RelationshipType } from '../domain/relationshipTypes';
import type { SourceType } from '../domain/sourceTypes';
import type { Stance } from '../domain/stance';

/**
 * The shapes the graph layer returns: plain objects, numbers as numbers, never driver types. Reads built
 * from a selection (read/readSelection.ts) bring only the parts selected, besides ids and kinds: such
 * records go to the resolvers that asked for them and to loaders keyed by that same selection.
 */

/** A curator's write through the API: why (`note`) and when (`at`, ISO 8601 in UTC). */
export interface CurationRecord {
  note: string | null;
  at: string;
}

export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string | null;
  /** `database:id` pairs, as stored: `PubChem CID:3034396`. */
  xrefs: string[];
  /** The last write through the API; null for an entity only the seed's vocabulary gave. */
  curation: CurationRecord | null;
  /** Named by a document's claims but not in the vocabulary: waiting for a curator (DESIGN §6). */
  provisional: boolean;
  /** Relationship lists read with the entity, in the order of its read selection's `relationships`. */
  relationshipLists?: RelationshipRecord[][];
}

/** A relationship's sentences summed up; recomputed whenever evidence comes or goes. */
export interface SupportRecord {
  affirming: number;
  negating: number;
  /** Sentences that only hedge, whether they affirm or deny. */
  hedged: number;
  documents: number;
}

/** One action the sentences of a relationship name, with how many affirm and deny it. */
export interface SentenceActionCount {
  action: string;
  affirming: number;
  negating: number;
}

/** One action named for a relationship, by its sentences or its curator. */
export interface ActionCountRecord extends SentenceActionCount {
  /** The curator gave this action (addRelationship); the resolver sets it, so statements need not carry it. */
  curated: boolean;
}

export interface RelationshipRecord {
  id: string;
  type: RelationshipType;
  /** Each end as its selection read it; absent when nothing selected that end (graph/read/selectionProjection). */
  source?: EntityRecord;
  target?: EntityRecord;
  /** The action a curator gave, if any; the sentences' own actions are read from the evidence. */
  curatedAction: string | null;
  curated: boolean;
  /** Why and when a curator added it; null unless curated. */
  curation: CurationRecord | null;
  stance: Stance;
  support: SupportRecord;
  evidenceCount: number;
  /** Evidence fetched with the relationship, when the caller asked for it ahead: the first `first` sentences, with only the parts its selection reads. */
  prefetchedEvidence?: { first: number; items: EvidenceRecord[] } | null;
  /** The actions its sentences name, when read with it. */
  actions?: SentenceActionCount[];
}

export interface EvidenceRecord {
  id: string;
  documentId: string;
  passageId: string;
  quote: string;
  start: number;
  end: number;
  polarity: Polarity;
  certainty: Certainty;
  action: string | null;
}

export interface DocumentRecord {
  id: string;
  title: string;
  source: string | null;
  checksum: string;
  text: string;
  url: string | null;
  publisher: string | null;
  author: string | null;
  /** `YYYY-MM-DD`. */
  published: string | null;
  sourceType: SourceType;
}

export interface PassageRecord {
  id: string;
  documentId: string;
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface MentionRecord {
  entityId: string;
  passageId: string;
  text: string;
  start: number;
  end: number;
}

export interface PathRecord {
  nodes: EntityRecord[];
  relationships: RelationshipRecord[];
}

export interface GraphRecord {
  nodes: { id: string; label: string; kind: EntityKind; degree: number }[];
  edges: {
    id: string;
    source: string;
    target: string;
    type: RelationshipType;
    label: string;
    evidenceCount: number;
    stance: Stance;
    support: SupportRecord;
  }[];
  truncated: boolean;
}

export interface PathsRecord {
  paths: PathRecord[];
  graph: GraphRecord;
}

export interface SearchHitRecord {
  entity: EntityRecord;
  score: number;
}

export interface ResolutionRecord {
  term: string;
  entity: EntityRecord | null;
  exact: boolean;
  score: number | null;
}

export interface Page<T> {
  items: { cursor: string; node: T }[];
  hasNextPage: boolean;
  /** Counted only when asked for: a separate, cheap query. */
  totalCount: () => Promise<number>;
}
export type EntityPage = Page<EntityRecord>;
export type RelationshipPage = Page<RelationshipRecord>;
export type DocumentPage = Page<DocumentRecord>;

export interface StatsRecord {
  entities: number;
  relationships: number;
  documents: number;
  passages: number;
  evidence: number;
  entitiesByKind: { kind: EntityKind; count: number }[];
  relationshipsByType: { type: RelationshipType; count: number }[];
}

export interface IngestRecord {
  document: DocumentRecord;
  created: boolean;
  passages: number;
  mentions: number;
  entities: number;
  relationships: number;
  /** Of `relationships`, those the document only denies: every sentence about them negates them. */
  denied: number;
  evidence: number;
  /** Names the claims use that the vocabulary lacks, stored as provisional entities. */
  provisional: number;
  candidates: string[];
}
