import { connectTestDatabase } from '../support/testDatabase';
import { startTestServer, TEST_API_TOKEN, type TestServer } from '../support/testServer';

interface Body {
  data?: { ingestDocument?: { created: boolean; document: { id: string } } } | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const INGEST = `mutation ($text: String!) {
  ingestDocument(title: "Auth test document", text: $text, source: "tests/auth") { created document { id } }
}`;
const TEXT = 'Kratom contains mitragynine, which acts on the mu-opioid receptor. Kratom may ease anxiety.';

describe('Auth: writes need the bearer token, over real HTTP', () => {
  let server: TestServer;
  const ingested: string[] = [];
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    for (const id of ingested) {
      await server.execute(`mutation { deleteDocument(id: ${JSON.stringify(id)}) { documentId } }`, {}, 'valid');
    }
    await server.close();
  });

  const ingest = async (headers: Record<string, string> = {}, target = server) => {
    const response = await target.post({ query: INGEST, variables: { text: TEXT } }, headers);
    return { status: response.status, body: (await response.json()) as Body };
  };

  it('ingestDocument without a token: UNAUTHENTICATED (401), nothing written', async () => {
    const { status, body } = await ingest();
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(body.errors?.[0]?.message).toContain('Authorization: Bearer');
    expect(body.data).toBeNull();
  });

  it('ingestDocument with a wrong token: UNAUTHENTICATED (401)', async () => {
    for (const header of [`Bearer ${TEST_API_TOKEN}x`, 'Bearer wrong', `Basic ${TEST_API_TOKEN}`, TEST_API_TOKEN]) {
      const { status, body } = await ingest({ authorization: header });
      expect([header, status, body.errors?.[0]?.extensions?.['code']]).toEqual([header, 401, 'UNAUTHENTICATED']);
    }
  });

  it('ingestDocument with the right token: stored, and readable afterwards', async () => {
    const { status, body } = await ingest({ authorization: `Bearer ${TEST_API_TOKEN}` });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const id = body.data?.ingestDocument?.document.id ?? '';
    ingested.push(id);
    const read = await server.execute<{ document: { title: string } | null }>('query ($id: ID!) { document(id: $id) { title } }', { id });
    expect(read.data?.document?.title).toBe('Auth test document');
  });

  it('with no API_TOKEN configured, writes are FORBIDDEN (403) with a clear message', async () => {
    const open = await startTestServer({ API_TOKEN: '' });
    try {
      for (const headers of [{}, { authorization: `Bearer ${TEST_API_TOKEN}` }] as Record<string, string>[]) {
        const { status, body } = await ingest(headers, open);
        expect(status).toBe(403);
        expect(body.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
        expect(body.errors?.[0]?.message).toBe('Writes are disabled: the server has no API_TOKEN configured.');
      }
    } finally {
      await open.close();
    }
  });

  it('refuses a mutation over GET (405), even with the token and the preflight header', async () => {
    const query = encodeURIComponent('mutation { deleteDocument(id: "x") { documentId } }');
    const response = await fetch(`${server.url}/graphql?query=${query}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true', authorization: `Bearer ${TEST_API_TOKEN}` },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('prevents CSRF: url-encoded, text/plain and multipart POSTs without a preflight header are refused', async () => {
    const cases: [string, string][] = [
      ['application/x-www-form-urlencoded', `query=${encodeURIComponent('mutation { deleteDocument(id: "x") { documentId } }')}`],
      ['text/plain', JSON.stringify({ query: 'mutation { deleteDocument(id: "x") { documentId } }' })],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--'],
    ];
    for (const [type, body] of cases) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': type, authorization: `Bearer ${TEST_API_TOKEN}` },
        body,
      });
      expect([type, response.status]).toEqual([type, 400]);
      expect(await response.text()).toMatch(/CSRF|content-type/i);
    }
  });

  it('prevents CSRF on GET: a simple GET without a preflight header is refused', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(400);
  });

  it('reads go through READ routing: a write statement on the read path is rejected by Neo4j', async () => {
    const database = connectTestDatabase();
    try {
      await expect(database.read('CREATE (:AuthTestWriteAttempt) RETURN 1 AS one')).rejects.toThrow(/read|write|access mode/i);
      const [row] = await database.read<{ n: number }>('MATCH (n:AuthTestWriteAttempt) RETURN count(n) AS n');
      expect(row?.n).toBe(0);
    } finally {
      await database.close();
    }
  });
});
