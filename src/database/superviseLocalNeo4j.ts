import { setTimeout as sleep } from 'node:timers/promises';

import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './startLocalNeo4j';

const FIRST_RESTART_DELAY_MS = 1000;
const MAX_RESTART_DELAY_MS = 30_000;
// A Neo4j that stayed up this long died of something new: its next restart waits the shortest delay again.
const STABLE_AFTER_MS = 60_000;

/**
 * Starts the local Neo4j (see startLocalNeo4j) and restarts it whenever it dies unasked, after 1 s, then
 * 2, 4 … up to 30 s while it keeps dying, so a crash costs clients an outage of seconds and nobody has to
 * act. The returned handle always stops or kills the current process; after stop() nothing is restarted.
 * A reused Neo4j (one that already answered on the port) is not this process's to supervise.
 */
export async function superviseLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => undefined);
  const stopping = new AbortController();
  const start = () => startLocalNeo4j({ ...options, signal: stopping.signal });
  let current = await start();
  if (current.reused) return current;

  let delayMs = FIRST_RESTART_DELAY_MS;
  const waitFor = (ms: number) => sleep(ms, undefined, { signal: stopping.signal }).catch(() => undefined);
  let restarting: Promise<void> = Promise.resolve();

  const restart = async (how: string, startedAt: number): Promise<void> => {
    if (stopping.signal.aborted) return;
    if (Date.now() - startedAt > STABLE_AFTER_MS) delayMs = FIRST_RESTART_DELAY_MS;
    log(`Neo4j stopped unexpectedly (${how}); restarting it in ${delayMs / 1000} s.`);
    for (;;) {
      await waitFor(delayMs);
      delayMs = Math.min(delayMs * 2, MAX_RESTART_DELAY_MS);
      if (stopping.signal.aborted) return;
      try {
        current = await start();
        watch(current);
        return;
      } catch (error) {
        if (stopping.signal.aborted) return;
        log(`Restarting Neo4j failed (${error instanceof Error ? error.message : error}); trying again in ${delayMs / 1000} s.`);
      }
    }
  };
  // A reused Neo4j (another process's, which took the port meanwhile) has no `exited` and is not watched.
  const watch = (neo4j: LocalNeo4j) => {
    const startedAt = Date.now();
    void neo4j.exited?.then((how) => {
      restarting = restart(how, startedAt);
    });
  };
  watch(current);

  return {
    uri: current.uri,
    reused: false,
    get pid() {
      return current.pid;
    },
    get exited() {
      return current.exited;
    },
    async stop() {
      stopping.abort();
      // A start in progress sees the abort, kills what it started and settles.
      await restarting;
      await current.stop();
    },
    kill() {
      stopping.abort();
      current.kill();
    },
  };
}
