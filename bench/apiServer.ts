import http from 'node:http';

import { loadConfig } from '../src/config';
import { GraphDatabase } from '../src/graph/graphDatabase';
import { createApolloServer } from '../src/server/createApolloServer';
import { createApp } from '../src/server/createApp';
import type { Neo4jTarget } from './benchNeo4j';

export interface BenchServer {
  url: string;
  close(): Promise<void>;
}

export function listen(httpServer: http.Server, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, '127.0.0.1', () => resolve(`http://127.0.0.1:${port}`));
  });
}

/** This API, assembled as the test server and main.ts assemble it, over the benchmark's Neo4j; `env` adds settings. */
export async function startApiServer(neo4j: Neo4jTarget, port: number, env: Record<string, string> = {}): Promise<BenchServer> {
  const config = loadConfig({ NEO4J_URI: neo4j.uri, SEED_ON_START: 'false', NODE_ENV: process.env['NODE_ENV'], ...env });
  const database = GraphDatabase.connect({
    ...neo4j,
    database: 'neo4j',
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
  });
  const httpServer = http.createServer();
  const apollo = createApolloServer({ httpServer, debug: false, log: () => undefined, limits: config });
  await apollo.start();
  httpServer.on('request', createApp({ apollo, database, config, isPrepared: () => true }));
  const url = await listen(httpServer, port);
  return {
    url,
    async close() {
      await apollo.stop();
      await database.close();
    },
  };
}
