import http from 'node:http';
import type { AddressInfo } from 'node:net';

import type { ApolloServer } from '@apollo/server';

import { loadConfig, type Config } from '../../src/config';
import type { GraphDatabase } from '../../src/graph/graphDatabase';
import { VocabularyCache } from '../../src/ingestion/vocabularyCache';
import { createLoaders } from '../../src/resolvers/loaders';
import type { RequestContext } from '../../src/server/context';
import { createApolloServer } from '../../src/server/createApolloServer';
import { createApp } from '../../src/server/createApp';
import { connectTestDatabase } from './testDatabase';

export const TEST_API_TOKEN = 'test-token-0123456789abcdef';

/**
 * Tests run on a 2-core machine that may be busy with other work, so a query gets far longer than
 * the production default (5 s) before it is cancelled: a test must pass slowly rather than fail. The
 * tests of the timeout itself set their own.
 */
export const TEST_QUERY_TIMEOUT_MS = '20000';

export interface TestServer {
  url: string;
  database: GraphDatabase;
  apollo: ApolloServer<RequestContext>;
  vocabulary: VocabularyCache;
  config: Config;
  /** Runs an operation in-process (Apollo's executeOperation) with a fresh request context. */
  execute<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    authorization?: RequestContext['authorization'],
  ): Promise<{ data?: Data | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>;
  /** Sends a real HTTP request to the listening server. */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** The real app over the real test database, listening on a free loopback port. */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const config = loadConfig({ API_TOKEN: TEST_API_TOKEN, QUERY_TIMEOUT_MS: TEST_QUERY_TIMEOUT_MS, ...env });
  const database = connectTestDatabase(config.QUERY_TIMEOUT_MS);
  const vocabulary = new VocabularyCache(database);
  const httpServer = http.createServer();
  const apollo = createApolloServer({ httpServer, debug: false, log: () => undefined, limits: config });
  await apollo.start();
  httpServer.on('request', createApp({ apollo, database, config, isPrepared: () => true }));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;

  return {
    url,
    database,
    apollo,
    vocabulary,
    config,
    async execute(query, variables, authorization = 'valid') {
      const response = await apollo.executeOperation(
        { query, variables },
        { contextValue: { database, vocabulary, config, loaders: createLoaders(database), authorization } },
      );
      if (response.body.kind !== 'single') throw new Error('Expected a single result');
      return response.body.singleResult as never;
    },
    post(body, headers = {}) {
      return fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    },
    async close() {
      await apollo.stop();
      await database.close();
    },
  };
}
