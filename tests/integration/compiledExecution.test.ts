import { getIntrospectionQuery } from 'graphql';

import { startTestServer, type TestServer } from '../support/testServer';

/**
 * The API executes an operation with graphql-js the first time and compiled (graphql-jit) after that
 * (src/server/compiledExecution.ts, whose unit test shows when it compiles). Here every answer of a
 * compiled operation must be the very answer graphql-js gave it over the real graph: data, field order,
 * nulls, errors with their messages, paths and codes, for the features a compiler could get wrong.
 */
describe('Compiled execution answers as graphql-js does', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ MAX_QUERY_COST: '10000000' });
  });
  afterAll(() => server.close());

  const RELATIONSHIP = `__typename id type action actions { action affirming negating curated } stance origin evidenceCount
    support { affirming negating hedged documents }
    evidence(first: 2) { id quote start end polarity certainty document { id title sourceType } }
    source { __typename id name kind } target { id name kind ... on Symptom { managedBy { name } } }`;

  const CASES: [string, string, Record<string, unknown>][] = [
    [
      'an entity with fragments on its kinds, aliases, directives and variables',
      `query Entity($id: ID!, $withDenied: Boolean!, $first: Int) {
        entity(id: $id) {
          __typename id name kind aliases description provisional curation { note }
          relationships(first: $first) { ${RELATIONSHIP} }
          denied: relationships(stance: [DENIED]) @include(if: $withDenied) { id stance }
          ...substance
        }
      }
      fragment substance on Substance {
        contains { name foundIn { id } }
        actsOn { ligand { name } receptor { name } action relationship { evidenceCount } }
        relieves(includeDenied: true) { name }
      }`,
      { id: 'substance:kratom', withDenied: true, first: 15 },
    ],
    ['an entity that does not exist', '{ entity(id: "substance:none-such") { id name } }', {}],
    [
      'lists with cursors, filters and sorting',
      `{ entities(kind: Symptom, first: 5, orderBy: { field: NAME, direction: DESC }) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } }
        relationships(first: 5, where: { entityId: "substance:kratom" }) { totalCount nodes { ${RELATIONSHIP} } } }`,
      {},
    ],
    [
      'paths and a subgraph drawn',
      `{ paths(from: "substance:kratom", to: "symptom:anxiety", maxHops: 3) {
          paths { length nodes { id name } relationships { id type stance } }
          graph { nodes { id label kind degree } edges { id source target type label evidenceCount stance } truncated } }
        subgraph(ids: ["substance:kratom"], depth: 2, limit: 30, kinds: [Symptom, Strategy]) {
          nodes { id label kind } edges { id source target stance } truncated } }`,
      {},
    ],
    ['search and resolve', '{ search(text: "mitraginine", first: 3) { score entity { id name kind } } resolve(terms: ["7-OH", "kratom"]) { term entity { id } } }', {}],
    [
      'a document and its passages',
      'query ($id: ID!) { document(id: $id) { id title sourceType checksum relationshipCount passages(first: 3) { id index } } }',
      { id: 'document:kratom-opioid-withdrawal' },
    ],
    ['a size out of range, refused by its resolver', '{ entity(id: "substance:kratom") { id relationships(first: 0) { id } } }', {}],
    ['a variable of the wrong type', 'query ($first: Int) { entities(first: $first) { totalCount } }', { first: 'many' }],
    ['a required variable missing', 'query ($id: ID!) { entity(id: $id) { id } }', {}],
    ['the introspection query GraphiQL sends', getIntrospectionQuery(), {}],
  ];

  it.each(CASES)('%s', async (_case, query, variables) => {
    const byGraphqlJs = JSON.stringify(await server.execute(query, variables));
    const compiled = JSON.stringify(await server.execute(query, variables));
    expect(compiled).toBe(byGraphqlJs);
    expect(JSON.stringify(await server.execute(query, variables))).toBe(byGraphqlJs);
  });
});
