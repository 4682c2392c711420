import { performance } from 'node:perf_hooks';

import { bodyLimitFor, loadConfig } from '../src/config';
import { startApiServer } from './apiServer';
import { fanOutQuery, longTermsRequest } from './hostileQueries';

/**
 * `npm run bench:refusals`: how fast the API refuses each hostile request of issue 13, measured here
 * because a test must not assert a duration (tests/integration/security.test.ts asserts the answers).
 * Every refusal comes before the database, so no Neo4j runs: the API points at a closed port.
 */

const RUNS = Number(process.env['REFUSALS_RUNS'] ?? 5);
const PORT = Number(process.env['REFUSALS_PORT'] ?? 4204);
const TOKEN = 'refusals-token-0123456789';
const WRITER = { authorization: `Bearer ${TOKEN}` };

interface Case {
  name: string;
  body: string;
  headers?: Record<string, string>;
}

const json = (value: unknown) => JSON.stringify(value);
const UPSERT = 'mutation ($input: EntityInput!) { upsertEntity(input: $input) { id } }';
const INGEST = 'mutation ($title: String!, $text: String!, $source: String) { ingestDocument(title: $title, text: $text, source: $source) { created } }';
const { MAX_DOCUMENT_BYTES } = loadConfig({});

const CASES: Case[] = [
  { name: '30-fragment fan-out', body: json({ query: fanOutQuery(30) }) },
  { name: '95-fragment fan-out', body: json({ query: fanOutQuery(95) }) },
  { name: 'resolve, 100 terms of 500 characters', body: json(longTermsRequest(100, 500)) },
  { name: 'subscription { x }', body: json({ query: 'subscription { x }' }) },
  {
    name: 'upsertEntity, a 9,000-character name',
    headers: WRITER,
    body: json({ query: UPSERT, variables: { input: { id: 'compound:probe', kind: 'Compound', name: 'n'.repeat(9000) } } }),
  },
  {
    name: 'upsertEntity, 100,000 aliases',
    headers: WRITER,
    body: json({ query: UPSERT, variables: { input: { id: 'compound:probe', kind: 'Compound', name: 'Probe', aliases: Array.from({ length: 100_000 }, (_, i) => `alias ${i}`) } } }),
  },
  { name: 'ingestDocument, a 5 MiB source', headers: WRITER, body: json({ query: INGEST, variables: { title: 'Probe', text: 'Kratom.', source: 's'.repeat(5 * 1024 * 1024) } }) },
  {
    name: `ingestDocument, ${MAX_DOCUMENT_BYTES} \\u0001 escapes (6 bytes each)`,
    headers: WRITER,
    body: json({ query: INGEST, variables: { title: 'Probe', text: '\u0001'.repeat(MAX_DOCUMENT_BYTES) } }),
  },
  { name: 'a body over MAX_BODY_BYTES', body: json({ query: '{ __typename }', variables: { padding: 'x'.repeat(bodyLimitFor(MAX_DOCUMENT_BYTES)) } }) },
];

async function send(url: string, { body, headers = {} }: Case): Promise<{ ms: number; status: number; code: string }> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const answer = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { ms: performance.now() - started, status: response.status, code: answer.errors?.[0]?.extensions?.code ?? '(none)' };
}

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return `${median.toFixed(1)} | ${(sorted.at(-1) ?? 0).toFixed(1)}`;
}

async function main(): Promise<void> {
  const server = await startApiServer({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: '' }, PORT, { API_TOKEN: TOKEN });
  try {
    console.log(`Refusals, ${RUNS} runs each (ms, median | max), API at ${server.url}, no database\n`);
    console.log('| request | body bytes | status | code | ms median | ms max |');
    console.log('|---|---|---|---|---|---|');
    for (const request of CASES) {
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await send(server.url, request));
      const { status, code } = runs[0]!;
      console.log(`| ${request.name} | ${Buffer.byteLength(request.body)} | ${status} | ${code} | ${summary(runs.map((run) => run.ms))} |`);
    }
    const health: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const fanOuts = Array.from({ length: 8 }, () => send(server.url, CASES[1]!));
      const started = performance.now();
      const response = await fetch(`${server.url}/health`);
      if (response.status !== 200) throw new Error(`/health answered ${response.status}`);
      health.push(performance.now() - started);
      await Promise.all(fanOuts);
    }
    console.log(`| /health while 8 95-fragment fan-outs are in flight | – | 200 | – | ${summary(health)} |`);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
