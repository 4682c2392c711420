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
const ROUNDS = 2;

describe('Benchmark: smoke run at 200 entities', () => {
  let report: BenchReport;
  const logged: string[] = [];
  const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'));

  // Neo4j, a data set, three servers and two short rounds of load: minutes on a loaded 2-core machine.
  beforeAll(async () => {
    report = await runBenchmark({
      sizes: [200],
      seed: 7,
      rounds: ROUNDS,
      seconds: 0.5,
      singleSeconds: 0.25,
      connections: 2,
      warmUp: { seconds: 0.25, tolerance: 0.1, maxWindows: 2 },
      preludeSeconds: 0.25,
      neo4j: { port: SMOKE_NEO4J_PORT, dataDir: path.resolve(__dirname, '..', '..', '.data', `bench-smoke-${SMOKE_NEO4J_PORT}`) },
      ports: TEST_PORTS.benchSmoke,
      naiveSlice: 50,
      batchSizes: [100, 500],
      segment: 200,
      loadersUpTo: 200,
      resultsDir,
      log: (line) => logged.push(line),
    });
  }, 600_000);

  afterAll(() => fs.rmSync(resultsDir, { recursive: true, force: true }));

  it('serves every query on every server before the first round, unmeasured', () => {
    const prelude = logged.findIndex((line) => line.includes('prelude: every query on every server'));
    expect(prelude).toBeGreaterThanOrEqual(0);
    expect(prelude).toBeLessThan(logged.findIndex((line) => line.includes(' round 1 ')));
  });

  it('measures every query on every server in every round, loaded and one at a time, without errors', () => {
    const [size] = report.sizes;
    expect(size?.queries.map((query) => query.name)).toEqual(BENCH_QUERIES.map((query) => query.name));
    for (const query of size?.queries ?? []) {
      for (const server of SERVERS) {
        const rounds = query.rounds[server];
        expect(rounds.map(({ round }) => round)).toEqual([1, 2]);
        for (const { loaded, single, warmUp } of rounds) {
          expect({ query: query.name, server, errors: loaded.errors + single.errors }).toEqual({ query: query.name, server, errors: 0 });
          expect(loaded.requests).toBeGreaterThan(0);
          expect(single.requests).toBeGreaterThan(0);
          expect(warmUp.windows.length).toBeGreaterThanOrEqual(2);
        }
        expect(query.summary[server].p50Ms.median).toEqual(expect.any(Number));
      }
      expect(query.ratios.throughputVsPeer.median).toBeGreaterThan(0);
    }
  });

  it('turns the order of the servers between rounds', () => {
    const [query] = report.sizes[0]?.queries ?? [];
    const first = (round: number) => SERVERS.find((server) => query?.rounds[server].find((turn) => turn.round === round)?.position === 1);
    expect(first(1)).not.toEqual(first(2));
  });

  it('gets the same whole answer from the API, the floor and the peer for every variant', () => {
    for (const query of report.sizes[0]?.queries ?? []) {
      for (const { server, variants, equal, difference } of query.agreements) {
        expect({ query: query.name, server, equal, difference }).toEqual({ query: query.name, server, equal: variants, difference: undefined });
        expect(variants).toBeGreaterThan(0);
      }
    }
  });

  it('writes the report files with the machine it ran on', () => {
    expect(fs.readFileSync(path.join(resultsDir, 'latest.md'), 'utf8')).toContain('## Queries at 200 entities');
    const written = JSON.parse(fs.readFileSync(path.join(resultsDir, 'latest.json'), 'utf8')) as BenchReport;
    expect(written.machine).toEqual(expect.objectContaining({ cpus: expect.any(Number), cpuModel: expect.any(String), loadAverageAtStart: expect.any(Array) }));
  });
});
