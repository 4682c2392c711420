import http from 'node:http';

import { loadConfig } from './config';
import { connectToNeo4j } from './database/connectToNeo4j';
import { GracefulStop } from './gracefulStop';
import { applySchema } from './graph/applySchema';
import type { GraphDatabase } from './graph/graphDatabase';
import { runSeed } from './seed/runSeed';
import { createApolloServer } from './server/createApolloServer';
import { createApp } from './server/createApp';

const log = (line: string) => console.log(line);
const RETRY_PREPARE_MS = 5000;
// Within the 15 s promised to process managers: requests get 3 s, Neo4j 8 s to stop cleanly, then both are cut.
const STOP_DEADLINE_MS = 12_000;
const REQUEST_GRACE_MS = 3000;

/**
 * Schema and seed, retried until the database answers, so the API can start before Neo4j does. The
 * database given has no per-query timeout: on a slow machine preparing is slow, not a failure.
 */
async function prepareDatabase(database: GraphDatabase, seed: boolean, maxDocumentBytes: number): Promise<void> {
  for (;;) {
    try {
      if (!seed) return await applySchema(database);
      const summary = await runSeed(database, { maxDocumentBytes, log });
      for (const failure of summary.failures) log(`Seed refused ${failure.file}: ${failure.error}`);
      log(`Graph seeded: ${summary.stats.entities} entities, ${summary.stats.relationships} relationships, ${summary.stats.documents} documents.`);
      return;
    } catch (error) {
      log(`Preparing the database failed (${error instanceof Error ? error.message : error}); retrying in ${RETRY_PREPARE_MS / 1000} s.`);
      await new Promise((resolve) => setTimeout(resolve, RETRY_PREPARE_MS));
    }
  }
}

/** The run command: Neo4j (the project's own unless NEO4J_URI is set), seeded, behind the GraphQL API. */
async function main(): Promise<void> {
  const config = loadConfig();
  // First of all, so that a signal during a slow start stops the start too.
  const stop = new GracefulStop({ log, deadlineMs: STOP_DEADLINE_MS });
  const connection = await connectToNeo4j(config, log, { supervise: true });
  stop.add({ graceful: () => connection.close(), forced: () => connection.kill() });
  const httpServer = http.createServer();
  const apollo = createApolloServer({ httpServer, stopGracePeriodMs: REQUEST_GRACE_MS, debug: config.DEBUG_ERRORS, log, limits: config });
  await apollo.start();
  stop.add({ graceful: () => apollo.stop() });
  let prepared = false;
  const app = createApp({ apollo, database: connection.database, config, isPrepared: () => prepared });
  httpServer.on('request', app);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${config.PORT} is in use: set PORT to a free one.`) : error),
    );
    httpServer.listen(config.PORT, config.HOST, resolve);
  });
  await prepareDatabase(connection.database.withoutTimeouts(), config.SEED_ON_START, config.MAX_DOCUMENT_BYTES);
  prepared = true;
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}/graphql`;
  log(`Kratom Graph API ready at ${url} (open it in a browser for GraphiQL)`);
}

main().catch((error: unknown) => {
  // Configuration and start-up failures are for people to read: the message, not a stack.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
