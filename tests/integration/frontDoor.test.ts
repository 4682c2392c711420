import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import type { DryRunReport } from '../../src/seed/dryRunReport';
import { startTestServer, type TestServer } from '../support/testServer';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..', '..');
const CORPUS = path.join(ROOT, 'seed', 'documents', 'kratom-opioid-withdrawal.txt');
// A dry run never connects; an address nothing answers on proves it.
const NO_DATABASE = { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' };

describe('Front door', () => {
  let server: TestServer;
  let scratch: string;
  beforeAll(async () => {
    server = await startTestServer();
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kratom-front-door-'));
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it.each(['/favicon.ico', '/favicon.svg'])('serves %s from this process', async (url) => {
    const response = await fetch(`${server.url}${url}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('image/svg+xml');
    expect(await response.text()).toContain('<svg');
  });

  it.each(['/explorer', '/graphql'])('%s links the favicon', async (url) => {
    const response = await fetch(`${server.url}${url}`, { headers: { accept: 'text/html' } });
    expect(await response.text()).toContain('<link rel="icon" href="/favicon.svg"');
  });

  it('`npm run -s seed -- --dry-run --json` prints JSON and nothing else on stdout, with the provenance', async () => {
    const { stdout } = await run('npm', ['run', '-s', 'seed', '--', '--dry-run', '--json', CORPUS], { cwd: ROOT, env: NO_DATABASE });
    const report = JSON.parse(stdout) as DryRunReport;
    expect(report.documents[0]).toMatchObject({ id: 'document:kratom-opioid-withdrawal', sourceType: 'BLOG', url: null });
  });

  it('--out writes the JSON report to a file and keeps the readable summary on stdout', async () => {
    const out = path.join(scratch, 'report.json');
    const { stdout } = await run('npx', ['tsx', 'src/seed/seedCommand.ts', '--dry-run', '--out', out, CORPUS], { cwd: ROOT, env: NO_DATABASE });
    expect(stdout).toContain('dry run, nothing written');
    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as DryRunReport;
    expect(report.documents[0]?.claims.length).toBeGreaterThan(0);
  });

  it('a sidecar with a bad date or an unknown key is refused with its file and field named', async () => {
    fs.writeFileSync(path.join(scratch, 'note.txt'), 'Kratom contains mitragynine.');
    for (const [sidecar, message] of [
      ['published: 2024-13-01\n', "'published' must be a date written YYYY-MM-DD"],
      ['sourcetype: VENDOR\n', "unknown key 'sourcetype'"],
      ['sourceType: MAGAZINE\n', "'sourceType' must be one of"],
    ]) {
      fs.writeFileSync(path.join(scratch, 'note.meta.yaml'), sidecar!);
      const failed = await run('npx', ['tsx', 'src/seed/seedCommand.ts', '--dry-run', path.join(scratch, 'note.txt')], { cwd: ROOT, env: NO_DATABASE }).then(
        () => undefined,
        (error: { stderr: string }) => error.stderr,
      );
      expect(failed).toContain('note.meta.yaml');
      expect(failed).toContain(message);
    }
  });

  it('every locked package accepts the oldest Node that package.json names (so npm ci warns of no engine)', () => {
    // semver is npm's own range library, present through the dev tools.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const semver = require('semver') as { minVersion(range: string): { version: string } | null; satisfies(version: string, range: string): boolean };
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
    };
    const oldest = semver.minVersion(manifest.engines.node)!.version;
    const refusing = Object.entries(lock.packages)
      .filter(([, entry]) => entry.engines && !Array.isArray(entry.engines) && entry.engines.node)
      .filter(([, entry]) => !semver.satisfies(oldest, (entry.engines as { node: string }).node))
      .map(([name, entry]) => `${name}@${entry.version} wants ${(entry.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });
});
