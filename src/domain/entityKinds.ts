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

/** The kinds that act in a claim: what relieves, causes or mitigates (a substance, a compound, a practice). */
export const AGENT_KINDS: ReadonlySet<EntityKind> = new Set(['Substance', 'Compound', 'Strategy']);

/** The kinds a claim's outcome may be: what is relieved, caused or presented (a symptom, a condition). */
export const OUTCOME_KINDS: ReadonlySet<EntityKind> = new Set(['Symptom', 'Condition']);

/** What is taken: a substance or one of its compounds. */
export const DRUG_KINDS: ReadonlySet<EntityKind> = new Set(['Substance', 'Compound']);
