import { luceneQuery } from '../src/graph/luceneQuery';
import { bestMatchScore } from '../src/graph/matchScore';
import { searchCandidateCount } from '../src/graph/searchRepository';
import { PEER_CLAIM_FIELDS } from './peerClaimFields';
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
 * to rotate through (so no server answers one cached question), and for each server a function that
 * turns its answer into the API's `data` shape, every selected field kept, with lists the query
 * leaves unordered put in a canonical order; the answers are then compared whole.
 */
export interface BenchQuery {
  name: string;
  description: string;
  variants(graph: SyntheticGraph): Variables[];
  graphql: Record<'api' | 'peer', (variables: Variables) => { query: string; variables: Record<string, unknown> }>;
  canonical: Record<ServerName, (data: Data, variables: Variables) => Data>;
  /** What the peer's generated API cannot give, removed from the API's canonical answer before comparing with the peer's. */
  peerLacks?: { fields: string; withoutThem: (data: Data) => Data };
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
const field = <T>(value: unknown, key: string): T => (value as Record<string, T>)[key] as T;
const list = (value: unknown): Data[] => (Array.isArray(value) ? (value as Data[]) : []);
const byKey = (key: (item: Data) => string) => (items: Data[]) => [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
const byId = byKey((item) => String(item['id']));

// Relationships and their evidence come in id order from the API, but the peer's typed fields split
// them by type, so the comparison puts both in id order.
const canonicalEntity = (entity: unknown): Data | null =>
  entity
    ? { ...(entity as Data), relationships: byId(list(field(entity, 'relationships')).map((r) => ({ ...r, evidence: byId(list(r['evidence'])) }))) }
    : null;

// The API ranks by its 0–1 match score, then Lucene's relevance, then name: a specified order, kept.
// The peer ranks by relevance alone and has no match score, so its hits get the API's score here
// and the API's order; where its top ten are not the API's, the comparison says so.
const SEARCH_FIRST = 10;

// The peer is asked for as many Lucene candidates as the API re-ranks, and its hits are ranked here as the
// API ranks them (outside its measured time), so both answer the same question with the same work in Neo4j.
function peerHits(edges: Data[], text: string): Data[] {
  return edges
    .map((edge) => {
      const { aliasText, ...entity } = edge['node'] as Data;
      const names = [String(entity['name']), ...(aliasText ? [String(aliasText)] : [])];
      return { score: bestMatchScore(text, names), relevance: Number(edge['score']), entity };
    })
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || b.relevance - a.relevance || String(a.entity['name']).localeCompare(String(b.entity['name'])))
    .slice(0, SEARCH_FIRST)
    .map(({ score, entity }) => ({ score, entity }));
}

// Which of several equally short paths come first is not specified.
const pathKey = (path: Data) => [...list(path['nodes']), ...list(path['relationships'])].map((item) => String(item['id'])).join(' ');
const canonicalPaths = byKey(pathKey);

const canonicalSubgraph = (subgraph: unknown): Data | null =>
  subgraph
    ? { ...(subgraph as Data), nodes: byId(list(field(subgraph, 'nodes'))), edges: byId(list(field(subgraph, 'edges'))) }
    : null;

// Cursors are opaque and each API encodes its own, so the peer is compared on everything else.
const withoutCursors = (connection: Data | undefined): Data | null =>
  connection
    ? {
        ...connection,
        edges: list(connection['edges']).map((edge) => ({ ...edge, cursor: null })),
        pageInfo: { ...field<Data>(connection, 'pageInfo'), endCursor: null },
      }
    : null;

const withoutAction = (data: Data): Data => {
  const entity = canonicalEntity(data['entity']);
  return { entity: entity && { ...entity, relationships: list(entity['relationships']).map(({ action: _action, ...rest }) => rest) } };
};

/** The peer's compound, its typed relationship fields and its evidence, read back into the API's entity. */
function peerEntity(compound: Data | undefined): Data | null {
  if (!compound) return null;
  const self = { id: compound['id'], name: compound['name'], kind: 'Compound' };
  const evidence = list(compound['evidence']);
  const relationships = PEER_CLAIM_FIELDS.flatMap(({ name, type, direction, otherKind }) =>
    list(field(compound[`${name}Connection`], 'edges')).map((edge) => {
      const id = field<string>(edge['properties'], 'id');
      const other = { ...(edge['node'] as Data), kind: otherKind };
      return {
        id,
        type,
        source: direction === 'OUT' ? self : other,
        target: direction === 'OUT' ? other : self,
        evidence: evidence.filter((e) => e['relationshipId'] === id).map(({ relationshipId: _relationshipId, ...rest }) => rest),
      };
    }),
  );
  return canonicalEntity({ ...self, aliases: compound['aliases'], relationships });
}

// The peer's @cypher fields return paths and edges as ids joined by spaces (bench/floorCypher.ts).
const ID_SEPARATOR = ' ';

/** "node rel node rel node", the string the peer's @cypher paths field returns, as the API's path. */
function peerPath(path: string): Data {
  const ids = path.split(ID_SEPARATOR);
  const nodes = ids.filter((_, i) => i % 2 === 0).map((id) => ({ id }));
  const relationships = ids.filter((_, i) => i % 2 === 1).map((id) => ({ id }));
  return { length: relationships.length, nodes, relationships };
}

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
          ${PEER_CLAIM_FIELDS.map(({ name }) => `${name}Connection { edges { properties { id action } node { id name } } }`).join('\n')}
          evidence { id relationshipId quote start end } } }`,
        variables: { id },
      }),
    },
    canonical: {
      api: (data) => ({ entity: canonicalEntity(data['entity']) }),
      floor: (data) => ({ entity: canonicalEntity(data['entity']) }),
      peer: (data) => ({ entity: peerEntity(list(data['compounds'])[0]) }),
    },
    peerLacks: { fields: 'relationship `action` (derived from the evidence; the peer reads stored properties)', withoutThem: withoutAction },
  },
  {
    name: 'search',
    description: 'full-text search by name (typo-tolerant), top 10',
    variants: (graph) =>
      Array.from({ length: VARIANTS }, (_, i) => ({ text: graph.entityAt(Math.floor((i * graph.size) / VARIANTS)).name })),
    graphql: {
      api: ({ text }) => ({ query: `query Search($text: String!) { search(text: $text, first: ${SEARCH_FIRST}, threshold: 0) { score entity { id name kind } } }`, variables: { text } }),
      // The same Lucene query the API builds, so both ask the index the same question.
      peer: ({ text }) => ({
        query: 'query Search($phrase: String!, $first: Int!) { searchEntities(phrase: $phrase, first: $first) { edges { score node { id name kind aliasText } } } }',
        variables: { phrase: luceneQuery(text ?? '') ?? text, first: searchCandidateCount(SEARCH_FIRST) },
      }),
    },
    canonical: {
      api: (data) => data,
      floor: (data) => data,
      peer: (data, { text = '' }) => ({ search: peerHits(list(field(data['searchEntities'], 'edges')), text) }),
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
    canonical: {
      api: (data) => data,
      floor: (data) => data,
      peer: (data) => ({ compounds: withoutCursors(data['compoundsConnection'] as Data) }),
    },
    peerLacks: { fields: 'cursor values (each API encodes its own)', withoutThem: (data) => ({ compounds: withoutCursors(data['compounds'] as Data) }) },
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
    canonical: {
      api: (data) => ({ paths: { paths: canonicalPaths(list(field(data['paths'], 'paths'))) } }),
      floor: (data) => ({ paths: { paths: canonicalPaths(list(field(data['paths'], 'paths'))) } }),
      peer: (data) => ({ paths: { paths: canonicalPaths(list(data['shortestPaths']).map((path) => peerPath(String(path)))) } }),
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
    canonical: {
      api: (data) => ({ subgraph: canonicalSubgraph(data['subgraph']) }),
      floor: (data) => ({ subgraph: canonicalSubgraph(data['subgraph']) }),
      peer: (data) => ({
        subgraph: canonicalSubgraph({
          nodes: list(data['subgraphNodes']).map(({ name, ...node }) => ({ ...node, label: name })),
          edges: list(data['subgraphEdges']).map((edge) => {
            const [id, source, target, type] = String(edge).split(ID_SEPARATOR);
            return { id, source, target, type };
          }),
        }),
      }),
    },
    peerLacks: {
      fields: '`truncated` (a third root field would cost the peer a third statement)',
      withoutThem: (data) => {
        const subgraph = canonicalSubgraph(data['subgraph']);
        return { subgraph: subgraph && { nodes: subgraph['nodes'], edges: subgraph['edges'] } };
      },
    },
  },
];

/** The HTTP request one server gets for one variant of a query. */
export function benchRequest(query: BenchQuery, server: ServerName, variables: Variables): BenchRequest {
  if (server === 'floor') return { method: 'POST', path: `/${query.name}`, headers: JSON_HEADERS, body: JSON.stringify(variables) };
  return { method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: JSON.stringify(query.graphql[server](variables)) };
}
