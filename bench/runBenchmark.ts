import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';

import { startLocalNeo4j } from '../src/database/startLocalNeo4j';
import { BENCH_QUERIES, SERVERS, benchRequest, type ServerName } from './benchQueries';
import type { ImportReport } from './importDataset';
import type { LoadReport } from './loadDataset';
import { measureQuery, type Measurement } from './measureQuery';
import { SyntheticGraph } from './syntheticGraph';
import { writeReport } from './writeReport';

export interface BenchOptions {
  sizes: number[];
  seed: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  neo4jPort: number;
  /** Each size gets its own folder below this one, so a later run reuses the loaded data. */
  dataDir: string;
  ports: Record<ServerName, number>;
  naiveSlice: number;
  batchSizes: number[];
  segment: number;
  /** Where latest.json and latest.md go; nothing is written when null. */
  resultsDir: string | null;
  log: (line: string) => void;
}

export interface Agreement {
  server: ServerName;
  equivalent: boolean;
  /** The first variant whose answer differed, with both normalised answers. */
  difference?: { variables: Record<string, string>; api: unknown; other: unknown };
}

export interface SizeResult {
  size: number;
  load: LoadReport;
  queries: { name: string; description: string; agreements: Agreement[]; results: Record<ServerName, Measurement> }[];
}

export interface BenchReport {
  startedAt: string;
  totalSeconds: number;
  options: Omit<BenchOptions, 'log' | 'resultsDir'>;
  machine: { cpus: number; node: string };
  sizes: SizeResult[];
}

const ROOT = path.resolve(__dirname, '..');
const tsx = (script: string, args: string[]) =>
  spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, script), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });

function collect(child: ChildProcess, log: (line: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).forEach(log));
    child.once('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${child.spawnargs.join(' ')} exited with ${code}`))));
  });
}

const lastLine = (output: string): unknown => JSON.parse(output.trim().split('\n').at(-1) ?? 'null');

/** Builds a new folder's graph with the offline importer, leaving the loaders' measured share out; null for a folder in use. */
async function importInChild(dataDir: string, size: number, options: BenchOptions): Promise<ImportReport | null> {
  const measured = options.naiveSlice + options.segment * options.batchSizes.length;
  const output = await collect(tsx('importDataset.ts', [dataDir, String(size), String(options.seed), String(measured)]), options.log);
  return lastLine(output) as ImportReport | null;
}

async function loadInChild(uri: string, size: number, imported: ImportReport | null, options: BenchOptions): Promise<LoadReport> {
  const args = [uri, String(size), String(options.seed), String(options.naiveSlice), String(options.segment), options.batchSizes.join(','), JSON.stringify(imported)];
  const output = await collect(tsx('loadDataset.ts', args), options.log);
  return lastLine(output) as LoadReport;
}

interface RunningServer {
  name: ServerName;
  url: string;
  child: ChildProcess;
}

function startServer(name: ServerName, uri: string, port: number, log: (line: string) => void): Promise<RunningServer> {
  const child = tsx('serveBenchServer.ts', [name, uri, String(port)]);
  child.stderr?.on('data', (chunk: Buffer) => log(`[${name}] ${chunk.toString().trim()}`));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${name} server exited with ${code} before it was ready`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /ready (\S+)/.exec(chunk.toString());
      if (match?.[1]) resolve({ name, url: match[1], child });
    });
  });
}

function stopServer(server: RunningServer): Promise<void> {
  if (server.child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.child.once('exit', () => resolve());
    server.child.kill('SIGTERM');
  });
}

async function answer(server: RunningServer, request: ReturnType<typeof benchRequest>): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.url}${request.path}`, { method: 'POST', headers: request.headers, body: request.body });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (!response.ok || body.errors) throw new Error(`${server.name} answered ${response.status}: ${JSON.stringify(body.errors)}`);
  return body.data ?? {};
}

/** Puts the first few variants to every server and compares the normalised answers with the API's. */
async function compareAnswers(query: (typeof BENCH_QUERIES)[number], variants: Record<string, string>[], servers: RunningServer[]): Promise<Agreement[]> {
  const api = servers.find((server) => server.name === 'api');
  if (!api) throw new Error('No API server');
  const agreements: Agreement[] = [];
  for (const server of servers.filter((candidate) => candidate.name !== 'api')) {
    let agreement: Agreement = { server: server.name, equivalent: true };
    for (const variables of variants.slice(0, 5)) {
      const ours = query.normalise.api(await answer(api, benchRequest(query, 'api', variables)));
      const theirs = query.normalise[server.name](await answer(server, benchRequest(query, server.name, variables)));
      if (!isDeepStrictEqual(ours, theirs)) {
        agreement = { server: server.name, equivalent: false, difference: { variables, api: ours, other: theirs } };
        break;
      }
    }
    agreements.push(agreement);
  }
  return agreements;
}

async function benchSize(size: number, options: BenchOptions): Promise<SizeResult> {
  const { log } = options;
  const dataDir = path.join(options.dataDir, `size-${size}`);
  const imported = await importInChild(dataDir, size, options);
  const neo4j = await startLocalNeo4j({ port: options.neo4jPort, dataDir, log });
  try {
    const load = await loadInChild(neo4j.uri, size, imported, options);
    const graph = new SyntheticGraph({ size, seed: options.seed });
    const starting = await Promise.allSettled(SERVERS.map((name) => startServer(name, neo4j.uri, options.ports[name], log)));
    const servers = starting.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
    const failure = starting.find((outcome) => outcome.status === 'rejected');
    if (failure) {
      // The servers that did start must not outlive a failed start of the others.
      await Promise.all(servers.map(stopServer));
      throw failure.reason;
    }
    try {
      const queries: SizeResult['queries'] = [];
      for (const [queryIndex, query] of BENCH_QUERIES.entries()) {
        const variants = query.variants(graph);
        if (variants.length === 0) throw new Error(`No variants of ${query.name} at size ${size}`);
        const agreements = await compareAnswers(query, variants, servers);
        for (const agreement of agreements) {
          log(`  ${size} ${query.name}: ${agreement.server} ${agreement.equivalent ? 'gives the same answers' : `DIFFERS: ${JSON.stringify(agreement.difference)}`}`);
        }
        const results = {} as Record<ServerName, Measurement>;
        // Interleaved, and in a rotating order, so that drift (page cache, JIT, GC) favours no server.
        for (let turn = 0; turn < servers.length; turn += 1) {
          const server = servers[(queryIndex + turn) % servers.length] as RunningServer;
          const requests = variants.map((variables) => benchRequest(query, server.name, variables));
          const common = { url: server.url, requests, connections: options.connections, serverPid: server.child.pid };
          if (options.warmupSeconds > 0) await measureQuery({ ...common, seconds: options.warmupSeconds });
          results[server.name] = await measureQuery({ ...common, seconds: options.seconds });
          const m = results[server.name];
          log(`  ${size} ${query.name.padEnd(8)} ${server.name.padEnd(5)} ${m.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${m.p50Ms} ms  p99 ${m.p99Ms} ms  errors ${m.errors}`);
        }
        queries.push({ name: query.name, description: query.description, agreements, results });
      }
      return { size, load, queries };
    } finally {
      await Promise.all(servers.map(stopServer));
    }
  } finally {
    await neo4j.stop();
  }
}

export async function runBenchmark(options: BenchOptions): Promise<BenchReport> {
  const started = Date.now();
  const sizes: SizeResult[] = [];
  for (const size of options.sizes) sizes.push(await benchSize(size, options));
  const { log, resultsDir, ...recorded } = options;
  const report: BenchReport = {
    startedAt: new Date(started).toISOString(),
    totalSeconds: (Date.now() - started) / 1000,
    options: recorded,
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    sizes,
  };
  if (resultsDir) {
    fs.mkdirSync(resultsDir, { recursive: true });
    fs.writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    fs.writeFileSync(path.join(resultsDir, 'latest.md'), writeReport(report));
    log(`Wrote ${path.relative(ROOT, path.join(resultsDir, 'latest.md'))} and latest.json`);
  }
  return report;
}

const numbers = (value: string | undefined, fallback: number[]) => (value ? value.split(',').map(Number) : fallback);

if (require.main === module) {
  const env = process.env;
  runBenchmark({
    sizes: numbers(env['BENCH_SIZES'], [10_000, 100_000]),
    seed: Number(env['BENCH_SEED'] ?? 42),
    seconds: Number(env['BENCH_SECONDS'] ?? 10),
    warmupSeconds: Number(env['BENCH_WARMUP_SECONDS'] ?? 2),
    connections: Number(env['BENCH_CONNECTIONS'] ?? 10),
    neo4jPort: Number(env['BENCH_NEO4J_PORT'] ?? 7703),
    dataDir: path.join(ROOT, '.data', 'neo4j-bench'),
    ports: { api: 4201, floor: 4202, peer: 4203 },
    naiveSlice: Number(env['BENCH_NAIVE_SLICE'] ?? 2000),
    batchSizes: numbers(env['BENCH_BATCH_SIZES'], [1000, 5000, 10_000, 20_000]),
    segment: Number(env['BENCH_SEGMENT'] ?? 20_000),
    resultsDir: path.join(__dirname, 'results'),
    log: (line) => process.stdout.write(`${line}\n`),
  }).then(
    (report) => {
      process.stdout.write(`\nDone in ${report.totalSeconds.toFixed(0)} s. Reproduce: BENCH_SIZES=${report.options.sizes.join(',')} BENCH_SECONDS=${report.options.seconds} npm run bench\n`);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
