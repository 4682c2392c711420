import type { EntityKind } from '../domain/entityKinds';
import type { Polarity, Certainty } from '../domain/assertionStatus';
import type { RelationshipType } from '../domain/relationshipTypes';

/** One curated entity: what extraction looks for and what the graph stores. */
export interface VocabularyEntry {
  /** Stable id, `<kind in lower case>:<kebab-name>`, e.g. `compound:mitragynine`. */
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string;
  /** The id of a more general entry of the same kind, e.g. `receptor:opioid-receptors` for the mu-opioid receptor. */
  broader?: string;
  /** External identifiers, only where certain: `pubchemCid`, `hgnc`, `uniprot`, `mesh`, `chebi`. */
  xrefs: Record<string, string>;
}

export interface Vocabulary {
  entries: VocabularyEntry[];
  byId: ReadonlyMap<string, VocabularyEntry>;
}

/** A paragraph of a document: offsets are UTF-16 code unit indexes into the document text (JS string indexes). */
export interface Passage {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface Sentence {
  passageIndex: number;
  start: number;
  end: number;
  text: string;
}

export interface Mention {
  entityId: string;
  passageIndex: number;
  start: number;
  end: number;
  /** The text as written in the document, `documentText.slice(start, end)`. */
  text: string;
}

/**
 * One sentence's assertion about a claim: where it is (`documentText.slice(start, end) === quote`
 * always holds) and what it says. Stance belongs to the sentence, not to the relationship: one
 * sentence may affirm a claim that another denies (DESIGN §6).
 */
export interface Evidence {
  passageIndex: number;
  start: number;
  end: number;
  quote: string;
  polarity: Polarity;
  certainty: Certainty;
  /** For ACTS_ON, where this sentence says: agonist, partial agonist, antagonist, modulator. */
  action?: string;
}

/** Everything a document says about one (type, source, target): affirming and denying sentences alike. */
export interface Claim {
  type: RelationshipType;
  sourceId: string;
  targetId: string;
  evidence: Evidence[];
}

/**
 * A name the vocabulary does not know, found filling an argument of a claim: an entity of the kind
 * its position implies, stored as provisional for a curator to accept or reject (DESIGN §6). Its id
 * follows the vocabulary's convention, `<kind in lower case>:<kebab-name>`.
 */
export interface ProvisionalEntity {
  id: string;
  kind: EntityKind;
  name: string;
}

export interface Extraction {
  passages: Passage[];
  mentions: Mention[];
  /** Entities the claims name that the vocabulary does not hold. */
  provisional: ProvisionalEntity[];
  /** One claim per (type, source, target); its evidence lists every sentence asserting it. */
  claims: Claim[];
  /** Unknown capitalised or technical terms near trigger phrases, for curators to review. */
  candidates: string[];
}
