import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { readStats } from '../../src/graph/readStats';
import type { DryRunReport } from '../../src/seed/dryRunReport';
import { runSeed } from '../../src/seed/runSeed';
import { startTestServer, type TestServer } from '../support/testServer';

const run = promisify(execFile);
const CORPUS = path.resolve(__dirname, '..', '..', 'seed', 'documents', 'kratom-opioid-withdrawal.txt');

describe('Seeding from documents', () => {
  let server: TestServer;
  let scratch: string;
  beforeAll(async () => {
    server = await startTestServer();
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kratom-seed-'));
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  const seed = (target?: string, maxDocumentBytes = 5 * 1024 * 1024) =>
    runSeed(server.database.withoutTimeouts(), { target, maxDocumentBytes, log: () => undefined });
  const relationshipIds = async () => {
    const rows = await server.database.read<{ id: string }>('MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id ORDER BY id');
    return rows.map((row) => row.id);
  };

  it('seeding again leaves the same graph: same counts, same ids', async () => {
    const statsBefore = await readStats(server.database);
    const idsBefore = await relationshipIds();
    const summary = await seed();
    expect(summary.unchanged).toBe(1);
    expect(summary.stored).toBe(0);
    expect(summary.stats).toEqual(statsBefore);
    expect(await relationshipIds()).toEqual(idsBefore);
  });

  it.each([
    ['an empty document', Buffer.from('  \n\n'), 'empty'],
    ['a binary document', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03]), 'not valid UTF-8'],
    ['a document with control characters', Buffer.from('Kratom\u0000contains mitragynine.'), "'text' contains the control character U+0000 at offset 6"],
    ['a document with a C1 control character', Buffer.from('Kratom\u0085contains mitragynine.'), "'text' contains the control character U+0085 at offset 6"],
    ['invalid UTF-8', Buffer.from([0x4b, 0x72, 0x61, 0x74, 0x6f, 0x6d, 0xc3, 0x28]), 'not valid UTF-8'],
  ])('refuses %s with a clear error and writes nothing', async (_name, bytes, reason) => {
    const file = path.join(scratch, 'bad.txt');
    fs.writeFileSync(file, bytes);
    const before = await readStats(server.database);
    const summary = await seed(file);
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0]?.error).toContain(reason);
    expect(summary.stats).toEqual(before);
  });

  it.each([
    ['a title with a control character', 'title: "Kratom\\0notes"', "'title' contains the control character U+0000 at offset 6"],
    ['a title over the limit', `title: "${'t'.repeat(301)}"`, "'title' may be at most 300 characters; got 301."],
    ['a source over the limit', `source: "${'s'.repeat(2001)}"`, "'source' may be at most 2000 characters; got 2001."],
  ])('refuses a sidecar with %s, by the same rules as ingestDocument', async (_name, yaml, reason) => {
    const file = path.join(scratch, 'sidecar.txt');
    fs.writeFileSync(file, 'Kratom contains mitragynine.');
    fs.writeFileSync(path.join(scratch, 'sidecar.meta.yaml'), `${yaml}\n`);
    const before = await readStats(server.database);
    const summary = await seed(file);
    expect(summary.failures[0]?.error).toContain(reason);
    expect(summary.stats).toEqual(before);
  });

  it('refuses a document over the size limit', async () => {
    const file = path.join(scratch, 'large.txt');
    fs.writeFileSync(file, 'Kratom contains mitragynine. '.repeat(100));
    const before = await readStats(server.database);
    const summary = await seed(file, 1000);
    expect(summary.failures[0]?.error).toContain('over the limit of 1000 bytes');
    expect(summary.stats).toEqual(before);
  });

  it('--dry-run --json prints the extraction in the agreed shape and writes nothing', async () => {
    const before = await readStats(server.database);
    const { stdout } = await run('npx', ['tsx', 'src/seed/seedCommand.ts', '--dry-run', '--json', CORPUS], {
      cwd: path.resolve(__dirname, '..', '..'),
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' },
    });
    const report = JSON.parse(stdout) as DryRunReport;
    expect(Object.keys(report).sort()).toEqual(['candidates', 'documents', 'entities']);
    const [document] = report.documents;
    expect(document?.id).toBe('document:kratom-opioid-withdrawal');
    const claim = document?.claims.find((entry) => entry.type === 'CONTAINS');
    expect(claim).toMatchObject({
      source: { id: 'substance:kratom', name: 'kratom', kind: 'Substance' },
      target: { kind: 'Compound' },
    });
    expect(Object.keys(claim?.evidence[0] ?? {})).toEqual(expect.arrayContaining(['certainty', 'end', 'polarity', 'quote', 'start']));
    expect(claim?.evidence[0]).toMatchObject({ polarity: 'AFFIRMED', certainty: 'ASSERTED' });
    expect(report.entities[0]).toEqual({ id: expect.any(String), name: expect.any(String), kind: expect.any(String) });
    expect(await readStats(server.database)).toEqual(before);
  });
});
