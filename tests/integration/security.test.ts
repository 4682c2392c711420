import fs from 'node:fs';
import path from 'node:path';

import { fanOutQuery, longTermsRequest } from '../../bench/hostileQueries';
import { bodyLimitFor } from '../../src/config';
import { INPUT_LIMITS } from '../../src/domain/inputRules';
import type { GraphDatabase } from '../../src/graph/graphDatabase';
import { readStats } from '../../src/graph/readStats';
import { documentId } from '../../src/ingestion/documentId';
import { checksumOf } from '../../src/ingestion/ingestDocument';
import { SEED_DIR } from '../../src/seed/runSeed';
import { startAppOn, type AppOn } from '../support/startAppOn';
import { connectTestDatabase } from '../support/testDatabase';
import { TEST_API_TOKEN } from '../support/testServer';

/**
 * What probing from outside found (issue 13), each pinned by the safe answer over real HTTP against
 * the real server: hostile queries refused before they cost anything, no schema hints in production,
 * unsupported operations and bad input refused as the client's fault, concurrent writes on one
 * document answered truthfully, security headers on every page. Nothing here asserts a duration:
 * `npm run bench:refusals` measures how fast the refusals come.
 */

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const WRITER = { authorization: `Bearer ${TEST_API_TOKEN}` };

async function bodyOf(response: Response): Promise<GraphQLBody> {
  return (await response.json()) as GraphQLBody;
}

function codesOf(body: GraphQLBody): unknown[] {
  return (body.errors ?? []).map((error) => error.extensions?.['code']);
}

describe('Security: hostile requests get a safe answer', () => {
  let database: GraphDatabase;
  let app: AppOn;
  const logged: string[] = [];

  beforeAll(async () => {
    database = connectTestDatabase();
    app = await startAppOn(database, {}, (line) => logged.push(line));
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  describe('query analysis is linear in the document', () => {
    it.each([30, 95])('refuses a %i-fragment fan-out with QUERY_TOO_COMPLEX', async (fragmentCount) => {
      const response = await app.post({ query: fanOutQuery(fragmentCount) });
      const body = await bodyOf(response);
      expect(codesOf(body)).toContain('QUERY_TOO_COMPLEX');
      expect(body.data).toBeUndefined();
    });

    it('keeps /health answering while fan-outs are in flight', async () => {
      const fanOuts = Array.from({ length: 8 }, () => app.post({ query: fanOutQuery(95) }).then(bodyOf));
      const health = await fetch(`${app.url}/health`);
      expect(health.status).toBe(200);
      for (const body of await Promise.all(fanOuts)) expect(codesOf(body)).toContain('QUERY_TOO_COMPLEX');
    });

    it('refuses 100 long terms in resolve as the client’s error, before the database', async () => {
      const body = await bodyOf(await app.post(longTermsRequest(100, 500)));
      expect(['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX']).toContain(codesOf(body)[0]);
      expect(body.errors?.[0]?.message).toMatch(/20/);
    });
  });

  describe('no schema hints in production', () => {
    const enumInArgument = '{ subgraph(ids: ["compound:mitragynine"], kinds: [Compoun]) { truncated } }';
    const enumInVariable = {
      query: 'query ($kinds: [EntityKind!]) { subgraph(ids: ["compound:mitragynine"], kinds: $kinds) { truncated } }',
      variables: { kinds: ['Compoun'] },
    };

    it('suggests enum values in development', async () => {
      const development = await startAppOn(database, { NODE_ENV: 'development' });
      try {
        for (const request of [{ query: enumInArgument }, enumInVariable]) {
          const body = await bodyOf(await development.post(request));
          expect(body.errors?.[0]?.message).toMatch(/Did you mean the enum value "Compound"\?/);
        }
      } finally {
        await development.close();
      }
    });

    it('hides enum values and field names under NODE_ENV=production, in arguments and variables', async () => {
      const production = await startAppOn(database, { NODE_ENV: 'production' });
      try {
        const requests = [{ query: enumInArgument }, enumInVariable, { query: '{ serch(text: "kratom") { score } }' }];
        for (const request of requests) {
          const body = await bodyOf(await production.post(request));
          expect(body.errors?.[0]?.message).toMatch(/does not exist|Cannot query field/);
          expect(body.errors?.[0]?.message).not.toMatch(/Did you mean|Compound"|"search"/);
        }
      } finally {
        await production.close();
      }
    });
  });

  describe('an operation type the schema lacks', () => {
    it.each([
      ['application/json', 200],
      ['application/graphql-response+json', 400],
    ])('answers `subscription { x }` with a validation error (accept %s: %i) and logs no stack trace', async (accept, status) => {
      const before = logged.length;
      const response = await app.post({ query: 'subscription { x }' }, { accept });
      expect(response.status).toBe(status);
      const body = await bodyOf(response);
      expect(body.errors?.[0]).toMatchObject({
        message: 'The subscription operation is not supported by the schema.',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
      expect(logged.slice(before)).toEqual([]);
    });
  });

  describe('input rules, the same for the API and the seed', () => {
    const UPSERT = 'mutation ($input: EntityInput!) { upsertEntity(input: $input) { id name aliases } }';
    const INGEST = 'mutation ($title: String!, $text: String!, $source: String) { ingestDocument(title: $title, text: $text, source: $source) { created } }';
    const entity = (fields: Record<string, unknown>) => ({ id: 'compound:security-probe', kind: 'Compound', name: 'Security probe', ...fields });

    async function upsert(fields: Record<string, unknown>): Promise<GraphQLBody> {
      return bodyOf(await app.post({ query: UPSERT, variables: { input: entity(fields) } }, WRITER));
    }

    async function ingest(variables: Record<string, unknown>): Promise<GraphQLBody> {
      return bodyOf(await app.post({ query: INGEST, variables: { title: 'Security probe', text: 'Kratom contains mitragynine.', ...variables } }, WRITER));
    }

    function expectRefused(body: GraphQLBody, message: string): void {
      expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toContain(message);
      expect(body.data ?? null).toBeNull();
    }

    afterAll(async () => {
      await database.write('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id: 'compound:security-probe' });
    });

    it.each([
      ['a 9,000-character name', { name: 'n'.repeat(9000) }, `'name' may be at most ${INPUT_LIMITS.name} characters; got 9000.`],
      ['100,000 aliases', { aliases: Array.from({ length: 100_000 }, (_, i) => `alias ${i}`) }, `'aliases' may have at most ${INPUT_LIMITS.aliases} items; got 100000.`],
      ['a long alias', { aliases: ['ok', 'a'.repeat(INPUT_LIMITS.alias + 1)] }, `'aliases[1]' may be at most ${INPUT_LIMITS.alias} characters`],
      ['a control character in a name', { name: 'Mitra\u0001gynine' }, "'name' contains the control character U+0001 at offset 5"],
      ['a line break in an alias', { aliases: ['two\nlines'] }, "'aliases[0]' contains the control character U+000A"],
      ['a lone surrogate in a name', { name: 'Mitra\ud800gynine' }, "'name' is not valid Unicode: a lone surrogate U+D800 at offset 5"],
      ['too many external references', { xrefs: Array.from({ length: 21 }, (_, i) => ({ database: `db${i}`, id: '1' })) }, `'xrefs' may have at most ${INPUT_LIMITS.xrefs} items`],
    ])('upsertEntity refuses %s with BAD_USER_INPUT naming the field and the limit', async (_case, fields, message) => {
      expectRefused(await upsert(fields), message);
      const found = await bodyOf(await app.post({ query: '{ entity(id: "compound:security-probe") { id } }' }));
      expect(found.data?.['entity']).toBeNull();
    });

    it('accepts a name and aliases at their limits, in 4-byte characters, and Neo4j indexes them', async () => {
      const wide = '𝔸'.repeat(INPUT_LIMITS.name);
      const aliases = Array.from({ length: INPUT_LIMITS.aliases }, (_, i) => `${i}${'𝔸'.repeat(INPUT_LIMITS.alias - String(i).length)}`);
      const body = await upsert({ name: wide, aliases });
      expect(body.errors).toBeUndefined();
      expect(body.data?.['upsertEntity']).toMatchObject({ name: wide, aliases });
    });

    it.each([
      ['a NUL in the title', { title: 'Kratom\u0000 notes' }, "'title' contains the control character U+0000 at offset 6"],
      ['a title over the limit', { title: 't'.repeat(INPUT_LIMITS.title + 1) }, `'title' may be at most ${INPUT_LIMITS.title} characters`],
      ['a 5 MiB source', { source: 's'.repeat(5 * 1024 * 1024) }, `'source' may be at most ${INPUT_LIMITS.source} characters; got 5242880.`],
      ['a C0 control character in the text', { text: 'Kratom\u0007 contains mitragynine.' }, "'text' contains the control character U+0007 at offset 6"],
      ['a C1 control character in the text', { text: 'Kratom\u0085 contains mitragynine.' }, "'text' contains the control character U+0085 at offset 6"],
      ['a lone surrogate in the text', { text: 'Kratom \udc00 contains mitragynine.' }, "'text' is not valid Unicode: a lone surrogate U+DC00 at offset 7"],
    ])('ingestDocument refuses %s with BAD_USER_INPUT', async (_case, variables, message) => {
      const before = await readStats(database);
      expectRefused(await ingest(variables), message);
      expect(await readStats(database)).toEqual(before);
    });

    it('refuses a body that is not valid UTF-8 instead of storing U+FFFD', async () => {
      const json = Buffer.from(JSON.stringify({ query: INGEST, variables: { title: 'Security probe', text: 'Kratom XX contains mitragynine.' } }));
      const at = json.indexOf('XX');
      json[at] = 0xc3;
      json[at + 1] = 0x28;
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...WRITER },
        body: json,
      });
      expect(response.status).toBe(400);
      expect(codesOf(await bodyOf(response))).toEqual(['BAD_REQUEST']);
    });
  });

  describe('the body limit leaves room for any document under the document limit', () => {
    const MAX_DOCUMENT_BYTES = 30_000;
    let small: AppOn;
    beforeAll(async () => {
      small = await startAppOn(database, { MAX_DOCUMENT_BYTES: String(MAX_DOCUMENT_BYTES) });
    });
    afterAll(() => small.close());

    /** A JSON body with every non-ASCII or control character of `text` escaped as \uXXXX, the worst a client may send. */
    function escapedBody(text: string): string {
      const query = 'mutation ($text: String!) { ingestDocument(title: "Escaped probe", text: $text) { created document { id } } }';
      return JSON.stringify({ query, variables: { text } }).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    }

    it('is derived from MAX_DOCUMENT_BYTES', () => {
      expect(small.config.MAX_BODY_BYTES).toBe(bodyLimitFor(MAX_DOCUMENT_BYTES));
    });

    it('takes a document of "é" at the limit sent as \\u00e9 escapes (3 times its size)', async () => {
      const text = 'é'.repeat(MAX_DOCUMENT_BYTES / 2);
      const body = escapedBody(text);
      expect(body.length).toBeGreaterThan(3 * MAX_DOCUMENT_BYTES);
      const answer = await bodyOf(await small.post(body, WRITER));
      expect(answer.errors).toBeUndefined();
      const report = answer.data?.['ingestDocument'] as { created: boolean; document: { id: string } };
      expect(report.created).toBe(true);
      const deleted = await bodyOf(await small.post({ query: 'mutation ($id: ID!) { deleteDocument(id: $id) { documentId } }', variables: { id: report.document.id } }, WRITER));
      expect(deleted.errors).toBeUndefined();
    });

    it('names the control character of a document of \\u0001 escapes (6 times its size) instead of answering 413', async () => {
      const body = escapedBody('\u0001'.repeat(MAX_DOCUMENT_BYTES));
      expect(body.length).toBeGreaterThan(6 * MAX_DOCUMENT_BYTES);
      const response = await small.post(body, WRITER);
      expect(response.status).toBe(200);
      const answer = await bodyOf(response);
      expect(answer.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(answer.errors?.[0]?.message).toContain("'text' contains the control character U+0001 at offset 0");
    });

    it('still answers 413 past it', async () => {
      const response = await small.post({ query: '{ __typename }', variables: { padding: 'x'.repeat(bodyLimitFor(MAX_DOCUMENT_BYTES)) } });
      expect(response.status).toBe(413);
      expect(codesOf(await bodyOf(response))).toEqual(['QUERY_TOO_COMPLEX']);
    });
  });

  describe('concurrent writes on one document', () => {
    const INGEST = 'mutation ($title: String!, $text: String!) { ingestDocument(title: $title, text: $text) { created document { id } } }';
    const DELETE = 'mutation ($id: ID!) { deleteDocument(id: $id) { documentId } }';
    const corpus = fs.readFileSync(path.join(SEED_DIR, 'documents', 'kratom-opioid-withdrawal.txt'), 'utf8');

    /** A document of its own (a marker keeps its checksum apart from the seed's), long enough to take a while to store. */
    function probeDocument(marker: string, copies: number) {
      const title = `Concurrency probe ${marker}`;
      const text = `${marker}\n\n${Array.from({ length: copies }, () => corpus).join('\n\n')}`;
      return { title, text, id: `${documentId(title)}-${checksumOf(text).slice(0, 12)}` };
    }

    async function remove(id: string): Promise<GraphQLBody> {
      return bodyOf(await app.post({ query: DELETE, variables: { id } }, WRITER));
    }

    it('tells exactly one of 20 simultaneous ingests of one document that it created it', async () => {
      const document = probeDocument(`twenty ${Date.now()}`, 1);
      const before = await readStats(database);
      const answers = await Promise.all(
        Array.from({ length: 20 }, async () => bodyOf(await app.post({ query: INGEST, variables: document }, WRITER))),
      );
      for (const answer of answers) expect(answer.errors).toBeUndefined();
      const created = answers.filter((answer) => (answer.data?.['ingestDocument'] as { created: boolean }).created);
      expect(created).toHaveLength(1);
      expect((await readStats(database)).documents).toBe(before.documents + 1);
      expect((await remove(document.id)).errors).toBeUndefined();
      expect(await readStats(database)).toEqual(before);
    });

    it('answers deleteDocument with a retryable CONFLICT while another transaction writes the same document', async () => {
      // A delete waits for the lock on the document's id; with a 1 s timeout it cannot outwait this writer.
      const quickDatabase = connectTestDatabase(1000);
      const quick = await startAppOn(quickDatabase);
      const id = `document:lock-probe-${Date.now()}`;
      let release = () => undefined as void;
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let locked = () => undefined as void;
      const holding = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const writer = database
        .inWriteTransaction(async (run) => {
          await run('MERGE (d:Document {id: $id})', { id });
          locked();
          await released;
          throw new Error('rolled back on purpose');
        })
        .catch(() => undefined);
      try {
        await holding;
        const answer = await bodyOf(await quick.post({ query: DELETE, variables: { id } }, WRITER));
        // Which side gives up first decides the code: Neo4j stopping the lock wait (CONFLICT) or, when
        // its timeout monitor is slower than our own abort a second after the timeout, our deadline
        // (TIMEOUT). Both say "retry"; neither is the internal error this used to be.
        expect(['CONFLICT', 'TIMEOUT']).toContain(answer.errors?.[0]?.extensions?.['code']);
        expect(answer.errors?.[0]?.message).not.toMatch(/terminated|internal/i);
      } finally {
        release();
        await writer;
        await quick.close();
        await quickDatabase.close();
      }
      expect(codesOf(await remove(id))).toEqual(['NOT_FOUND']);
    });

    it('answers deleteDocument during an ingest of the same document with data, NOT_FOUND or a retryable CONFLICT', async () => {
      const document = probeDocument(`delete ${Date.now()}`, 4);
      const before = await readStats(database);
      const ingesting = app.post({ query: INGEST, variables: document }, WRITER).then(bodyOf);
      const deletes: GraphQLBody[] = [];
      let settled = false;
      void ingesting.finally(() => {
        settled = true;
      });
      while (!settled) deletes.push(await remove(document.id));
      deletes.push(await remove(document.id));
      const ingested = await ingesting;

      for (const answer of [ingested, ...deletes]) {
        for (const code of codesOf(answer)) expect(['NOT_FOUND', 'CONFLICT']).toContain(code);
      }
      // Whatever the interleaving, the last delete came after the ingest: nothing of the document is left.
      expect(await readStats(database)).toEqual(before);
    });
  });

  describe('security headers', () => {
    it.each([
      ['GraphiQL', '/graphql', { accept: 'text/html' }],
      ['the explorer', '/explorer', {}],
      ['the explorer script', '/explorer/explorer.js', {}],
      ['the JSON export', '/export/graph.json?ids=compound:mitragynine', {}],
      ['the GraphML export', '/export/graph.graphml?ids=compound:mitragynine', {}],
      ['the CSV export', '/export/graph.csv?ids=compound:mitragynine', {}],
      ['a GraphQL answer', '/graphql?query=%7B__typename%7D', { 'apollo-require-preflight': 'true' }],
    ])('are on %s', async (_what, url, headers) => {
      const response = await fetch(`${app.url}${url}`, { headers });
      expect(response.status).toBe(200);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy.split(';')).toEqual(
        expect.arrayContaining(["default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'"]),
      );
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
    });

    // Apollo's cache-control plugin said so per field; uncacheableAnswersPlugins says it once (same header).
    it.each([
      ['an answer', '/graphql?query=%7B__typename%7D'],
      ['a refusal', '/graphql?query=%7Bnope%7D'],
    ])('GraphQL %s is never stored by a cache', async (_what, url) => {
      const response = await fetch(`${app.url}${url}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(response.headers.get('cache-control')).toBe('no-store');
    });
  });
});
