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
