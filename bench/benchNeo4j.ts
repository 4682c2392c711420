import path from 'node:path';

import { boltAnswers } from '../src/database/boltAnswers';
import { startLocalNeo4j } from '../src/database/startLocalNeo4j';

/** Where the bench's servers and loader connect, and as whom. */
export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
}

/**
 * Either the bench starts its own Neo4j on `port`, one data folder per size below `dataDir`, or the
 * user names one explicitly with `external` (BENCH_NEO4J_URI and its credentials).
 */
export interface BenchNeo4jOptions {
  port: number;
  dataDir: string;
  external?: Neo4jTarget;
}

export interface BenchNeo4j {
  target: Neo4jTarget;
  stop(): Promise<void>;
}

// The children the bench spawns (loader, servers) read the credentials from here, never from argv.
export const CREDENTIAL_VARIABLES = { user: 'BENCH_NEO4J_USER', password: 'BENCH_NEO4J_PASSWORD' } as const;

export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): Omit<Neo4jTarget, 'uri'> {
  return { user: env[CREDENTIAL_VARIABLES.user] ?? 'neo4j', password: env[CREDENTIAL_VARIABLES.password] ?? '' };
}

export function credentialsEnv(target: Neo4jTarget): Record<string, string> {
  return { [CREDENTIAL_VARIABLES.user]: target.user, [CREDENTIAL_VARIABLES.password]: target.password };
}

/**
 * The database one size is measured on. A Neo4j the bench did not start is used only when named
 * explicitly: one that merely answers on the bench's port may be the user's own, and the bench resets
 * what it loads into, so it refuses rather than reuse it.
 */
export async function openBenchNeo4j(
  options: BenchNeo4jOptions,
  size: number,
  log: (line: string) => void,
  /** Runs on the bench's own data folder once the port is known free, before Neo4j starts in it. */
  beforeStart: (dataDir: string) => Promise<void> = async () => undefined,
): Promise<BenchNeo4j> {
  if (options.external) {
    log(`Using the Neo4j named by BENCH_NEO4J_URI, ${options.external.uri}.`);
    return { target: options.external, stop: async () => undefined };
  }
  const refusal =
    `Something already answers on 127.0.0.1:${options.port}, the port the bench starts its own Neo4j on. ` +
    'It may be a database the bench did not write, so the bench will not use it. Free the port, choose another ' +
    'with BENCH_NEO4J_PORT, or name a database explicitly with BENCH_NEO4J_URI (and BENCH_NEO4J_USER, BENCH_NEO4J_PASSWORD).';
  if (await boltAnswers(options.port)) throw new Error(refusal);
  const dataDir = path.join(options.dataDir, `size-${size}`);
  await beforeStart(dataDir);
  // A large store on a busy shared machine can take minutes to open.
  const neo4j = await startLocalNeo4j({ port: options.port, dataDir, log, startTimeoutMs: 600_000 });
  // Something may have taken the port between the check and the start.
  if (neo4j.reused) throw new Error(refusal);
  return { target: { uri: neo4j.uri, ...credentialsFromEnv({}) }, stop: () => neo4j.stop() };
}
