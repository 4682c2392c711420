import fc from 'fast-check';

import { startTestServer, type TestServer } from '../support/testServer';

interface Body {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 200);

jest.setTimeout(120_000);

/** Real operations with generated variables: resolvers must refuse bad values as client errors. */
const OPERATIONS = [
  'query ($text: String!, $first: Int) { search(text: $text, first: $first) { score entity { id name } } }',
  'query ($id: ID!) { entity(id: $id) { id name relationships(first: 5) { type target { id } evidence(first: 1) { quote } } } }',
  'query ($first: Int, $after: String, $text: String) { entities(first: $first, after: $after, where: { nameContains: $text }) { totalCount nodes { id } } }',
  'query ($from: ID!, $to: ID!, $hops: Int) { paths(from: $from, to: $to, maxHops: $hops) { paths { length } } }',
  'query ($ids: [ID!]!, $depth: Int, $limit: Int) { subgraph(ids: $ids, depth: $depth, limit: $limit) { nodes { id } edges { id } } }',
  'query ($terms: [String!]!) { resolve(terms: $terms) { term exact entity { id } } }',
  'query ($id: ID!, $first: Int) { document(id: $id) { title passages(first: $first) { index } } }',
];

const anyValue = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.constantFrom('substance:kratom', 'compound:mitragynine', 'symptom:anxiety', '', '*', '"', '\\', 'AND OR NOT ~', '\u0000'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 40 }), { maxLength: 120 }),
  fc.jsonValue({ maxDepth: 3 }),
);

const variables = fc.record(
  { text: anyValue, first: anyValue, id: anyValue, after: anyValue, from: anyValue, to: anyValue, hops: anyValue, ids: anyValue, depth: anyValue, limit: anyValue, terms: anyValue },
  { requiredKeys: [] },
);

/** Queries built from a small grammar: known and unknown fields, aliases, nesting, arguments, fragments, junk. */
const fieldName = fc.constantFrom('search', 'entity', 'stats', 'entities', 'id', 'name', 'nodes', '__typename', '__schema', 'types', 'nope', 'relationships');
const selection: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? fieldName
    : fc
        .tuple(fc.option(fc.constantFrom('a', 'b', 'x1')), fieldName, fc.option(fc.constantFrom('(first: 5)', '(text: "k")', '(id: "x")', '(first: -1)')), fc.array(selection(depth - 1), { maxLength: 4 }))
        .map(([alias, name, args, children]) => `${alias ? `${alias}: ` : ''}${name}${args ?? ''}${children.length ? ` { ${children.join(' ')} }` : ''}`),
);
const query = fc.oneof(
  fc.array(selection(5), { minLength: 1, maxLength: 5 }).map((parts) => `{ ${parts.join(' ')} }`),
  fc.string({ maxLength: 200 }),
  fc.integer({ min: 1, max: 5000 }).map((n) => `${'{ entity(id: "x") { relationships { source '.repeat(n % 300)}${'}'.repeat(n % 50)}`),
  fc.integer({ min: 1, max: 200_000 }).map((n) => `{ __typename ${'#'.repeat(n)} }`),
);

const contentTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/graphql-response+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/graphql',
  'application/octet-stream',
  '',
);
const rawBody = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc.string({ maxLength: 2000 }).map((text) => new TextEncoder().encode(text)),
  fc.jsonValue({ maxDepth: 5 }).map((value) => new TextEncoder().encode(JSON.stringify(value))),
  fc.constantFrom('{"query": "{ __typename }"', '{"query": "\\ud800"}', '[]', '[{}]', 'null', '{"query": null}', '{"query": 1}', '{"variables": "x"}')
    .map((text) => new TextEncoder().encode(text)),
  fc.integer({ min: 1, max: 20_000 }).map((n) => new TextEncoder().encode(`${'['.repeat(n)}${']'.repeat(n)}`)),
  // Invalid UTF-8 inside a JSON string.
  fc.uint8Array({ minLength: 1, maxLength: 50 }).map((bytes) => new Uint8Array([...new TextEncoder().encode('{"query":"{ search(text: \\"'), ...bytes, ...new TextEncoder().encode('\\") { score } }"}')])),
);

describe('Fuzzing over HTTP: client errors never answer 5xx, and the server stays up', () => {
  let server: TestServer;
  let baselineHeap = 0;

  const settle = () => {
    global.gc?.();
    return process.memoryUsage().heapUsed;
  };

  beforeAll(async () => {
    server = await startTestServer();
    await server.post({ query: '{ stats { entities } }' });
    baselineHeap = settle();
  });
  afterAll(() => server.close());

  async function expectClientAnswer(response: Response): Promise<void> {
    const text = await response.text();
    if (response.status >= 500) throw new Error(`5xx answer: ${response.status} ${text.slice(0, 500)}`);
    const body = JSON.parse(text) as Body;
    for (const error of body.errors ?? []) {
      if (error.extensions?.['code'] === 'INTERNAL_SERVER_ERROR') throw new Error(`Internal error for client input: ${text.slice(0, 500)}`);
    }
  }

  it('generated variables for the real operations', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...OPERATIONS), variables, async (operation, values) => {
        await expectClientAnswer(await server.post({ query: operation, variables: values }));
      }),
      { numRuns: RUNS },
    );
  });

  it('generated queries: grammar-built, random text, deeply nested, long', async () => {
    await fc.assert(
      fc.asyncProperty(query, fc.option(fc.jsonValue({ maxDepth: 2 })), async (text, values) => {
        await expectClientAnswer(await server.post({ query: text, variables: values ?? undefined }));
      }),
      { numRuns: RUNS },
    );
  });

  it('raw bodies under any content type: bad JSON, bad UTF-8, huge nesting', async () => {
    await fc.assert(
      fc.asyncProperty(rawBody, contentTypes, fc.boolean(), async (body, type, preflight) => {
        const headers: Record<string, string> = type ? { 'content-type': type } : {};
        if (preflight) headers['apollo-require-preflight'] = 'true';
        const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body });
        await expectClientAnswer(response);
      }),
      { numRuns: RUNS },
    );
  });

  it('is still alive afterwards, with its heap back near the baseline', async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect(await (await server.post({ query: '{ __typename }' })).json()).toEqual({ data: { __typename: 'Query' } });
    const heap = settle();
    // Generous without --expose-gc, where collection is up to V8.
    const allowance = global.gc ? 20 * 1024 * 1024 : 100 * 1024 * 1024;
    expect(heap - baselineHeap).toBeLessThan(allowance);
  });
});
