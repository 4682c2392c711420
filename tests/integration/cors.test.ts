import { startTestServer, type TestServer } from '../support/testServer';

const ALLOWED = 'https://viewer.example.org';
const OTHER = 'https://evil.example.com';

const QUERY = JSON.stringify({ query: '{ stats { entities } }' });

describe('CORS: only the origins in CORS_ORIGINS', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ CORS_ORIGINS: `${ALLOWED}, http://localhost:5173` });
  });
  afterAll(() => server.close());

  it('lets an allowed origin read /graphql answers', async () => {
    const response = await server.post(QUERY, { origin: ALLOWED });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('vary')).toMatch(/origin/i);
  });

  it('gives another origin no Access-Control-Allow-Origin, so its browser withholds the answer', async () => {
    const response = await server.post(QUERY, { origin: OTHER });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a preflight for /graphql from an allowed origin', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: ALLOWED, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    expect(response.headers.get('access-control-max-age')).toBe('600');
  });

  it('answers a preflight from another origin without allowing it', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: OTHER, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('covers the exports: preflight and download', async () => {
    const preflight = await fetch(`${server.url}/export/graph.json`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const download = await fetch(`${server.url}/export/graph.json?limit=2`, { headers: { origin: 'http://localhost:5173' } });
    expect(download.status).toBe(200);
    expect(download.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const refused = await fetch(`${server.url}/export/graph.json?limit=2`, { headers: { origin: OTHER } });
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS by default: same origin only', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ CORS_ORIGINS: '' });
  });
  afterAll(() => server.close());

  it('allows no other origin, not even a wildcard', async () => {
    expect(server.config.CORS_ORIGINS).toEqual([]);
    const response = await server.post(QUERY, { origin: ALLOWED });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: ALLOWED, 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('still serves a same-origin request, which sends no Origin or its own', async () => {
    const response = await server.post(QUERY);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { stats: { entities: number } } }).data.stats.entities).toBeGreaterThan(0);
  });
});
