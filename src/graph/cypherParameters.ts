import neo4j from 'neo4j-driver';

/**
 * JavaScript has one number type and the driver sends every number as a Cypher FLOAT, which LIMIT
 * refuses and which would store offsets as 12.0. Whole numbers are sent as INTEGER, at any depth.
 */
export function cypherParameters(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(cypherParameters);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, cypherParameters(entry)]));
  }
  return value;
}
