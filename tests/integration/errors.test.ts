import { GraphQLError } from 'graphql';

import { DatabaseUnavailableError, QueryTimeoutError } from '../../src/graph/errors';
import { GraphDatabase } from '../../src/graph/graphDatabase';
import { createFormatError } from '../../src/server/formatError';
import { startAppOn, type AppOn } from '../support/startAppOn';
import { connectTestDatabase, testDatabaseUri } from '../support/testDatabase';
import { startTestServer, TEST_API_TOKEN, type TestServer } from '../support/testServer';

interface Body {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const INTERNALS = /Neo4j|Neo\.|Cypher|MATCH|RETURN|bolt:|at .+\.(ts|js):\d+|stack/i;

async function errorOf(response: Response): Promise<{ status: number; error: NonNullable<Body['errors']>[number]; text: string }> {
  const text = await response.text();
  const body = JSON.parse(text) as Body;
  const error = body.errors?.[0];
  if (!error) throw new Error(`Expected an error, got ${text}`);
  return { status: response.status, error, text };
}

describe('Errors: a stable extensions.code for every failure, and no internals', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('BAD_USER_INPUT for an argument out of bounds', async () => {
    const { error } = await errorOf(await server.post({ query: '{ search(text: "kratom", first: 0) { score } }' }));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('NOT_FOUND for a write on something that does not exist', async () => {
    const { error } = await errorOf(
      await server.post({ query: 'mutation { deleteDocument(id: "no-such-document") { relationshipsRemoved } }' }, {
        authorization: `Bearer ${TEST_API_TOKEN}`,
      }),
    );
    expect(error.extensions).toEqual({ code: 'NOT_FOUND' });
    expect(error.message).toContain('no-such-document');
  });

  it('UNAUTHENTICATED for a write without the token', async () => {
    const { status, error } = await errorOf(await server.post({ query: 'mutation { deleteDocument(id: "x") { relationshipsRemoved } }' }));
    expect(status).toBe(401);
    expect(error.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('QUERY_TOO_COMPLEX for a query over a limit', async () => {
    const deep = `{ entity(id: "x") { ${'relationships { source { '.repeat(6)}id${' } }'.repeat(6)} } }`;
    const { status, error } = await errorOf(await server.post({ query: deep }, { accept: 'application/graphql-response+json' }));
    expect(status).toBe(400);
    expect(error.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
  });

  it('GRAPHQL_PARSE_FAILED and GRAPHQL_VALIDATION_FAILED for documents that are not GraphQL or not this schema', async () => {
    expect((await errorOf(await server.post({ query: '{ search(' }))).error.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    expect((await errorOf(await server.post({ query: '{ nope }' }))).error.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('refuses an array batch (graphql-cop) as a bad request', async () => {
    const batch = Array.from({ length: 10 }, () => ({ query: '{ __typename }' }));
    const { status, error } = await errorOf(await server.post(batch));
    expect(status).toBe(400);
    expect(error.extensions).toEqual({ code: 'BAD_REQUEST' });
  });

  it('maps a timed-out query to TIMEOUT and an unreachable database to DATABASE_UNAVAILABLE', () => {
    const format = createFormatError(false, () => undefined);
    const inResolver = (original: Error) => new GraphQLError(original.message, { path: ['stats'], originalError: original });
    expect(format({ message: 'x' }, inResolver(new QueryTimeoutError())).extensions).toEqual({ code: 'TIMEOUT' });
    expect(format({ message: 'x' }, inResolver(new DatabaseUnavailableError('down'))).extensions).toEqual({ code: 'DATABASE_UNAVAILABLE' });
  });

  describe('with the database down', () => {
    let app: AppOn;
    let database: GraphDatabase;
    beforeAll(async () => {
      // Nothing listens on port 1 of the loopback interface.
      database = GraphDatabase.connect({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: '', database: 'neo4j', queryTimeoutMs: 2000 });
      app = await startAppOn(database, { QUERY_TIMEOUT_MS: '2000' });
    });
    afterAll(async () => {
      await app.close();
      await database.close();
    });

    it('answers DATABASE_UNAVAILABLE by the hard deadline at the latest, with no driver internals', async () => {
      const started = Date.now();
      const { error, text } = await errorOf(await app.post({ query: '{ stats { entities } }' }));
      // Usually the driver gives up after its 1 s of retries; when it hangs instead, graphDatabase's hard
      // deadline (timeout + 2 s) and a 1 s connectivity check answer. Never the driver's default 30 s;
      // the bound sits between the two so that a busy machine does not fail the test.
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(error.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE' });
      expect(text).not.toMatch(INTERNALS);
    });
  });

  describe('an unexpected failure (a database name that does not exist)', () => {
    const missingDatabase = () =>
      GraphDatabase.connect({ uri: testDatabaseUri(), user: 'neo4j', password: '', database: 'nosuchdatabase', queryTimeoutMs: 5000 });

    it('is INTERNAL_SERVER_ERROR with no stack, Cypher or driver message', async () => {
      const database = missingDatabase();
      const app = await startAppOn(database);
      try {
        const { status, error, text } = await errorOf(await app.post({ query: '{ stats { entities } }' }));
        expect(status).toBe(200);
        expect(error.message).toBe('Internal server error.');
        expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
        expect(text).not.toMatch(INTERNALS);
        expect(text).not.toContain('nosuchdatabase');
      } finally {
        await app.close();
        await database.close();
      }
    });

    it('shows the driver message and the stack only with DEBUG_ERRORS=true', async () => {
      const database = missingDatabase();
      const app = await startAppOn(database, { DEBUG_ERRORS: 'true' });
      try {
        const { text } = await errorOf(await app.post({ query: '{ stats { entities } }' }));
        expect(text).toContain('nosuchdatabase');
        expect(text).toContain('stacktrace');
      } finally {
        await app.close();
        await database.close();
      }
    });
  });

  describe('field suggestions', () => {
    const misspelt = '{ serch(text: "kratom") { score } }';

    it('are given in development', async () => {
      const database = connectTestDatabase();
      const app = await startAppOn(database, { NODE_ENV: 'development' });
      try {
        expect((await errorOf(await app.post({ query: misspelt }))).error.message).toMatch(/Did you mean "search"/);
      } finally {
        await app.close();
        await database.close();
      }
    });

    it('are hidden with NODE_ENV=production, or FIELD_SUGGESTIONS=false', async () => {
      const database = connectTestDatabase();
      for (const env of [{ NODE_ENV: 'production' }, { FIELD_SUGGESTIONS: 'false' }] as Record<string, string>[]) {
        const app = await startAppOn(database, env);
        try {
          const { error } = await errorOf(await app.post({ query: misspelt }));
          expect(error.message).not.toMatch(/Did you mean|"search"/);
          expect(error.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
        } finally {
          await app.close();
        }
      }
      await database.close();
    });
  });
});
