/**
 * Soak: the API under steady concurrent load for SOAK_SECONDS (default 180), with Neo4j stopped and
 * restarted once in the middle. Loopback only; its own Neo4j (port 7702, .data/neo4j-soak) and API
 * (port 4102). Fails (exit 1) on any 5xx outside the outage window, any acknowledged write missing
 * afterwards, or a heap more than 20% above its post-warm-up size. Run: `npm run soak`.
 */
import http from 'node:http';
import path from 'node:path';

import { loadConfig } from '../src/config';
import { startLocalNeo4j, type LocalNeo4j } from '../src/database/startLocalNeo4j';
import { GraphDatabase } from '../src/graph/graphDatabase';
import { runSeed } from '../src/seed/runSeed';
import { createApolloServer } from '../src/server/createApolloServer';
import { createApp } from '../src/server/createApp';

const SECONDS = Number(process.env['SOAK_SECONDS'] ?? 180);
const CLIENTS = Number(process.env['SOAK_CLIENTS'] ?? 6);
const WRITE_EVERY_MS = Number(process.env['SOAK_WRITE_EVERY_MS'] ?? 2000);
const NEO4J_PORT = 7702;
const API_PORT = 4102;
const TOKEN = 'soak-token-0123456789abcdef';
const WARM_UP_MS = 10_000;
/** After Neo4j answers again, requests already in flight may still fail; they count as the outage. */
const RECOVERY_GRACE_MS = 5000;

const READS = [
  { name: 'search', query: 'query ($t: String!) { search(text: $t, first: 10) { score entity { id name } } }', variables: () => ({ t: pick(['kratom', 'mitraginine', 'anxiety', '7-OH', 'withdrawal', 'nausea']) }) },
  {
    name: 'entity',
    query: 'query ($id: ID!) { entity(id: $id) { name relationships(first: 20) { type target { id name } evidence(first: 2) { quote document { title } } } } }',
    variables: () => ({ id: pick(['substance:kratom', 'compound:mitragynine', 'symptom:anxiety', 'substance:opioids']) }),
  },
  { name: 'subgraph', query: '{ subgraph(ids: ["substance:kratom"], depth: 2, limit: 200) { nodes { id label kind } edges { id source target type } } }', variables: () => ({}) },
  { name: 'paths', query: '{ paths(from: "substance:kratom", to: "symptom:anxiety", maxHops: 4, first: 5) { paths { length } } }', variables: () => ({}) },
  { name: 'list', query: '{ entities(kind: Symptom, first: 20) { totalCount nodes { id name } } }', variables: () => ({}) },
];

interface Sample {
  at: number;
  ms: number;
  status: number;
  codes: string[];
}

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)] as T;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
}

function memory(): { heapMb: number; rssMb: number } {
  global.gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapMb: Math.round(heapUsed / 1048576), rssMb: Math.round(rss / 1048576) };
}

async function post(body: unknown, authorized = false): Promise<{ status: number; json: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] } }> {
  const response = await fetch(`http://127.0.0.1:${API_PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorized ? { authorization: `Bearer ${TOKEN}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  try {
    return { status: response.status, json: JSON.parse(text) };
  } catch {
    return { status: response.status, json: {} };
  }
}

async function main(): Promise<void> {
  const log = (line: string) => console.log(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}`);
  if (!global.gc) log('No --expose-gc: memory figures are whatever V8 has not collected yet.');
  let neo4j: LocalNeo4j = await startLocalNeo4j({ port: NEO4J_PORT, dataDir: path.join('.data', 'neo4j-soak'), log });
  if (neo4j.reused) throw new Error(`Something already answers on ${NEO4J_PORT}; the soak needs a Neo4j it can stop.`);
  const config = loadConfig({ API_TOKEN: TOKEN, PORT: String(API_PORT), QUERY_TIMEOUT_MS: '3000', NEO4J_URI: neo4j.uri });
  const database = GraphDatabase.connect({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j', queryTimeoutMs: config.QUERY_TIMEOUT_MS });
  const seedDatabase = GraphDatabase.connect({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j', queryTimeoutMs: 120_000 });
  await runSeed(seedDatabase, { reset: true, maxDocumentBytes: config.MAX_DOCUMENT_BYTES, log: () => undefined });
  await seedDatabase.close();

  const httpServer = http.createServer();
  const apollo = createApolloServer({ httpServer, debug: false, log: () => undefined, limits: config });
  await apollo.start();
  httpServer.on('request', createApp({ apollo, database, config, isPrepared: () => true }));
  await new Promise<void>((resolve) => httpServer.listen(API_PORT, '127.0.0.1', resolve));
  log(`API on http://127.0.0.1:${API_PORT}/graphql; ${CLIENTS} clients for ${SECONDS} s, a write every ${WRITE_EVERY_MS} ms.`);

  const started = Date.now();
  const endAt = started + SECONDS * 1000;
  const samples: Sample[] = [];
  const acknowledged: string[] = [];
  let writeFailures = 0;
  let outage: { from: number; to: number } | undefined;
  let startMemory: { heapMb: number; rssMb: number } | undefined;

  const client = async () => {
    while (Date.now() < endAt) {
      const read = pick(READS);
      const at = Date.now();
      try {
        const { status, json } = await post({ query: read.query, variables: read.variables() });
        samples.push({ at, ms: Date.now() - at, status, codes: (json.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE') });
      } catch {
        samples.push({ at, ms: Date.now() - at, status: 0, codes: ['CONNECTION_FAILED'] });
      }
    }
  };

  const writer = async () => {
    for (let n = 0; Date.now() < endAt; n += 1) {
      const text = `Soak document ${n} at ${Date.now()}. Kratom contains mitragynine, which acts on the mu-opioid receptor. Kratom may ease anxiety and nausea.`;
      const at = Date.now();
      try {
        const { status, json } = await post(
          { query: 'mutation ($t: String!, $x: String!) { ingestDocument(title: $t, text: $x) { document { id } } }', variables: { t: `Soak ${n}`, x: text } },
          true,
        );
        samples.push({ at, ms: Date.now() - at, status, codes: (json.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE') });
        const report = json.data?.['ingestDocument'] as { document?: { id?: string } } | undefined;
        if (report?.document?.id) acknowledged.push(report.document.id);
        else writeFailures += 1;
      } catch {
        writeFailures += 1;
      }
      await new Promise((resolve) => setTimeout(resolve, WRITE_EVERY_MS));
    }
  };

  const chaos = async () => {
    await new Promise((resolve) => setTimeout(resolve, WARM_UP_MS));
    startMemory = memory();
    log(`Warmed up: heap ${startMemory.heapMb} MB, RSS ${startMemory.rssMb} MB.`);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + SECONDS * 400 - Date.now())));
    const from = Date.now();
    log('Stopping Neo4j.');
    await neo4j.stop();
    await new Promise((resolve) => setTimeout(resolve, 5000));
    log('Starting Neo4j again.');
    neo4j = await startLocalNeo4j({ port: NEO4J_PORT, dataDir: path.join('.data', 'neo4j-soak'), log: () => undefined });
    while (!(await database.isReachable())) await new Promise((resolve) => setTimeout(resolve, 250));
    outage = { from, to: Date.now() + RECOVERY_GRACE_MS };
    log(`Neo4j answers again after ${((Date.now() - from) / 1000).toFixed(1)} s.`);
  };

  await Promise.all([...Array.from({ length: CLIENTS }, client), writer(), chaos()]);
  const endMemory = memory();

  // Every acknowledged write must have survived, the restart included.
  let lost = 0;
  for (const id of acknowledged) {
    const { json } = await post({ query: 'query ($id: ID!) { document(id: $id) { id } }', variables: { id } });
    if ((json.data?.['document'] as { id?: string } | null | undefined)?.id !== id) lost += 1;
  }

  await apollo.stop();
  await database.close();
  await neo4j.stop();

  const window = outage ?? { from: Infinity, to: Infinity };
  const phases = {
    // A request belongs to the outage when any part of it overlapped the window.
    before: samples.filter((s) => s.at + s.ms < window.from),
    during: samples.filter((s) => s.at + s.ms >= window.from && s.at <= window.to),
    after: samples.filter((s) => s.at > window.to),
  };
  const codes = new Map<string, number>();
  for (const sample of samples) for (const code of sample.codes) codes.set(code, (codes.get(code) ?? 0) + 1);
  const serverErrorsOutside = [...phases.before, ...phases.after].filter((s) => s.status >= 500 || s.status === 0).length;

  console.log('\nSoak report');
  console.log(`  duration ${SECONDS} s, ${CLIENTS} read clients + 1 writer; requests ${samples.length} (${(samples.length / SECONDS).toFixed(0)}/s)`);
  for (const [name, list] of Object.entries(phases)) {
    const latencies = list.map((s) => s.ms);
    const failed = list.filter((s) => s.codes.length > 0 || s.status >= 400).length;
    console.log(`  ${name.padEnd(6)} ${String(list.length).padStart(6)} requests, ${String(failed).padStart(5)} with errors, p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms`);
  }
  console.log(`  outage window ${outage ? `${((outage.to - outage.from) / 1000).toFixed(1)} s (stop → answering again + ${RECOVERY_GRACE_MS / 1000} s grace)` : 'never happened'}`);
  console.log(`  error codes: ${codes.size ? [...codes].map(([code, n]) => `${code} ${n}`).join(', ') : 'none'}`);
  console.log(`  5xx or dropped connections outside the outage: ${serverErrorsOutside}`);
  console.log(`  writes: ${acknowledged.length} acknowledged, ${writeFailures} refused, ${lost} acknowledged but lost`);
  console.log(`  memory: heap ${startMemory?.heapMb} → ${endMemory.heapMb} MB, RSS ${startMemory?.rssMb} → ${endMemory.rssMb} MB (whole process: API, driver and load clients)`);

  const failures: string[] = [];
  if (!outage) failures.push('the outage never happened');
  if (serverErrorsOutside > 0) failures.push(`${serverErrorsOutside} 5xx answers outside the outage`);
  if (lost > 0) failures.push(`${lost} acknowledged writes lost`);
  if (acknowledged.length === 0) failures.push('no write was acknowledged');
  if (phases.after.length === 0 || phases.after.every((s) => s.codes.length > 0)) failures.push('no successful request after the outage');
  if (startMemory && endMemory.heapMb > startMemory.heapMb * 1.2) failures.push(`heap grew more than 20% (${startMemory.heapMb} → ${endMemory.heapMb} MB)`);
  console.log(failures.length ? `\nSOAK FAILED: ${failures.join('; ')}` : '\nSOAK PASSED');
  process.exit(failures.length ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
