import cytoscape from 'cytoscape';

import { startTestServer, type TestServer } from '../support/testServer';

interface Graph {
  nodes: { id: string; label: string; kind: string; degree: number }[];
  edges: { id: string; source: string; target: string; type: string; label: string; evidenceCount: number }[];
  truncated: boolean;
}

const SUBGRAPH = `query Subgraph($ids: [ID!]!, $depth: Int, $kinds: [EntityKind!], $limit: Int) {
  subgraph(ids: $ids, depth: $depth, kinds: $kinds, limit: $limit) {
    nodes { id label kind degree }
    edges { id source target type label evidenceCount }
    truncated
  }
}`;

const NEIGHBORHOOD = `query Neighborhood($id: ID!) {
  entity(id: $id) { neighborhood(depth: 1) { nodes { id label kind degree } edges { id source target type label evidenceCount } truncated } }
}`;

const PATHS = `query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 3) { graph { nodes { id label kind degree } edges { id source target type label evidenceCount } truncated } }
}`;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function subgraph(variables: Record<string, unknown>): Promise<Graph> {
  const result = await server.execute<{ subgraph: Graph }>(SUBGRAPH, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.subgraph;
}

/** The properties every Graph answer promises (schema/graph.graphql). */
function expectDrawable(graph: Graph): void {
  const nodeIds = graph.nodes.map((node) => node.id);
  expect(new Set(nodeIds).size).toBe(nodeIds.length);
  const edgeIds = graph.edges.map((edge) => edge.id);
  expect(new Set(edgeIds).size).toBe(edgeIds.length);
  const present = new Set(nodeIds);
  for (const edge of graph.edges) {
    expect(present.has(edge.source)).toBe(true);
    expect(present.has(edge.target)).toBe(true);
  }
  expect(nodeIds).toEqual([...nodeIds].sort());
  expect(edgeIds).toEqual([...edgeIds].sort());
}

describe('Graph answers: the shape drawing libraries take as it is', () => {
  it('subgraph of mitragynine to depth 2: every edge end is a node, nothing twice, same order each call', async () => {
    const first = await subgraph({ ids: ['compound:mitragynine'], depth: 2 });
    expect(first.nodes.length).toBeGreaterThan(5);
    expect(first.edges.length).toBeGreaterThanOrEqual(first.nodes.length - 1);
    expect(first.nodes.map((node) => node.id)).toContain('compound:mitragynine');
    expect(first.truncated).toBe(false);
    expectDrawable(first);
    for (const node of first.nodes) {
      expect(node.label.length).toBeGreaterThan(0);
      expect(node.degree).toBeGreaterThan(0);
    }
    for (const edge of first.edges) expect(edge.evidenceCount).toBeGreaterThanOrEqual(0);
    const second = await subgraph({ ids: ['compound:mitragynine'], depth: 2 });
    expect(second).toEqual(first);
  });

  it('depth 2 reaches what depth 1 does not, and holds all of depth 1', async () => {
    const one = await subgraph({ ids: ['compound:mitragynine'], depth: 1 });
    const two = await subgraph({ ids: ['compound:mitragynine'], depth: 2 });
    const twoIds = new Set(two.nodes.map((node) => node.id));
    for (const node of one.nodes) expect(twoIds.has(node.id)).toBe(true);
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
  });

  it('honours limit, and says when it cut the graph short', async () => {
    const cut = await subgraph({ ids: ['compound:mitragynine'], depth: 2, limit: 3 });
    expect(cut.nodes).toHaveLength(3);
    expect(cut.truncated).toBe(true);
    expect(cut.nodes.map((node) => node.id)).toContain('compound:mitragynine');
    expectDrawable(cut);
    expect(await subgraph({ ids: ['compound:mitragynine'], depth: 2, limit: 3 })).toEqual(cut);

    const whole = await subgraph({ ids: ['compound:mitragynine'], depth: 2 });
    const exact = await subgraph({ ids: ['compound:mitragynine'], depth: 2, limit: whole.nodes.length });
    expect(exact.nodes).toHaveLength(whole.nodes.length);
    expect(exact.truncated).toBe(false);
  });

  it('keeps only the kinds asked for, beyond the starting entities', async () => {
    const graph = await subgraph({ ids: ['compound:mitragynine'], depth: 2, kinds: ['Receptor'] });
    expectDrawable(graph);
    const kinds = new Set(graph.nodes.filter((node) => node.id !== 'compound:mitragynine').map((node) => node.kind));
    expect([...kinds]).toEqual(['Receptor']);
  });

  it('Entity.neighborhood and paths.graph give the same drawable shape', async () => {
    const neighborhood = await server.execute<{ entity: { neighborhood: Graph } }>(NEIGHBORHOOD, { id: 'compound:mitragynine' });
    expect(neighborhood.errors).toBeUndefined();
    expectDrawable(neighborhood.data!.entity.neighborhood);
    expect(neighborhood.data!.entity.neighborhood).toEqual(await subgraph({ ids: ['compound:mitragynine'], depth: 1, limit: 100 }));

    const paths = await server.execute<{ paths: { graph: Graph } }>(PATHS, { from: 'substance:kratom', to: 'symptom:anxiety' });
    expect(paths.errors).toBeUndefined();
    expect(paths.data!.paths.graph.nodes.length).toBeGreaterThan(1);
    expectDrawable(paths.data!.paths.graph);
  });

  it('loads into Cytoscape.js as it is, every edge joined to its two nodes', async () => {
    const graph = await subgraph({ ids: ['compound:mitragynine'], depth: 2 });
    const cy = cytoscape({
      headless: true,
      elements: {
        nodes: graph.nodes.map((node) => ({ data: node })),
        edges: graph.edges.map((edge) => ({ data: edge })),
      },
    });
    expect(cy.nodes()).toHaveLength(graph.nodes.length);
    expect(cy.edges()).toHaveLength(graph.edges.length);
    for (const edge of graph.edges) {
      const drawn = cy.getElementById(edge.id);
      expect(drawn.source().id()).toBe(edge.source);
      expect(drawn.target().id()).toBe(edge.target);
    }
    cy.destroy();
  });
});
