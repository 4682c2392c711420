import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { BENCH_QUERIES, SERVERS } from '../../bench/benchQueries';
import { runBenchmark, type BenchReport } from '../../bench/runBenchmark';
import { TEST_PORTS } from '../support/testPorts';

// The benchmark machinery at a tiny size, on a Neo4j of its own (the shared test database is reset
// by global set-up, and the benchmark resets its own), so the benchmark cannot rot unnoticed.
// Figures are not asserted: timings belong to the report, not to a test.
const SMOKE_NEO4J_PORT = TEST_PORTS.benchSmokeNeo4j;

describe('Benchmark: smoke run at 200 entities', () => {
  let report: BenchReport;
  const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'));

  // Neo4j, a data set, three servers and a second of load on each: minutes on a loaded 2-core machine.
  beforeAll(async () => {
    report = await runBenchmark({
      sizes: [200],
      seed: 7,
      seconds: 1,
      warmupSeconds: 0,
      connections: 2,
      neo4jPort: SMOKE_NEO4J_PORT,
      dataDir: path.resolve(__dirname, '..', '..', '.data', `neo4j-bench-smoke-${SMOKE_NEO4J_PORT}`),
      ports: TEST_PORTS.benchSmoke,
      naiveSlice: 50,
      batchSizes: [100, 500],
      segment: 200,
      resultsDir,
      log: () => undefined,
    });
  }, 600_000);

  afterAll(() => fs.rmSync(resultsDir, { recursive: true, force: true }));

  it('measures every query on every server, without errors', () => {
    const [size] = report.sizes;
    expect(size?.queries.map((query) => query.name)).toEqual(BENCH_QUERIES.map((query) => query.name));
    for (const query of size?.queries ?? []) {
      for (const server of SERVERS) {
        const result = query.results[server];
        expect({ query: query.name, server, errors: result.errors }).toEqual({ query: query.name, server, errors: 0 });
        expect(result.requests).toBeGreaterThan(0);
        expect(result.requestsPerSecond).toBeGreaterThan(0);
        expect(result.p50Ms).toEqual(expect.any(Number));
        expect(result.p99Ms).toEqual(expect.any(Number));
      }
    }
  });

  it('gets the same answers from the API, the floor and the peer', () => {
    for (const query of report.sizes[0]?.queries ?? []) {
      for (const agreement of query.agreements) expect({ query: query.name, ...agreement }).toEqual({ query: query.name, server: agreement.server, equivalent: true });
    }
  });

  it('writes the report files', () => {
    expect(fs.readFileSync(path.join(resultsDir, 'latest.md'), 'utf8')).toContain('## Queries at 200 entities');
    expect(JSON.parse(fs.readFileSync(path.join(resultsDir, 'latest.json'), 'utf8'))).toHaveProperty('sizes');
  });
});
