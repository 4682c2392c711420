import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

import { boltAnswers } from '../../src/database/boltAnswers';
import { startLocalNeo4j } from '../../src/database/startLocalNeo4j';
import { isRunning, neo4jProcessesOn, processTree } from '../support/runningProcesses';
import { testDatabasePort, testDatabaseUri } from '../support/testDatabase';
import { TEST_PORTS } from '../support/testPorts';
import { trackProcess } from '../support/trackedProcesses';

const ROOT = path.resolve(__dirname, '..', '..');
const PORTS = TEST_PORTS.lifecycle;
const usesLocalTestDatabase = !process.env['NEO4J_TEST_URI'];
// What the README promises process managers; the run command's own hard limit is 12 s.
const STOP_WITHIN_MS = 15_000;
// A first start creates the store and seeds it; on a loaded 2-core machine that has taken minutes.
const READY_WITHIN_MS = 300_000;

jest.setTimeout(600_000);

const dataDirFor = (boltPort: number) => path.join(ROOT, '.data', `neo4j-lifecycle-${boltPort}`);

interface RunCommand {
  child: ChildProcess;
  pid: number;
  output: () => string;
}

/**
 * `npm start` itself, as a user or a process manager runs it, in a process group of its own (tracked, so
 * global tear-down kills the group if this test cannot); resolves once it prints its URL.
 */
function npmStart(env: Record<string, string>): Promise<RunCommand> {
  const child = spawn('npm', ['start'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  trackProcess(child.pid, { group: true });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not become ready within ${READY_WITHIN_MS / 1000} s:\n${output}`)), READY_WITHIN_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready at')) {
        clearTimeout(timer);
        resolve({ child, pid: child.pid ?? -1, output: () => output });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited (${code}) before it was ready:\n${output}`));
    });
  });
}

/** For `finally`: whatever is left of a process group this test started goes, at once. */
function killGroup(leader: number | undefined): void {
  if (leader === undefined) return;
  try {
    process.kill(-leader, 'SIGKILL');
  } catch {
    // The group is gone already.
  }
}

async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 200): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

const post = async (port: number, query: string) => {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return response.json();
};

const readiness = async (port: number) => {
  try {
    return (await fetch(`http://127.0.0.1:${port}/ready`)).status;
  } catch {
    return 0; // not listening
  }
};

/** Everything the run command consists of now: npm, its shell, node, and the Neo4j on the data folder. */
const processesOf = (run: RunCommand, dataDir: string) => [...new Set([...processTree(run.pid), ...neo4jProcessesOn(dataDir)])];

describe('Lifecycle of the run command and its Neo4j', () => {
  (usesLocalTestDatabase ? it : it.skip)('reuses a Neo4j already answering on the port instead of starting another', async () => {
    const neo4j = await startLocalNeo4j({ port: testDatabasePort(), dataDir: path.join(ROOT, '.data', 'unused') });
    expect(neo4j.reused).toBe(true);
    expect(neo4j.pid).toBeUndefined();
  });

  it('with NEO4J_URI set, uses that server as it is: no Neo4j of its own, no retries while preparing', async () => {
    let run: RunCommand | undefined;
    try {
      run = await npmStart({
        NEO4J_URI: testDatabaseUri(),
        PORT: String(PORTS.externalApi),
        NEO4J_LOCAL_PORT: String(PORTS.unusedNeo4j),
        SEED_ON_START: 'false',
      });
      expect(await post(PORTS.externalApi, '{ __typename }')).toEqual({ data: { __typename: 'Query' } });
      expect(await boltAnswers(PORTS.unusedNeo4j)).toBe(false);
      expect(run.output()).not.toContain('Starting Neo4j');
      expect(run.output()).not.toContain('Preparing the database failed');
    } finally {
      if (run) process.kill(run.pid, 'SIGTERM');
      await waitUntil(() => !run || processTree(run.pid).length === 0, STOP_WITHIN_MS);
      killGroup(run?.pid);
    }
  });

  describe('with a Neo4j of its own, supervised', () => {
    const dataDir = dataDirFor(PORTS.supervisedNeo4j);
    let run: RunCommand | undefined;

    beforeAll(async () => {
      run = await npmStart({
        PORT: String(PORTS.supervisedApi),
        NEO4J_LOCAL_PORT: String(PORTS.supervisedNeo4j),
        NEO4J_DATA_DIR: dataDir,
        QUERY_TIMEOUT_MS: '5000',
      });
    }, READY_WITHIN_MS + 30_000);
    afterAll(() => killGroup(run?.pid));

    it('restarts its Neo4j after a SIGKILL: /ready is 503 meanwhile, then 200, and queries are answered, with nobody acting', async () => {
      const [killed] = neo4jProcessesOn(dataDir);
      expect(killed).toEqual(expect.any(Number));
      expect(await readiness(PORTS.supervisedApi)).toBe(200);

      process.kill(killed as number, 'SIGKILL');
      expect(await waitUntil(async () => (await readiness(PORTS.supervisedApi)) === 503, 60_000)).toBe(true);
      expect(await waitUntil(async () => (await readiness(PORTS.supervisedApi)) === 200, READY_WITHIN_MS, 1000)).toBe(true);

      // A fresh Neo4j plans its first queries slowly, so the first may still time out on a loaded machine.
      let entities: number | undefined;
      const answered = async () => {
        const answer = (await post(PORTS.supervisedApi, '{ stats { entities } }')) as { data?: { stats: { entities: number } } | null };
        entities = answer.data?.stats.entities;
        return entities !== undefined;
      };
      expect(await waitUntil(answered, 120_000, 1000)).toBe(true);
      expect(entities).toBeGreaterThan(50);
      const restarted = neo4jProcessesOn(dataDir);
      expect(restarted).toHaveLength(1);
      expect(restarted).not.toContain(killed);
      expect(run?.output()).toContain('Neo4j stopped unexpectedly (signal SIGKILL); restarting it');
    });

    it('SIGTERM to the npm start PID alone stops npm, node and Neo4j within 15 s, leaving nothing', async () => {
      if (!run) throw new Error('npm start did not start');
      const before = processesOf(run, dataDir);
      // npm, the shell npm runs the script in, node, and java at least.
      expect(before.length).toBeGreaterThanOrEqual(4);
      expect(neo4jProcessesOn(dataDir)).toHaveLength(1);

      process.kill(run.pid, 'SIGTERM');
      const gone = await waitUntil(() => !before.some(isRunning) && neo4jProcessesOn(dataDir).length === 0, STOP_WITHIN_MS);
      expect({ gone, left: before.filter(isRunning), neo4j: neo4jProcessesOn(dataDir) }).toEqual({ gone: true, left: [], neo4j: [] });
      expect(await boltAnswers(PORTS.supervisedNeo4j)).toBe(false);
      expect(await readiness(PORTS.supervisedApi)).toBe(0);
    });
  });

  it('Ctrl-C (SIGINT to the whole process group, as a terminal sends it) stops the API and its Neo4j within 15 s', async () => {
    const dataDir = dataDirFor(PORTS.ctrlCNeo4j);
    let run: RunCommand | undefined;
    try {
      run = await npmStart({ PORT: String(PORTS.ctrlCApi), NEO4J_LOCAL_PORT: String(PORTS.ctrlCNeo4j), NEO4J_DATA_DIR: dataDir });
      expect(await post(PORTS.ctrlCApi, '{ __typename }')).toEqual({ data: { __typename: 'Query' } });
      const before = processesOf(run, dataDir);
      expect(neo4jProcessesOn(dataDir)).toHaveLength(1);

      process.kill(-run.pid, 'SIGINT');
      const gone = await waitUntil(() => !before.some(isRunning) && neo4jProcessesOn(dataDir).length === 0, STOP_WITHIN_MS);
      expect({ gone, left: before.filter(isRunning) }).toEqual({ gone: true, left: [] });
      expect(await boltAnswers(PORTS.ctrlCNeo4j)).toBe(false);
      // Neither process restarted the other's Neo4j on its way out.
      expect(run.output()).not.toContain('Neo4j stopped unexpectedly');
    } finally {
      killGroup(run?.pid);
    }
  });

  it('a Neo4j started attached dies with its parent, even one killed without warning', async () => {
    const dataDir = dataDirFor(PORTS.orphanNeo4j);
    // Node itself, not the tsx wrapper: the killed process must be the one holding the pipe.
    const parent = spawn(process.execPath, ['--import', 'tsx', 'tests/support/startNeo4jChild.ts', String(PORTS.orphanNeo4j), dataDir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    });
    trackProcess(parent.pid, { group: true });
    try {
      await new Promise<void>((resolve, reject) => {
        parent.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('started') && resolve());
        parent.once('exit', (code) => reject(new Error(`The parent exited (${code}) before its Neo4j started`)));
        setTimeout(() => reject(new Error('Neo4j did not start')), READY_WITHIN_MS).unref();
      });
      expect(await boltAnswers(PORTS.orphanNeo4j)).toBe(true);
      parent.kill('SIGKILL');
      expect(await waitUntil(() => neo4jProcessesOn(dataDir).length === 0, STOP_WITHIN_MS)).toBe(true);
      expect(await boltAnswers(PORTS.orphanNeo4j)).toBe(false);
    } finally {
      killGroup(parent.pid);
    }
  });
});
