/**
 * Queries an attacker sends to freeze a GraphQL server, shared by the security tests (which assert
 * the refusal) and bench/measureRefusals.ts (which times it).
 */

/**
 * `query { ...F0 }` with `fragment F0 on Query { ...F1 ...F1 }` … : `fragmentCount` fragments, each
 * spreading the next twice, so expanding them naively visits 2^fragmentCount selections. 95 still
 * fit under the default token limit (about 10 tokens a fragment).
 */
export function fanOutQuery(fragmentCount: number): string {
  const last = fragmentCount - 1;
  const fragments = Array.from({ length: last }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  return ['query { ...F0 }', ...fragments, `fragment F${last} on Query { __typename }`].join('\n');
}

/** `resolve(terms)` with `count` terms of `length` characters, in a variable so the token limit does not see them. */
export function longTermsRequest(count: number, length: number): { query: string; variables: { terms: string[] } } {
  return {
    query: 'query ($terms: [String!]!) { resolve(terms: $terms) { term entity { id } } }',
    variables: { terms: Array.from({ length: count }, (_, i) => `${i} ${'kratom mitragynine '.repeat(length)}`.slice(0, length)) },
  };
}
