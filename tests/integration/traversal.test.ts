import { startTestServer, type TestServer } from '../support/testServer';

describe('Traversal: paths, subgraph and neighbourhood', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('finds a path from kratom to anxiety with evidence on every hop', async () => {
    const result = await server.execute<{
      paths: { paths: { length: number; nodes: { id: string }[]; relationships: { evidence: { quote: string }[] }[] }[] };
    }>(`{
      paths(from: "substance:kratom", to: "symptom:anxiety", maxHops: 3) {
        paths { length nodes { id } relationships { evidence { quote } } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const paths = result.data?.paths.paths ?? [];
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.nodes[0]?.id).toBe('substance:kratom');
      expect(path.nodes.at(-1)?.id).toBe('symptom:anxiety');
      expect(path.relationships).toHaveLength(path.length);
      for (const hop of path.relationships) expect(hop.evidence.length).toBeGreaterThan(0);
    }
  });

  it('draws the paths as one graph when asked, also through a fragment', async () => {
    const result = await server.execute<{ paths: { graph: { nodes: { id: string }[]; edges: { source: string }[] } } }>(`
      query { paths(from: "substance:kratom", to: "symptom:anxiety", maxHops: 3) { ...Drawing } }
      fragment Drawing on Paths { graph { nodes { id } edges { source } } }
    `);
    const ids = result.data?.paths.graph.nodes.map((node) => node.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining(['substance:kratom', 'symptom:anxiety']));
    expect(result.data?.paths.graph.edges.length).toBeGreaterThan(0);
  });

  it('answers no path rather than an error when none exists within maxHops, and refuses too many hops', async () => {
    const none = await server.execute<{ paths: { paths: unknown[] } }>(
      '{ paths(from: "substance:kratom", to: "substance:does-not-exist") { paths { length } } }',
    );
    expect(none.data?.paths.paths).toEqual([]);
    const tooFar = await server.execute('{ paths(from: "substance:kratom", to: "symptom:anxiety", maxHops: 7) { paths { length } } }');
    expect(tooFar.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(tooFar.errors?.[0]?.message).toContain("'maxHops' must be between 1 and 6");
  });

  it('returns a subgraph around mitragynine whose edges reference its nodes', async () => {
    const result = await server.execute<{
      subgraph: { nodes: { id: string }[]; edges: { source: string; target: string }[]; truncated: boolean };
    }>('{ subgraph(ids: ["compound:mitragynine"], depth: 2) { truncated nodes { id } edges { source target } } }');
    const graph = result.data?.subgraph;
    const ids = new Set(graph?.nodes.map((node) => node.id));
    expect(ids.has('compound:mitragynine')).toBe(true);
    expect(ids.has('substance:kratom')).toBe(true);
    expect(graph?.edges.length).toBeGreaterThan(2);
    for (const edge of graph?.edges ?? []) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    }
  });

  it('gives each entity its neighbourhood as a drawable graph', async () => {
    const result = await server.execute<{ entity: { neighborhood: { nodes: { id: string; kind: string }[] } } }>(
      '{ entity(id: "condition:kratom-wobbles") { neighborhood(depth: 1, kinds: [Strategy]) { nodes { id kind } } } }',
    );
    const nodes = result.data?.entity.neighborhood.nodes ?? [];
    expect(nodes.map((node) => node.id)).toContain('strategy:hydration');
    expect(new Set(nodes.filter((node) => node.id !== 'condition:kratom-wobbles').map((node) => node.kind))).toEqual(
      new Set(['Strategy']),
    );
  });
});
