import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { GraphDatabase } from '../src/graph/graphDatabase';
import { credentialsEnv, openBenchNeo4j, type BenchNeo4jOptions, type Neo4jTarget } from './benchNeo4j';
import { assertBenchOwns } from './benchOwnership';
import { compileBenchServers } from './compileBenchServers';
import { BENCH_QUERIES, SERVERS, benchRequest, type ServerName } from './benchQueries';
import { applyBenchSchema } from './benchSchema';
import { compareAnswers, type Agreement } from './compareAnswers';
import type { LoadReport } from './loadDataset';
import { describeMachine, type Machine } from './machine';
import { measureQuery } from './measureQuery';
import { ratiosOf, summariseServer, type QueryRatios, type ServerRound, type ServerSummary } from './summariseQuery';
import type { ImportReport } from './importDataset';
import { SyntheticGraph } from './syntheticGraph';
import { warmUp } from './warmUp';
import { writeReport } from './writeReport';

export interface BenchOptions {
  sizes: number[];
  seed: number;
  /** Each round measures every query on every server; the order of queries and servers turns between rounds. */
  rounds: number;
  /** Seconds per measurement with `connections` connections, and per one-at-a-time measurement. */
  seconds: number;
  singleSeconds: number;
  connections: number;
  /** Warm-up windows of `seconds` each, until two in a row agree within `tolerance`, at most `maxWindows`. */
  warmUp: { seconds: number; tolerance: number; maxWindows: number };
  /** Before the first round, each server serves every query for this many seconds, unmeasured (0: none). */
  preludeSeconds: number;
  neo4j: BenchNeo4jOptions;
  ports: Record<ServerName, number>;
  naiveSlice: number;
  batchSizes: number[];
  segment: number;
  /**
   * The naive and bulk loaders are measured (on the last entities' relationships) at sizes up to this
   * one; a larger graph is imported whole, so its load time is the import's and the schema's alone.
   */
  loadersUpTo: number;
  /** Load each size (and its indexes) and stop there: no servers, no queries, no results written. */
  loadOnly?: boolean;
  /** Where latest.json and latest.md go; nothing is written when null. */
  resultsDir: string | null;
  log: (line: string) => void;
}

export interface QueryResult {
  name: string;
  description: string;
  /** Fields the peer's answer cannot carry, left out when comparing with it. */
  peerLacks: string | null;
  agreements: Agreement[];
  rounds: Record<ServerName, ServerRound[]>;
  summary: Record<ServerName, ServerSummary>;
  ratios: QueryRatios;
}

export interface SizeResult {
  size: number;
  load: LoadReport;
  queries: QueryResult[];
}

/** The options as recorded: where the database was, never its credentials. */
export type RecordedOptions = Omit<BenchOptions, 'log' | 'resultsDir' | 'neo4j'> & { neo4j: { port: number } | { uri: string } };

export interface BenchReport {
  startedAt: string;
  totalSeconds: number;
  options: RecordedOptions;
  machine: Machine;
  sizes: SizeResult[];
}

const ROOT = path.resolve(__dirname, '..');

function tsx(script: string, args: string[], target: Neo4jTarget | null, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...(target ? credentialsEnv(target) : {}), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function collect(child: ChildProcess, log: (line: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).forEach(log));
    child.once('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${child.spawnargs.join(' ')} exited with ${code}`))));
  });
}

const lastLine = (output: string): unknown => JSON.parse(output.trim().split('\n').at(-1) ?? 'null');

/**
 * Builds the graph of a data folder the bench's own Neo4j has never started in with the offline importer,
 * leaving out the share the loaders are measured on; null (nothing done) for any other folder.
 */
async function importInChild(dataDir: string, size: number, options: BenchOptions): Promise<ImportReport | null> {
  const measured = size <= options.loadersUpTo ? options.naiveSlice + options.segment * options.batchSizes.length : 0;
  const output = await collect(tsx('importDataset.ts', [dataDir, String(size), String(options.seed), String(measured)], null), options.log);
  return lastLine(output) as ImportReport | null;
}

async function loadInChild(target: Neo4jTarget, size: number, imported: ImportReport | null, options: BenchOptions): Promise<LoadReport> {
  const args = [target.uri, String(size), String(options.seed), String(options.naiveSlice), String(options.segment), options.batchSizes.join(','), JSON.stringify(imported)];
  const output = await collect(tsx('loadDataset.ts', args, target), options.log);
  return lastLine(output) as LoadReport;
}

/** Refuses a database holding what the bench did not write, then loads the data set and every server's indexes. */
async function prepareGraph(target: Neo4jTarget, size: number, imported: ImportReport | null, options: BenchOptions): Promise<LoadReport> {
  const database = GraphDatabase.connect({ ...target, database: 'neo4j', queryTimeoutMs: 600_000 });
  try {
    await assertBenchOwns(database, target.uri);
    const load = await loadInChild(target, size, imported, options);
    await applyBenchSchema(database);
    return load;
  } finally {
    await database.close();
  }
}

interface RunningServer {
  name: ServerName;
  url: string;
  child: ChildProcess;
}

function startServer(script: string, name: ServerName, target: Neo4jTarget, port: number, log: (line: string) => void): Promise<RunningServer> {
  // Compiled and with NODE_ENV=production, as `npm start` runs the API (all three alike).
  const child = spawn(process.execPath, [script, name, target.uri, String(port)], {
    cwd: ROOT,
    env: { ...process.env, ...credentialsEnv(target), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => log(`[${name}] ${chunk.toString().trim()}`));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${name} server exited with ${code} before it was ready (is port ${port} free?)`)));
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

async function startServers(target: Neo4jTarget, options: BenchOptions): Promise<RunningServer[]> {
  const script = await compileBenchServers();
  const starting = await Promise.allSettled(SERVERS.map((name) => startServer(script, name, target, options.ports[name], options.log)));
  const servers = starting.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  const failure = starting.find((outcome) => outcome.status === 'rejected');
  if (failure) {
    // The servers that did start must not outlive a failed start of the others.
    await Promise.all(servers.map(stopServer));
    throw failure.reason;
  }
  return servers;
}

const rotated = <T>(items: readonly T[], by: number): T[] => items.map((_, i) => items[(i + by) % items.length] as T);

/** One server's turn: warm up until steady, then measure loaded, then one request at a time. */
async function measureTurn(server: RunningServer, query: (typeof BENCH_QUERIES)[number], variants: Record<string, string>[], options: BenchOptions) {
  const requests = variants.map((variables) => benchRequest(query, server.name, variables));
  const common = { url: server.url, requests, serverPid: server.child.pid };
  const warm = await warmUp(
    async () => (await measureQuery({ ...common, connections: options.connections, seconds: options.warmUp.seconds })).requestsPerSecond,
    options.warmUp,
  );
  const loaded = await measureQuery({ ...common, connections: options.connections, seconds: options.seconds });
  const single = await measureQuery({ ...common, connections: 1, seconds: options.singleSeconds });
  return { warmUp: warm, loaded, single };
}

/**
 * Every server serves every query for a while before anything is measured. A turn's warm-up windows
 * settle that query, but a JIT goes on optimising the code all queries share (HTTP, GraphQL, the
 * driver) for a minute or more: without this, the first turns after a start measured a server still
 * climbing (the API's first entity turn at 780–800 req/s, 1,160–1,220 in later rounds).
 */
async function prelude(size: number, servers: readonly RunningServer[], variantsOf: ReadonlyMap<string, Record<string, string>[]>, options: BenchOptions): Promise<void> {
  if (options.preludeSeconds <= 0) return;
  for (const server of servers) {
    for (const query of BENCH_QUERIES) {
      const requests = (variantsOf.get(query.name) ?? []).map((variables) => benchRequest(query, server.name, variables));
      await measureQuery({ url: server.url, requests, serverPid: server.child.pid, connections: options.connections, seconds: options.preludeSeconds });
    }
  }
  options.log(`  ${size} prelude: every query on every server for ${options.preludeSeconds} s, unmeasured`);
}

async function measureSize(size: number, servers: RunningServer[], options: BenchOptions): Promise<QueryResult[]> {
  const { log } = options;
  const graph = new SyntheticGraph({ size, seed: options.seed });
  const variantsOf = new Map(BENCH_QUERIES.map((query) => [query.name, query.variants(graph)]));
  const agreementsOf = new Map<string, Agreement[]>();
  for (const query of BENCH_QUERIES) {
    const variants = variantsOf.get(query.name) ?? [];
    if (variants.length === 0) throw new Error(`No variants of ${query.name} at size ${size}`);
    const agreements = await compareAnswers(query, variants, servers);
    agreementsOf.set(query.name, agreements);
    for (const { server, variants: asked, equal, difference } of agreements) {
      log(`  ${size} ${query.name}: ${server} gives the API's answer to ${equal} of ${asked} variants${difference ? `; first difference: ${JSON.stringify(difference)}` : ''}`);
    }
  }
  await prelude(size, servers, variantsOf, options);
  const roundsOf = new Map(BENCH_QUERIES.map((query) => [query.name, { api: [], floor: [], peer: [] } as Record<ServerName, ServerRound[]>]));
  for (let round = 1; round <= options.rounds; round += 1) {
    // Queries and servers take turns going first, so drift (page cache, JIT, GC, other load) favours none.
    for (const query of rotated(BENCH_QUERIES, round - 1)) {
      const queryIndex = BENCH_QUERIES.indexOf(query);
      for (const [turn, server] of rotated(servers, round - 1 + queryIndex).entries()) {
        const measured = await measureTurn(server, query, variantsOf.get(query.name) ?? [], options);
        roundsOf.get(query.name)?.[server.name].push({ round, position: turn + 1, ...measured });
        const { loaded, single, warmUp: warm } = measured;
        log(
          `  ${size} round ${round} ${query.name.padEnd(8)} ${server.name.padEnd(5)} ${loaded.requestsPerSecond.toFixed(0).padStart(6)} req/s  ` +
            `p50 ${loaded.p50Ms.toFixed(2)} ms  p99 ${loaded.p99Ms.toFixed(2)} ms  one at a time p50 ${single.p50Ms.toFixed(2)} ms  errors ${loaded.errors + single.errors}  ` +
            `warm-up ${warm.windows.length} windows${warm.steady ? '' : ' (NOT steady)'}`,
        );
      }
    }
  }
  return BENCH_QUERIES.map((query) => {
    const rounds = roundsOf.get(query.name) as Record<ServerName, ServerRound[]>;
    return {
      name: query.name,
      description: query.description,
      peerLacks: query.peerLacks?.fields ?? null,
      agreements: agreementsOf.get(query.name) ?? [],
      rounds,
      summary: { api: summariseServer(rounds.api), floor: summariseServer(rounds.floor), peer: summariseServer(rounds.peer) },
      ratios: ratiosOf(rounds),
    };
  });
}

async function benchSize(size: number, options: BenchOptions): Promise<SizeResult> {
  const imported: { report: ImportReport | null } = { report: null };
  let started = process.hrtime.bigint();
  const neo4j = await openBenchNeo4j(options.neo4j, size, options.log, async (dataDir) => {
    imported.report = await importInChild(dataDir, size, options);
    started = process.hrtime.bigint();
  });
  options.log(`  Neo4j started in ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`);
  try {
    const load = await prepareGraph(neo4j.target, size, imported.report, options);
    if (options.loadOnly) return { size, load, queries: [] };
    const servers = await startServers(neo4j.target, options);
    try {
      return { size, load, queries: await measureSize(size, servers, options) };
    } finally {
      await Promise.all(servers.map(stopServer));
    }
  } finally {
    await neo4j.stop();
  }
}

function recorded(options: BenchOptions): RecordedOptions {
  const { sizes, seed, rounds, seconds, singleSeconds, connections, warmUp, preludeSeconds, neo4j, ports, naiveSlice, batchSizes, segment, loadersUpTo, loadOnly } = options;
  const where = neo4j.external ? { uri: neo4j.external.uri } : { port: neo4j.port };
  return { sizes, seed, rounds, seconds, singleSeconds, connections, warmUp, preludeSeconds, neo4j: where, ports, naiveSlice, batchSizes, segment, loadersUpTo, loadOnly };
}

export async function runBenchmark(options: BenchOptions): Promise<BenchReport> {
  const started = Date.now();
  const machine = describeMachine();
  const sizes: SizeResult[] = [];
  for (const size of options.sizes) sizes.push(await benchSize(size, options));
  const report: BenchReport = { startedAt: new Date(started).toISOString(), totalSeconds: (Date.now() - started) / 1000, options: recorded(options), machine, sizes };
  const { resultsDir, log } = options;
  if (resultsDir && !options.loadOnly) {
    fs.mkdirSync(resultsDir, { recursive: true });
    fs.writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    fs.writeFileSync(path.join(resultsDir, 'latest.md'), writeReport(report));
    log(`Wrote ${path.relative(ROOT, path.join(resultsDir, 'latest.md'))} and latest.json`);
  }
  return report;
}
