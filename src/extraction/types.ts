/** The kinds of entity the graph knows; each is also a Neo4j label beside `Entity`. */
export const ENTITY_KINDS = [
  'Substance',
  'Compound',
  'Receptor',
  'Condition',
  'Symptom',
  'Factor',
  'Strategy',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

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

/** Where a claim is asserted: `documentText.slice(start, end) === quote` always holds. */
export interface Evidence {
  passageIndex: number;
  start: number;
  end: number;
  quote: string;
}

export interface Claim {
  type: RelationshipType;
  sourceId: string;
  targetId: string;
  /** For ACTS_ON, where the text says: agonist, partial agonist, antagonist, modulator. */
  action?: string;
  evidence: Evidence[];
}

export interface Extraction {
  passages: Passage[];
  mentions: Mention[];
  /** One claim per (type, source, target); its evidence lists every sentence asserting it. */
  claims: Claim[];
  /** Unknown capitalised or technical terms near trigger phrases, for curators to review. */
  candidates: string[];
}

/** Which kinds each relationship type may join (DESIGN §2); extraction and curation both obey it. */
export const RELATIONSHIP_ENDS: Record<RelationshipType, { source: readonly EntityKind[]; target: readonly EntityKind[] }> = {
  CONTAINS: { source: ['Substance'], target: ['Compound'] },
  ACTS_ON: { source: ['Compound', 'Substance'], target: ['Receptor'] },
  RELIEVES: { source: ['Substance', 'Compound'], target: ['Symptom', 'Condition'] },
  CAUSES: { source: ['Substance'], target: ['Symptom', 'Condition'] },
  PRESENTS_WITH: { source: ['Condition'], target: ['Symptom'] },
  CONTRIBUTES_TO: { source: ['Factor'], target: ['Condition', 'Symptom'] },
  MITIGATES: { source: ['Strategy'], target: ['Symptom', 'Condition'] },
};
