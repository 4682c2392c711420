/** Bounds on arguments, so no single field can ask the database for an unbounded amount of work. */
export const LIMITS = {
  pageSize: 100,
  searchTextLength: 200,
  // Each term is a full-text look-up: 100 long terms held the database for seconds.
  resolveTerms: 20,
  resolveTermLength: 100,
  subgraphIds: 100,
  subgraphDepth: 3,
  subgraphNodes: 1000,
  neighborhoodNodes: 500,
  maxHops: 6,
  paths: 25,
  passages: 500,
} as const;
