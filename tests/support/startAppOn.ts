import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { loadConfig, type Config } from '../../src/config';
import type { GraphDatabase } from '../../src/graph/graphDatabase';
import { createApolloServer } from '../../src/server/createApolloServer';
import { createApp } from '../../src/server/createApp';
import { TEST_API_TOKEN, TEST_QUERY_TIMEOUT_MS } from './testServer';

export interface AppOn {
  url: string;
  config: Config;
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/**
 * The real app, configured from `env` throughout (limits, DEBUG_ERRORS, NODE_ENV), over a database
 * the caller chooses: one that is down, one it stops and starts, or the test database. The caller
 * closes the database. `log` receives what the server would write to its log.
 */
export async function startAppOn(
  database: GraphDatabase,
  env: Record<string, string> = {},
  log: (line: string) => void = () => undefined,
): Promise<AppOn> {
  const config = loadConfig({ API_TOKEN: TEST_API_TOKEN, QUERY_TIMEOUT_MS: TEST_QUERY_TIMEOUT_MS, ...env });
  const httpServer = http.createServer();
  const apollo = createApolloServer({ httpServer, debug: config.DEBUG_ERRORS, log, limits: config });
  await apollo.start();
  httpServer.on('request', createApp({ apollo, database, config, isPrepared: () => true }));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  return {
    url,
    config,
    post(body, headers = {}) {
      return fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    },
    close: () => apollo.stop(),
  };
}
