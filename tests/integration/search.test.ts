import { startTestServer, type TestServer } from '../support/testServer';

type Hits = { search: { score: number; entity: { id: string; name: string } }[] };

describe('Search over names and aliases', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const search = async (text: string, first = 5) => {
    const result = await server.execute<Hits>('query ($text: String!, $first: Int) { search(text: $text, first: $first) { score entity { id name } } }', {
      text,
      first,
    });
    expect(result.errors).toBeUndefined();
    return result.data?.search.map((hit) => hit.entity.id) ?? [];
  };

  it('ranks 7-hydroxymitragynine first for its abbreviation "7-OH"', async () => {
    expect((await search('7-OH'))[0]).toBe('compound:7-hydroxymitragynine');
  });

  it('finds kratom by its botanical name', async () => {
    expect((await search('Mitragyna speciosa'))[0]).toBe('substance:kratom');
  });

  it('tolerates a typo', async () => {
    expect(await search('mitraginine')).toContain('compound:mitragynine');
  });

  it('takes search syntax in user text literally, never as a server error', async () => {
    for (const text of ['kratom AND (', 'mitragynine~~~', '"unclosed', 'a:b OR [x TO', '\\', '*?']) {
      const result = await server.execute('query ($text: String!) { search(text: $text) { entity { id } } }', { text });
      expect([text, result.errors]).toEqual([text, undefined]);
    }
    expect(await search('kratom AND (')).toContain('substance:kratom');
  });

  it('filters by kind', async () => {
    const result = await server.execute<{ search: { entity: { kind: string } }[] }>(
      '{ search(text: "opioid", kinds: [Receptor], first: 10) { entity { kind } } }',
    );
    expect(result.data?.search.length).toBeGreaterThan(0);
    expect(new Set(result.data?.search.map((hit) => hit.entity.kind))).toEqual(new Set(['Receptor']));
  });

  it('refuses empty or oversized text with BAD_USER_INPUT', async () => {
    for (const text of ['   ', 'x'.repeat(201)]) {
      const result = await server.execute('query ($text: String!) { search(text: $text) { score } }', { text });
      expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
  });

  it('resolves free-text terms to entities, exact names and aliases first', async () => {
    const result = await server.execute<{ resolve: { term: string; exact: boolean; entity: { id: string } | null }[] }>(
      '{ resolve(terms: ["MOR", "ketum", "mitraginine", "zzqqxx"]) { term exact entity { id } } }',
    );
    expect(result.data?.resolve).toEqual([
      { term: 'MOR', exact: true, entity: { id: 'receptor:mu-opioid-receptor' } },
      { term: 'ketum', exact: true, entity: { id: 'substance:kratom' } },
      { term: 'mitraginine', exact: false, entity: { id: 'compound:mitragynine' } },
      { term: 'zzqqxx', exact: false, entity: null },
    ]);
  });
});
