import { boltAnswers } from '../../src/database/boltAnswers';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/database/startLocalNeo4j';
import { testDataDir, testDatabasePort } from './testDatabase';
import { TEST_PORT_BASE } from './testPorts';

function refusal(port: number): Error {
  return new Error(
    `A Neo4j already answers on 127.0.0.1:${port}, the test database's port, and this run did not start it: ` +
      'most likely another test run on the same ports, or a database of your own. The tests reset the graph ' +
      'they use, so they will not touch it. To run beside it, give this run its own ports with ' +
      `TEST_PORT_BASE (this run's is ${TEST_PORT_BASE}; e.g. TEST_PORT_BASE=${TEST_PORT_BASE + 43} npm test), ` +
      'or name a server for the tests with NEO4J_TEST_URI.',
  );
}

// A leftover this run's set-up has just killed may hold its port for a moment while it dies.
const SETTLE_MS = 5_000;

async function answersThroughout(port: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (await boltAnswers(port)) {
    if (Date.now() >= deadline) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

/**
 * Starts the run's own test Neo4j, and refuses one it finds already answering on its port: reusing
 * it would let two runs side by side reset and seed each other's graph under their tests. Whatever an
 * earlier run on these ports left behind is killed before this is called (see trackedProcesses).
 */
export async function startTestNeo4j(): Promise<LocalNeo4j> {
  const port = testDatabasePort();
  if (await answersThroughout(port, SETTLE_MS)) throw refusal(port);
  const neo4j = await startLocalNeo4j({ port, dataDir: testDataDir() });
  // Another run may have taken the port between the check and the start.
  if (neo4j.reused) throw refusal(port);
  return neo4j;
}
