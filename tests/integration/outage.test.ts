import { startLocalNeo4j, type LocalNeo4j } from '../../src/database/startLocalNeo4j';
import { DatabaseUnavailableError } from '../../src/graph/errors';
import { GraphDatabase } from '../../src/graph/graphDatabase';
import { documentId } from '../../src/ingestion/documentId';
import { checksumOf } from '../../src/ingestion/ingestDocument';
import { runSeed } from '../../src/seed/runSeed';
import { startAppOn, type AppOn } from '../support/startAppOn';
import { TEST_PORTS } from '../support/testPorts';
import { TEST_API_TOKEN } from '../support/testServer';
import { trackProcess } from '../support/trackedProcesses';

// Its own Neo4j, so stopping it never disturbs the shared test database.
const PORT = TEST_PORTS.outageNeo4j;
const DATA_DIR = `.data/neo4j-outage-${PORT}`;
const TIMEOUT_MS = 2000;

interface Body {
  data?: { stats?: { entities: number }; ingestDocument?: { document: { id: string } } } | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

jest.setTimeout(240_000);

describe('Outage: the API survives Neo4j going away and coming back, without a restart', () => {
  let neo4j: LocalNeo4j;
  let database: GraphDatabase;
  /** For seeding and inspecting, with room for the seed's long transactions. */
  let admin: GraphDatabase;
  let app: AppOn;
  /** What the API wrote to its log: printed when an answer is not the one expected, to tell why. */
  const appLog: string[] = [];

  const start = async () => {
    const started = await startLocalNeo4j({ port: PORT, dataDir: DATA_DIR });
    trackProcess(started.pid);
    return started;
  };
  const stats = async () => (await (await app.post({ query: '{ stats { entities } }' })).json()) as Body;
  const readiness = async () => (await fetch(`${app.url}/ready`)).status;
  const passagesOf = async (id: string) =>
    (await admin.read<{ n: number }>('MATCH (p:Passage) WHERE p.id STARTS WITH $prefix RETURN count(p) AS n', { prefix: `${id}#` }))[0]?.n;
  const documentCount = async (id: string) =>
    (await admin.read<{ n: number }>('MATCH (d:Document {id: $id}) RETURN count(d) AS n', { id }))[0]?.n;

  async function eventually<T>(attempt: () => Promise<T>, done: (value: T) => boolean, withinMs = 60_000): Promise<T> {
    const deadline = Date.now() + withinMs;
    for (;;) {
      const value = await attempt();
      if (done(value) || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  beforeAll(async () => {
    neo4j = await start();
    expect(neo4j.reused).toBe(false);
    const connect = (queryTimeoutMs: number) =>
      GraphDatabase.connect({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j', queryTimeoutMs });
    database = connect(TIMEOUT_MS);
    admin = connect(60_000);
    await runSeed(admin, { reset: true, maxDocumentBytes: 5 * 1024 * 1024, log: () => undefined });
    app = await startAppOn(database, { QUERY_TIMEOUT_MS: String(TIMEOUT_MS) }, (line) => appLog.push(line));
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await admin?.close();
    await neo4j?.stop();
  });

  it('answers while up, DATABASE_UNAVAILABLE fast and /ready 503 while down, and recovers when Neo4j is back', async () => {
    const before = await stats();
    expect(before.data?.stats?.entities).toBeGreaterThan(50);
    expect(await readiness()).toBe(200);

    await neo4j.stop();
    const started = Date.now();
    const down = await stats();
    const elapsed = Date.now() - started;
    expect(down.errors?.[0]?.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE' });
    // Usually the driver gives up after its 1 s of retries; at worst our deadline (timeout + 2 s) and a
    // 1 s connectivity check decide it. Never the driver's default 30 s; the bound sits between the
    // two so that a busy machine does not fail the test.
    expect(elapsed).toBeLessThan(20_000);
    expect(await readiness()).toBe(503);

    neo4j = await start();
    const after = await eventually(stats, (body) => body.data?.stats?.entities === before.data?.stats?.entities);
    expect(after.data?.stats?.entities).toBe(before.data?.stats?.entities);
    expect(await eventually(readiness, (status) => status === 200)).toBe(200);
  });

  it('a write transaction cut by the outage leaves nothing behind', async () => {
    const id = 'document:outage-partial';
    await expect(
      admin.inWriteTransaction(async (run) => {
        await run('CREATE (d:Document {id: $id, title: "partial"})', { id });
        await run('CREATE (:Passage {id: $id + "#0", text: "first passage"})', { id });
        // The database goes away after the transaction wrote, before it commits.
        await neo4j.stop();
        await run('CREATE (:Passage {id: $id + "#1", text: "second passage"})', { id });
      }),
    ).rejects.toBeInstanceOf(DatabaseUnavailableError);
    neo4j = await start();
    await eventually(readiness, (status) => status === 200);
    expect(await documentCount(id)).toBe(0);
    expect(await passagesOf(id)).toBe(0);
  });

  it('a transaction the database terminates as it goes away is DATABASE_UNAVAILABLE, not an internal error', async () => {
    const terminated = () => Object.assign(new Error('The transaction has been terminated.'), { code: 'Neo.ClientError.Transaction.Terminated' });
    // While the database answers, such a failure passes as it came.
    const whileUp = admin.inWriteTransaction(async () => {
      throw terminated();
    });
    await expect(whileUp).rejects.toThrow('The transaction has been terminated.');
    await expect(whileUp).rejects.not.toBeInstanceOf(DatabaseUnavailableError);
    await expect(
      admin.inWriteTransaction(async () => {
        await neo4j.stop();
        throw terminated();
      }),
    ).rejects.toBeInstanceOf(DatabaseUnavailableError);
    neo4j = await start();
    await eventually(readiness, (status) => status === 200);
  });

  it('an ingestDocument interrupted by the outage is either wholly stored or wholly absent', async () => {
    const sentence = 'Kratom contains mitragynine, which acts on the mu-opioid receptor and may ease anxiety, nausea and cravings. ';
    const text = Array.from({ length: 400 }, (_, i) => `${sentence}Paragraph ${i}.\n\n`).join('');
    const title = 'Outage ingest test';
    const id = `${documentId(title)}-${checksumOf(text).slice(0, 12)}`;
    const pending = app.post(
      { query: 'mutation ($t: String!, $x: String!) { ingestDocument(title: $t, text: $x) { document { id } passages } }', variables: { t: title, x: text } },
      { authorization: `Bearer ${TEST_API_TOKEN}` },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await neo4j.stop();
    const answer = (await (await pending).json()) as Body;
    neo4j = await start();
    await eventually(readiness, (status) => status === 200);

    const passages = await passagesOf(id);
    if (answer.data?.ingestDocument) {
      expect(await documentCount(id)).toBe(1);
      expect(passages).toBe(400);
    } else {
      const code = String(answer.errors?.[0]?.extensions?.['code']);
      if (!/DATABASE_UNAVAILABLE|TIMEOUT/.test(code)) console.error(`The API's log:\n${appLog.join('\n')}`);
      expect(code).toMatch(/DATABASE_UNAVAILABLE|TIMEOUT/);
      expect(await documentCount(id)).toBe(0);
      expect(passages).toBe(0);
    }
  });
});
