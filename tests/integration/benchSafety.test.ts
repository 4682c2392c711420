import fs from 'node:fs';
import path from 'node:path';

import { runBenchmark, type BenchOptions } from '../../bench/runBenchmark';
import { connectTestDatabase, testDatabasePort, testDatabaseUri } from '../support/testDatabase';
import { TEST_PORTS } from '../support/testPorts';

// The seeded test database stands for a user's own Neo4j: it holds nodes the bench did not write.
// Every refusal must come before the bench writes anything, starts anything or resets anything.
const dataDir = path.resolve(__dirname, '..', '..', '.data', `bench-safety-${testDatabasePort()}`);

const options = (neo4j: BenchOptions['neo4j']): BenchOptions => ({
  sizes: [200],
  seed: 7,
  rounds: 1,
  seconds: 0.5,
  singleSeconds: 0.25,
  connections: 1,
  warmUp: { seconds: 0.25, tolerance: 0.1, maxWindows: 2 },
  preludeSeconds: 0,
  neo4j,
  ports: TEST_PORTS.benchSmoke,
  naiveSlice: 10,
  batchSizes: [100],
  segment: 100,
  loadersUpTo: 1000,
  resultsDir: null,
  log: () => undefined,
});

const database = connectTestDatabase();

async function snapshot(): Promise<unknown> {
  const [graph] = await database.read('RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH (m:BenchDataset) } AS markers');
  const indexes = await database.read('SHOW INDEXES YIELD name RETURN name ORDER BY name');
  return { graph, indexes };
}

describe('Benchmark: it never touches a database it did not write', () => {
  let before: unknown;

  beforeAll(async () => {
    before = await snapshot();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  afterAll(async () => {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a Neo4j it did not start that answers on its port, and starts nothing', async () => {
    await expect(runBenchmark(options({ port: testDatabasePort(), dataDir }))).rejects.toThrow(
      `Something already answers on 127.0.0.1:${testDatabasePort()}`,
    );
    expect(fs.existsSync(dataDir)).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a database named with BENCH_NEO4J_URI that holds nodes and no bench marker', async () => {
    const external = { uri: testDatabaseUri(), user: process.env['NEO4J_TEST_USER'] ?? 'neo4j', password: process.env['NEO4J_TEST_PASSWORD'] ?? '' };
    await expect(runBenchmark(options({ port: TEST_PORTS.lifecycle.unusedNeo4j, dataDir, external }))).rejects.toThrow(
      'holds nodes the bench did not write',
    );
    expect(await snapshot()).toEqual(before);
  });
});
