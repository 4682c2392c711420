import { luceneQuery } from '../src/graph/luceneQuery';
import type { SyntheticGraph } from './syntheticGraph';

export const SERVERS = ['api', 'floor', 'peer'] as const;
export type ServerName = (typeof SERVERS)[number];

export type Variables = Record<string, string>;
type Data = Record<string, unknown>;

export interface BenchRequest {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * One representative query: the same question put to each server in its own terms, the variants
 * to rotate through (so no server answers one cached question), and a normaliser that reduces each
 * server's answer to the facts all three must agree on.
 */
export interface BenchQuery {
  name: string;
  description: string;
  variants(graph: SyntheticGraph): Variables[];
  graphql: Record<'api' | 'peer', (variables: Variables) => { query: string; variables: Record<string, unknown> }>;
  normalise: Record<ServerName, (data: Data) => unknown>;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const VARIANTS = 20;

/** Evenly spread indexes of one kind's range, so variants touch different parts of the graph. */
function spread(graph: SyntheticGraph, kind: Parameters<SyntheticGraph['rangeOf']>[0], count = VARIANTS): number[] {
  const { start, end } = graph.rangeOf(kind);
  const step = Math.max(1, Math.floor((end - start) / count));
  return Array.from({ length: Math.min(count, end - start) }, (_, i) => start + i * step);
}

const indexOf = (id: string) => Number(id.slice(id.lastIndexOf('-') + 1));
const sorted = (values: string[]) => [...values].sort();
const field = <T>(value: unknown, key: string): T => (value as Record<string, T>)[key] as T;
const list = (value: unknown): Data[] => (Array.isArray(value) ? (value as Data[]) : []);

const entityFacts = (entity: Data | undefined) =>
  entity
    ? {
        id: entity['id'],
        name: entity['name'],
        relationships: sorted(list(entity['relationships']).map((r) => String(r['id']))),
        evidence: sorted(list(entity['relationships']).flatMap((r) => list(r['evidence']).map((e) => String(e['id'])))),
      }
    : null;

const searchFacts = (ids: string[]) => ({ top: ids[0] ?? null, count: ids.length });

const pageFacts = (connection: Data) => ({
  totalCount: connection['totalCount'],
  ids: list(connection['edges']).map((edge) => field<string>(edge['node'], 'id')),
  hasNextPage: field<boolean>(connection['pageInfo'], 'hasNextPage'),
});

const pathString = (path: Data) => {
  const nodes = list(path['nodes']).map((node) => String(node['id']));
  const relationships = list(path['relationships']).map((relationship) => String(relationship['id']));
  return nodes.flatMap((node, i) => (i < relationships.length ? [node, relationships[i]] : [node])).join(' ');
};

// Every relationship a compound can have (RELATIONSHIP_ENDS), one typed field per type and target kind.
const PEER_CLAIM_FIELDS = [
  'foundInConnection',
  'actsOnConnection',
  'relievesSymptomsConnection',
  'relievesConditionsConnection',
  'causesSymptomsConnection',
  'causesConditionsConnection',
];

export const BENCH_QUERIES: BenchQuery[] = [
  {
    name: 'entity',
    description: 'entity by id with its relationships (type, ends, action) and their evidence',
    variants: (graph) => spread(graph, 'Compound').map((index) => ({ id: graph.idAt(index) })),
    graphql: {
      api: ({ id }) => ({
        query: `query Entity($id: ID!) { entity(id: $id) { id name kind aliases
          relationships(first: 50) { id type action source { id name kind } target { id name kind }
            evidence(first: 5) { id quote start end } } } }`,
        variables: { id },
      }),
      peer: ({ id }) => ({
        query: `query Entity($id: ID!) { compounds(where: { id: { eq: $id } }) { id name aliases
          ${PEER_CLAIM_FIELDS.map((name) => `${name} { edges { properties { id action } node { id name } } }`).join('\n')}
          evidence { id relationshipId quote start end } } }`,
        variables: { id },
      }),
    },
    normalise: {
      api: (data) => entityFacts(data['entity'] as Data | undefined),
      floor: (data) => entityFacts(data['entity'] as Data | undefined),
      peer: (data) => {
        const [compound] = list(data['compounds']);
        if (!compound) return null;
        return {
          id: compound['id'],
          name: compound['name'],
          relationships: sorted(PEER_CLAIM_FIELDS.flatMap((name) => list(field(compound[name], 'edges')).map((edge) => field<string>(edge['properties'], 'id')))),
          evidence: sorted(list(compound['evidence']).map((e) => String(e['id']))),
        };
      },
    },
  },
  {
    name: 'search',
    description: 'full-text search by name (typo-tolerant), top 10',
    variants: (graph) =>
      Array.from({ length: VARIANTS }, (_, i) => ({ text: graph.entityAt(Math.floor((i * graph.size) / VARIANTS)).name })),
    graphql: {
      api: ({ text }) => ({ query: 'query Search($text: String!) { search(text: $text, first: 10, threshold: 0) { score entity { id name kind } } }', variables: { text } }),
      // The same Lucene query the API builds, so both ask the index the same question.
      peer: ({ text }) => ({
        query: 'query Search($phrase: String!) { searchEntities(phrase: $phrase, first: 10) { edges { score node { id name kind } } } }',
        variables: { phrase: luceneQuery(text ?? '') ?? text },
      }),
    },
    normalise: {
      api: (data) => searchFacts(list(data['search']).map((hit) => field<string>(hit['entity'], 'id'))),
      floor: (data) => searchFacts(list(data['search']).map((hit) => field<string>(hit['entity'], 'id'))),
      peer: (data) => searchFacts(list(field(data['searchEntities'], 'edges')).map((edge) => field<string>(edge['node'], 'id'))),
    },
  },
  {
    name: 'list',
    description: 'compounds whose name contains a word, sorted by name, first page of 20, with totalCount',
    variants: (graph) => spread(graph, 'Compound').map((index) => ({ text: graph.entityAt(index).name.split(' ')[0] ?? '' })),
    graphql: {
      api: ({ text }) => ({
        query: `query List($text: String!) { compounds(where: { nameContains: $text }, orderBy: { field: NAME, direction: ASC }, first: 20) {
          totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`,
        variables: { text },
      }),
      peer: ({ text }) => ({
        query: `query List($text: String!) { compoundsConnection(where: { name: { contains: $text } }, sort: [{ name: ASC }, { id: ASC }], first: 20) {
          totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`,
        variables: { text },
      }),
    },
    normalise: {
      api: (data) => pageFacts(data['compounds'] as Data),
      floor: (data) => pageFacts(data['compounds'] as Data),
      peer: (data) => pageFacts(data['compoundsConnection'] as Data),
    },
  },
  {
    name: 'paths',
    description: 'shortest paths (at most 4 hops, 5 paths) between a substance and an entity two claims away',
    variants: (graph) =>
      spread(graph, 'Substance').flatMap((from) => {
        for (const first of graph.relationshipsOf(from)) {
          const second = graph.relationshipsOf(indexOf(first.targetId)).find((relationship) => relationship.targetId !== graph.idAt(from));
          if (second) return [{ from: graph.idAt(from), to: second.targetId }];
        }
        return [];
      }),
    graphql: {
      api: ({ from, to }) => ({
        query: `query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 5) {
          paths { length nodes { id } relationships { id } } } }`,
        variables: { from, to },
      }),
      peer: ({ from, to }) => ({ query: 'query Paths($from: ID!, $to: ID!) { shortestPaths(from: $from, to: $to) }', variables: { from, to } }),
    },
    normalise: {
      api: (data) => sorted(list(field(data['paths'], 'paths')).map(pathString)),
      floor: (data) => sorted(list(field(data['paths'], 'paths')).map(pathString)),
      peer: (data) => sorted(list(data['shortestPaths']).map(String)),
    },
  },
  {
    name: 'subgraph',
    description: 'subgraph at depth 2 around a compound, at most 200 nodes, shaped for drawing',
    variants: (graph) => spread(graph, 'Compound').map((index) => ({ id: graph.idAt(index) })),
    graphql: {
      api: ({ id }) => ({
        query: `query Subgraph($id: ID!) { subgraph(ids: [$id], depth: 2, limit: 200) {
          nodes { id label kind degree } edges { id source target type } truncated } }`,
        variables: { id },
      }),
      peer: ({ id }) => ({
        query: `query Subgraph($id: ID!) { subgraphNodes(id: $id, limit: 200) { id name kind degree } subgraphEdges(id: $id, limit: 200) }`,
        variables: { id },
      }),
    },
    normalise: {
      api: (data) => ({
        nodes: sorted(list(field(data['subgraph'], 'nodes')).map((node) => `${String(node['id'])}/${String(node['degree'])}`)),
        edges: sorted(list(field(data['subgraph'], 'edges')).map((edge) => String(edge['id']))),
      }),
      floor: (data) => ({
        nodes: sorted(list(field(data['subgraph'], 'nodes')).map((node) => `${String(node['id'])}/${String(node['degree'])}`)),
        edges: sorted(list(field(data['subgraph'], 'edges')).map((edge) => String(edge['id']))),
      }),
      peer: (data) => ({
        nodes: sorted(list(data['subgraphNodes']).map((node) => `${String(node['id'])}/${String(node['degree'])}`)),
        edges: sorted(list(data['subgraphEdges']).map(String)),
      }),
    },
  },
];

/** The HTTP request one server gets for one variant of a query. */
export function benchRequest(query: BenchQuery, server: ServerName, variables: Variables): BenchRequest {
  if (server === 'floor') return { method: 'POST', path: `/${query.name}`, headers: JSON_HEADERS, body: JSON.stringify(variables) };
  return { method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: JSON.stringify(query.graphql[server](variables)) };
}
