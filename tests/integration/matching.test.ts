import { startTestServer, type TestServer } from '../support/testServer';

describe('Answers a client can trust: scores, thresholds and kind-filtered subgraphs', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  type Resolution = { term: string; exact: boolean; score: number | null; entity: { id: string } | null };
  const resolve = async (terms: string[], threshold?: number) => {
    const result = await server.execute<{ resolve: Resolution[] }>(
      'query ($terms: [String!]!, $threshold: Float) { resolve(terms: $terms, threshold: $threshold) { term exact score entity { id } } }',
      { terms, threshold },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.resolve;
  };

  it('resolve maps "dope sickness" to opioid withdrawal (the alias "dope sick"), never to dose, and refuses a far match by default', async () => {
    const [dope] = await resolve(['dope sickness']);
    expect(dope).toMatchObject({ term: 'dope sickness', exact: false, entity: { id: 'condition:opioid-withdrawal' } });
    expect(dope?.score).toBeGreaterThanOrEqual(0.75);
    // "dose" is the nearest name to "dosage sickness" but not close enough: refused by default, shown when asked.
    const [far] = await resolve(['dosage sickness']);
    expect(far).toEqual({ term: 'dosage sickness', exact: false, score: null, entity: null });
    const [lenient] = await resolve(['dosage sickness'], 0.2);
    expect(lenient?.score).toBeGreaterThan(0.2);
    expect(lenient?.score).toBeLessThan(0.75);
  });

  it('resolve scores exact names 1 and a typo in a long word close to 1', async () => {
    const [exact, alias, typo] = await resolve(['Mitragynine', '7-OH', 'mitraginine']);
    expect(exact).toMatchObject({ exact: true, score: 1, entity: { id: 'compound:mitragynine' } });
    expect(alias).toMatchObject({ exact: true, score: 1, entity: { id: 'compound:7-hydroxymitragynine' } });
    expect(typo?.entity?.id).toBe('compound:mitragynine');
    expect(typo?.exact).toBe(false);
    expect(typo?.score).toBeGreaterThan(0.75);
    expect(typo?.score).toBeLessThan(1);
  });

  it('search returns scores from 0 to 1, best first, all at least the threshold', async () => {
    const result = await server.execute<{ search: { score: number; entity: { id: string } }[] }>(
      '{ typeAhead: search(text: "mitra") { score entity { id } } strict: search(text: "mitra", threshold: 0.99) { score entity { id } } dope: search(text: "dope sickness") { score entity { id } } }',
    );
    const data = result.data as unknown as Record<string, { score: number; entity: { id: string } }[]>;
    expect(data['typeAhead']!.length).toBeGreaterThan(0);
    expect(data['typeAhead']![0]!.entity.id).toBe('compound:mitragynine');
    const scores = data['typeAhead']!.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((score) => score >= 0.6 && score <= 1)).toBe(true);
    expect(data['strict']).toEqual([]);
    expect(data['dope']![0]!.entity.id).toBe('condition:opioid-withdrawal');
    expect(data['dope']!.map((hit) => hit.entity.id)).not.toContain('factor:dose');
  });

  it('refuses a threshold outside 0 to 1', async () => {
    const result = await server.execute('{ resolve(terms: ["kratom"], threshold: 1.5) { term } }');
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('subgraph walks through every kind and returns only the kinds asked for', async () => {
    const result = await server.execute<{ subgraph: { nodes: { id: string; kind: string }[]; edges: unknown[]; truncated: boolean } }>(
      '{ subgraph(ids: ["substance:kratom"], depth: 2, kinds: [Strategy]) { nodes { id kind } edges { id } truncated } }',
    );
    expect(result.errors).toBeUndefined();
    const { nodes, truncated } = result.data!.subgraph;
    const strategies = nodes.filter((node) => node.kind === 'Strategy');
    expect(strategies.length).toBeGreaterThanOrEqual(9);
    expect(nodes.filter((node) => node.kind !== 'Strategy').map((node) => node.id)).toEqual(['substance:kratom']);
    expect(truncated).toBe(false);

    const unfiltered = await server.execute<{ subgraph: { nodes: { id: string; kind: string }[] } }>(
      '{ subgraph(ids: ["substance:kratom"], depth: 2) { nodes { id kind } } }',
    );
    const strategyIds = unfiltered.data!.subgraph.nodes.filter((node) => node.kind === 'Strategy').map((node) => node.id);
    expect(strategies.map((node) => node.id)).toEqual(strategyIds);
  });

  it('a filtered subgraph keeps `limit` and says when it cut', async () => {
    const result = await server.execute<{ subgraph: { nodes: { id: string }[]; truncated: boolean } }>(
      '{ subgraph(ids: ["substance:kratom"], depth: 2, kinds: [Strategy], limit: 4) { nodes { id } truncated } }',
    );
    expect(result.data?.subgraph.nodes).toHaveLength(4);
    expect(result.data?.subgraph.truncated).toBe(true);
  });
});
