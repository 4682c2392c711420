import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { boltAnswers } from './boltAnswers';
import { LAUNCHER_DIR, neo4jClasspath } from './neo4jClasspath';

export interface LocalNeo4jOptions {
  port: number;
  dataDir: string;
  /** Detached: keeps running after this process exits (db:start); otherwise it dies with it. */
  detached?: boolean;
  log?: (line: string) => void;
  startTimeoutMs?: number;
  /** Aborting it while Neo4j starts kills the starting process and rejects. */
  signal?: AbortSignal;
}

export interface LocalNeo4j {
  uri: string;
  /** True when a Neo4j already listened on the port, so nothing was started (and stop does nothing). */
  reused: boolean;
  pid?: number;
  /** Settles when the process ends, however it ends, saying how ("signal SIGKILL"); never for a reused one. */
  exited?: Promise<string>;
  /** SIGTERM, then SIGKILL if the clean shutdown takes too long. */
  stop(): Promise<void>;
  /** SIGKILL at once: for a stop that has run out of time. */
  kill(): void;
}

// A whole stop (API and Neo4j) must fit in the 15 s that process managers commonly allow.
const STOP_TIMEOUT_MS = 8_000;

export function pidFile(dataDir: string): string {
  return path.join(dataDir, 'neo4j.pid');
}

function howItEnded(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

function exited(child: ChildProcess): Promise<string> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(howItEnded(child.exitCode, child.signalCode));
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(howItEnded(code, signal))));
}

function tail(file: string): string {
  if (!fs.existsSync(file)) return '';
  return fs.readFileSync(file, 'utf8').split('\n').slice(-25).join('\n');
}

async function waitForBolt(child: ChildProcess, port: number, timeoutMs: number, logFile: string, signal?: AbortSignal): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let childExit: string | undefined;
  void exited(child).then((how) => (childExit = how));
  while (Date.now() < deadline) {
    if (signal?.aborted) {
      child.kill('SIGKILL');
      throw new Error('Starting Neo4j was abandoned: the process is stopping.');
    }
    if (childExit !== undefined) throw new Error(`Neo4j exited (${childExit}) before it answered:\n${tail(logFile)}`);
    if (await boltAnswers(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`Neo4j did not answer on port ${port} within ${timeoutMs} ms:\n${tail(logFile)}`);
}

/** Stops a Neo4j process: SIGTERM runs its shutdown hook (a clean checkpoint); SIGKILL if that hangs. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited(child);
  clearTimeout(killer);
}

/**
 * Starts Neo4j Community on 127.0.0.1:port with its data in dataDir, or reuses one that already
 * answers there. Attached (the default), the database stops when this process exits, however it
 * exits: the launcher watches its standard input, whose other end only this process holds.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const { port, detached = false, log = () => undefined, startTimeoutMs = 120_000 } = options;
  const uri = `bolt://127.0.0.1:${port}`;
  if (await boltAnswers(port)) {
    log(`A Neo4j already answers on ${uri}: using it.`);
    return { uri, reused: true, stop: async () => undefined, kill: () => undefined };
  }
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const classpath = await neo4jClasspath(log);
  const logFile = path.join(dataDir, 'neo4j-console.log');
  const output = fs.openSync(logFile, 'a');
  const args = ['-Xms256m', '-Xmx1g', '-XX:+UseG1GC', '-cp', classpath, 'Launcher.java', dataDir, String(port)];
  if (!detached) args.push('--exit-with-parent');
  log(`Starting Neo4j Community on ${uri} (data in ${path.relative(process.cwd(), dataDir) || dataDir})...`);
  const child = spawn('java', args, {
    cwd: LAUNCHER_DIR,
    detached,
    stdio: [detached ? 'ignore' : 'pipe', output, output],
  });
  fs.closeSync(output);
  await waitForBolt(child, port, startTimeoutMs, logFile, options.signal);
  if (detached) {
    fs.writeFileSync(pidFile(dataDir), String(child.pid));
    child.unref();
  }
  log(`Neo4j is up on ${uri}.`);
  return { uri, reused: false, pid: child.pid, exited: exited(child), stop: () => stopProcess(child), kill: () => child.kill('SIGKILL') };
}
