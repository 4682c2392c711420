import type { LocalNeo4j } from '../../src/database/startLocalNeo4j';
import { runSeed } from '../../src/seed/runSeed';
import { startTestNeo4j } from './startTestNeo4j';
import { connectTestDatabase } from './testDatabase';
import { killTrackedProcesses, trackProcess } from './trackedProcesses';

declare global {
  // Handed from set-up to tear-down, which jest runs in the same process.
  var testNeo4j: LocalNeo4j | undefined;
}

/**
 * Starts a Neo4j for the tests on its own port and data folder (or uses NEO4J_TEST_URI; never one
 * another run started: see startTestNeo4j), then gives it a fresh graph seeded from the real corpus, as `npm run seed -- --reset` would. First it kills
 * whatever an earlier run on the same ports left behind (see trackedProcesses).
 */
export default async function globalSetup(): Promise<void> {
  const leftovers = killTrackedProcesses();
  if (leftovers.length > 0) console.warn(`Killed what an earlier run on these ports left running: ${leftovers.join(', ')}`);
  if (!process.env['NEO4J_TEST_URI']) {
    globalThis.testNeo4j = await startTestNeo4j();
    trackProcess(globalThis.testNeo4j.pid);
  }
  const database = connectTestDatabase(60_000);
  try {
    const summary = await runSeed(database, { reset: true, maxDocumentBytes: 5 * 1024 * 1024, log: () => undefined });
    if (summary.failures.length > 0) throw new Error(`Seeding the test graph failed: ${JSON.stringify(summary.failures)}`);
  } finally {
    await database.close();
  }
}
