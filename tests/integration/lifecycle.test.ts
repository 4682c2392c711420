import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

import { boltAnswers } from '../../src/database/boltAnswers';
import { startLocalNeo4j } from '../../src/database/startLocalNeo4j';
import { testDatabasePort, testDatabaseUri } from '../support/testDatabase';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const usesLocalTestDatabase = !process.env['NEO4J_TEST_URI'];

/** Runs the project's run command with this environment, and resolves once it prints its URL. */
function startApi(env: Record<string, string>): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(TSX, ['src/main.ts'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not become ready:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready at')) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`API exited (${code}) before it was ready:\n${output}`)));
  });
}

function exitOf(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

const typename = async (port: number) => {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  return response.json();
};

describe('Lifecycle of the run command and its Neo4j', () => {
  jest.setTimeout(120_000);

  (usesLocalTestDatabase ? it : it.skip)('reuses a Neo4j already answering on the port instead of starting another', async () => {
    const neo4j = await startLocalNeo4j({ port: testDatabasePort(), dataDir: path.join(ROOT, '.data', 'unused') });
    expect(neo4j.reused).toBe(true);
    expect(neo4j.pid).toBeUndefined();
  });

  it('with NEO4J_URI set, uses that server and starts no Neo4j of its own', async () => {
    const unusedLocalPort = 7797;
    const api = await startApi({ NEO4J_URI: testDatabaseUri(), PORT: '4391', NEO4J_LOCAL_PORT: String(unusedLocalPort), SEED_ON_START: 'false' });
    try {
      expect(await typename(4391)).toEqual({ data: { __typename: 'Query' } });
      expect(await boltAnswers(unusedLocalPort)).toBe(false);
      expect(api.output()).not.toContain('Starting Neo4j');
    } finally {
      api.child.kill('SIGINT');
      await exitOf(api.child);
    }
  });

  it('Ctrl-C stops both the API and the Neo4j it started, within 15 s', async () => {
    const boltPort = 7796;
    const api = await startApi({
      PORT: '4392',
      NEO4J_LOCAL_PORT: String(boltPort),
      NEO4J_DATA_DIR: path.join(ROOT, '.data', 'neo4j-lifecycle-test'),
    });
    expect(await typename(4392)).toEqual({ data: { __typename: 'Query' } });
    expect(await boltAnswers(boltPort)).toBe(true);
    const stoppedAt = Date.now();
    api.child.kill('SIGINT');
    await exitOf(api.child);
    expect(await waitUntil(async () => !(await boltAnswers(boltPort)), 15_000)).toBe(true);
    expect(Date.now() - stoppedAt).toBeLessThan(15_000);
  });

  it('a Neo4j started attached dies with its parent, even one killed without warning', async () => {
    const boltPort = 7795;
    // Node itself, not the tsx wrapper: the killed process must be the one holding the pipe.
    const parent = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/support/startNeo4jChild.ts', String(boltPort), '.data/neo4j-orphan-test'],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => parent.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('started') && resolve()));
    expect(await boltAnswers(boltPort)).toBe(true);
    parent.kill('SIGKILL');
    expect(await waitUntil(async () => !(await boltAnswers(boltPort)), 15_000)).toBe(true);
  });
});
