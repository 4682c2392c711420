import { killTrackedProcesses } from './trackedProcesses';

/**
 * Stops the Neo4j global set-up started (never one it found running), then kills whatever a test
 * started and could not stop (a failed or timed-out test), so that no child keeps jest from exiting.
 */
export default async function globalTeardown(): Promise<void> {
  try {
    await globalThis.testNeo4j?.stop();
  } finally {
    const leftovers = killTrackedProcesses();
    if (leftovers.length > 0) console.warn(`Tear-down killed processes the tests left running: ${leftovers.join(', ')}`);
  }
}
