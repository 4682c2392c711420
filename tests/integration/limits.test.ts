import type { ApolloServer } from '@apollo/server';
import { getIntrospectionQuery } from 'graphql';

import { loadConfig } from '../../src/config';
import { QueryTimeoutError } from '../../src/graph/errors';
import { createLoaders } from '../../src/resolvers/loaders';
import type { RequestContext } from '../../src/server/context';
import { createApolloServer } from '../../src/server/createApolloServer';
import { connectTestDatabase } from '../support/testDatabase';
import { startTestServer, type TestServer } from '../support/testServer';

interface Result {
  data?: unknown;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

const SMALL_LIMITS = {
  MAX_QUERY_DEPTH: '4',
  MAX_QUERY_ALIASES: '3',
  MAX_QUERY_DIRECTIVES: '2',
  MAX_QUERY_TOKENS: '40',
  MAX_QUERY_COST: '100',
};

const typenames = (count: number) => `{ ${Array.from({ length: count }, () => '__typename').join(' ')} }`;
const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ')} }`;
// search costs 1, each hit its score 1 + entity 1 + the entity's id 1: 1 + 3 × first.
const SEARCH = 'query ($first: Int) { search(text: "kratom", first: $first) { score entity { id } } }';

describe('Query limits: refused before the database, with QUERY_TOO_COMPLEX and by how much', () => {
  let server: TestServer;
  let small: ApolloServer<RequestContext>;

  /** Runs an operation on a server whose limits come from SMALL_LIMITS, counting database round trips. */
  async function runSmall(query: string, variables: Record<string, unknown> = {}): Promise<Result & { roundTrips: number }> {
    const before = server.database.roundTrips;
    const response = await small.executeOperation(
      { query, variables },
      {
        contextValue: {
          database: server.database,
          vocabulary: server.vocabulary,
          config: server.config,
          loaders: createLoaders(server.database),
          authorization: 'valid',
        },
      },
    );
    if (response.body.kind !== 'single') throw new Error('Expected a single result');
    const result = response.body.singleResult as Result;
    return { ...result, roundTrips: server.database.roundTrips - before };
  }

  function expectRefused(result: Result & { roundTrips: number }, pattern: RegExp): void {
    expect(result.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0]?.message).toMatch(pattern);
    expect(result.data).toBeUndefined();
    expect(result.roundTrips).toBe(0);
  }

  beforeAll(async () => {
    server = await startTestServer();
    small = createApolloServer({ debug: false, log: () => undefined, limits: loadConfig(SMALL_LIMITS) });
    await small.start();
  });
  afterAll(async () => {
    await small.stop();
    await server.close();
  });

  it('depth: at the limit passes, one over is refused naming MAX_QUERY_DEPTH', async () => {
    const atLimit = await runSmall('{ entity(id: "compound:mitragynine") { relationships(first: 1) { target { name } } } }');
    expect(atLimit.errors).toBeUndefined();
    const over = await runSmall('{ entity(id: "compound:mitragynine") { relationships(first: 1) { evidence(first: 1) { document { title } } } } }');
    expectRefused(over, /depth 5, over the limit of 4 \(MAX_QUERY_DEPTH\) by 1/);
  });

  it('aliases: at the limit passes, one over is refused naming MAX_QUERY_ALIASES', async () => {
    expect((await runSmall(aliases(3))).errors).toBeUndefined();
    expectRefused(await runSmall(aliases(4)), /aliases 4, over the limit of 3 \(MAX_QUERY_ALIASES\) by 1/);
  });

  it('directives: at the limit passes, one over is refused naming MAX_QUERY_DIRECTIVES', async () => {
    expect((await runSmall('{ __typename @include(if: true) @skip(if: false) }')).errors).toBeUndefined();
    expectRefused(
      await runSmall('{ __typename @include(if: true) @skip(if: false) @include(if: true) }'),
      /directives 3, over the limit of 2 \(MAX_QUERY_DIRECTIVES\) by 1/,
    );
  });

  it('tokens: at the limit passes, one over is refused naming MAX_QUERY_TOKENS', async () => {
    expect((await runSmall(typenames(38))).errors).toBeUndefined();
    expectRefused(await runSmall(typenames(39)), /more than 40 tokens.*MAX_QUERY_TOKENS/);
  });

  it('cost: lists are weighed by first, from a literal, a variable or the default', async () => {
    const atLimit = await runSmall(SEARCH, { first: 33 });
    expect(atLimit.errors).toBeUndefined();
    expect((await runSmall(SEARCH)).errors).toBeUndefined();
    expectRefused(await runSmall(SEARCH, { first: 34 }), /cost is at least 103, over the limit of 100 \(MAX_QUERY_COST\)/);
    expectRefused(
      await runSmall('{ search(text: "kratom", first: 34) { score entity { id } } }'),
      /cost is at least 103, over the limit of 100 \(MAX_QUERY_COST\)/,
    );
  });

  it('cost: nested pages multiply, counted through fragments on interfaces', async () => {
    const query = `query { entities(first: 5) { nodes { ...Rel } } }
      fragment Rel on Entity { relationships(first: 5) { id } }`;
    // entities 1 + 5 × (nodes 1 + relationships 1 + 5 × id 1) = 36; with relationships(first: 50), 261.
    expect((await runSmall(query)).errors).toBeUndefined();
    expectRefused(await runSmall(query.replace('first: 5) { id', 'first: 50) { id')), /cost is at least 261, over the limit of 100 \(MAX_QUERY_COST\)/);
  });

  it('answers over HTTP in the GraphQL error shape, 400 for graphql-response+json, 200 for json (graphql-cop: 101 aliases)', async () => {
    for (const [accept, status] of [['application/graphql-response+json', 400], ['application/json', 200]] as const) {
      const response = await server.post({ query: aliases(101) }, { accept });
      expect([accept, response.status]).toEqual([accept, status]);
      const body = (await response.json()) as Result;
      expect(body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
      expect(body.errors?.[0]?.message).toMatch(/aliases 101, over the limit of 20 \(MAX_QUERY_ALIASES\) by 81/);
    }
  });

  it('lets the full introspection query (GraphiQL) through at the default limits', async () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true });
    const response = await server.post({ query });
    expect(response.status).toBe(200);
    expect(((await response.json()) as Result).errors).toBeUndefined();
  });

  it('page size: first over 100 is BAD_USER_INPUT, 100 passes', async () => {
    const ok = await server.execute('{ search(text: "kratom", first: 100) { score } }');
    expect(ok.errors).toBeUndefined();
    const over = await server.execute('{ search(text: "kratom", first: 101) { score } }');
    expect(over.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(over.errors?.[0]?.message).toMatch(/'first' must be between 1 and 100; got 101/);
  });

  it('maxHops and depth caps: over is BAD_USER_INPUT, at the cap passes', async () => {
    const paths = (hops: number) => `{ paths(from: "substance:kratom", to: "symptom:anxiety", maxHops: ${hops}) { paths { length } } }`;
    expect((await server.execute(paths(6))).errors).toBeUndefined();
    const overHops = await server.execute(paths(7));
    expect(overHops.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(overHops.errors?.[0]?.message).toMatch(/maxHops/);
    const subgraph = (depth: number) => `{ subgraph(ids: ["substance:kratom"], depth: ${depth}, limit: 50) { nodes { id } } }`;
    expect((await server.execute(subgraph(3))).errors).toBeUndefined();
    const overDepth = await server.execute(subgraph(4));
    expect(overDepth.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(overDepth.errors?.[0]?.message).toMatch(/depth/);
  });

  describe('request body size (MAX_BODY_BYTES)', () => {
    let tight: TestServer;
    beforeAll(async () => {
      tight = await startTestServer({ MAX_BODY_BYTES: '2048' });
    });
    afterAll(() => tight.close());

    it('answers 413 in the GraphQL error shape, naming the limit and the excess', async () => {
      const body = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(3000) } });
      const response = await tight.post(body);
      expect(response.status).toBe(413);
      const result = (await response.json()) as Result;
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
      expect(result.errors?.[0]?.message).toContain(`the limit is 2048 bytes (MAX_BODY_BYTES) (${body.length} bytes, over by ${body.length - 2048})`);
    });

    it('accepts a body just under the limit', async () => {
      const body = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1900) } });
      expect(body.length).toBeLessThanOrEqual(2048);
      expect((await tight.post(body)).status).toBe(200);
    });
  });

  it('transaction timeout: a query running past QUERY_TIMEOUT_MS is cancelled by the database', async () => {
    const database = connectTestDatabase(300);
    try {
      const started = Date.now();
      await expect(database.read('UNWIND range(1, 1000000000) AS x RETURN count(x) AS n')).rejects.toBeInstanceOf(QueryTimeoutError);
      // Cancelled, not run to the end (many minutes): normally by the hard deadline (timeout + 2 s) and its
      // 1 s check; the bound is loose so a busy machine does not fail the test, yet far below a full run.
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      await database.close();
    }
  });
});
