import { startTestServer, type TestServer } from '../support/testServer';

describe('Platform: the API over HTTP against the real Neo4j', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('answers a POST /graphql per GraphQL over HTTP', async () => {
    const response = await server.post({ query: '{ __typename }' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('reports liveness on /health and readiness on /ready', async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves GraphiQL to a browser with every script and style from this process', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(assets.length).toBeGreaterThanOrEqual(4);
    for (const asset of assets) {
      const fetched = await fetch(`${server.url}${asset}`);
      expect([asset, fetched.status]).toEqual([asset, 200]);
      const body = await fetched.text();
      expect(body).not.toMatch(/(@import|url\()\s*["']?https?:/);
    }
  });

  it('answers a GraphQL GET request (not a page) when the query is in the URL', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('counts the seeded graph in stats', async () => {
    const { data } = await server.execute<{ stats: { entities: number; documents: number; relationships: number } }>(
      '{ stats { entities documents relationships } }',
    );
    expect(data?.stats.documents).toBe(1);
    expect(data?.stats.entities).toBeGreaterThan(50);
    expect(data?.stats.relationships).toBeGreaterThan(20);
  });

  it('refuses malformed JSON with a 400 in GraphQL error shape', async () => {
    const response = await server.post('{"query": ');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });
});
