import path from 'node:path';

import { credentialsFromEnv } from './benchNeo4j';
import type { BenchOptions } from './runBenchmark';

// Away from Neo4j's 7687 and the test runs' 7688+, so the bench never lands on someone's database by default.
export const DEFAULT_NEO4J_PORT = 17687;
export const DEFAULT_PORT_BASE = 14201;

const ROOT = path.resolve(__dirname, '..');

function numbers(value: string | undefined, fallback: number[]): number[] {
  const parsed = value ? value.split(',').map(Number) : fallback;
  if (parsed.some((item) => !Number.isFinite(item) || item <= 0)) throw new Error(`Expected positive numbers, got "${value}"`);
  return parsed;
}

const number = (value: string | undefined, fallback: number) => numbers(value, [fallback])[0] as number;

/** `npm run bench`'s settings, from BENCH_* variables (bench/README.md lists them). */
export function benchOptionsFromEnv(env: NodeJS.ProcessEnv, log: (line: string) => void): BenchOptions {
  const portBase = number(env['BENCH_PORT_BASE'], DEFAULT_PORT_BASE);
  const externalUri = env['BENCH_NEO4J_URI'];
  return {
    sizes: numbers(env['BENCH_SIZES'], [10_000, 100_000]),
    seed: number(env['BENCH_SEED'], 42),
    rounds: number(env['BENCH_ROUNDS'], 3),
    seconds: number(env['BENCH_SECONDS'], 10),
    singleSeconds: number(env['BENCH_SINGLE_SECONDS'], 5),
    connections: number(env['BENCH_CONNECTIONS'], 10),
    warmUp: {
      seconds: number(env['BENCH_WARMUP_SECONDS'], 2),
      tolerance: 0.1,
      maxWindows: number(env['BENCH_WARMUP_MAX_WINDOWS'], 15),
    },
    preludeSeconds: number(env['BENCH_PRELUDE_SECONDS'], 10),
    neo4j: {
      port: number(env['BENCH_NEO4J_PORT'], DEFAULT_NEO4J_PORT),
      dataDir: path.join(ROOT, '.data', 'bench'),
      external: externalUri ? { uri: externalUri, ...credentialsFromEnv(env) } : undefined,
    },
    ports: { api: portBase, floor: portBase + 1, peer: portBase + 2 },
    naiveSlice: number(env['BENCH_NAIVE_SLICE'], 2000),
    batchSizes: numbers(env['BENCH_BATCH_SIZES'], [1000, 5000, 10_000, 20_000]),
    segment: number(env['BENCH_SEGMENT'], 20_000),
    loadersUpTo: number(env['BENCH_LOADERS_UP_TO'], 100_000),
    loadOnly: env['BENCH_LOAD_ONLY'] === '1',
    resultsDir: path.join(__dirname, 'results'),
    log,
  };
}
