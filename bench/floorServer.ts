import http from 'node:http';

import neo4j, { type Driver } from 'neo4j-driver';

import { luceneQuery } from '../src/graph/luceneQuery';
import { bestMatchScore } from '../src/graph/matchScore';
import { searchCandidateCount } from '../src/graph/searchRepository';
import { encodeCursor } from '../src/resolvers/cursor';
import { listen, type BenchServer } from './apiServer';
import type { Neo4jTarget } from './benchNeo4j';
import { COMPOUND_PAGE, ENTITY_WITH_EVIDENCE, SEARCH_CANDIDATES, SHORTEST_PATHS, SUBGRAPH } from './floorCypher';

type Body = Record<string, string>;
type Answer = (driver: Driver, body: Body) => Promise<unknown>;
type SearchCandidate = { id: string; name: string; kind: string; aliases: string[]; relevance: number };

// An auto-commit query in a READ session, as the API reads (one message and one answer, where a
// transaction function adds a COMMIT round trip): the floor must be at least as lean as the API.
async function rows(driver: Driver, cypher: string, parameters: Record<string, unknown>): Promise<Record<string, unknown>[]> {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(cypher, parameters);
    return result.records.map((record) => record.toObject());
  } finally {
    await session.close();
  }
}

/** Each answer has the `data` shape the API's GraphQL query gives, so answers can be compared. */
const ANSWERS: Record<string, Answer> = {
  entity: async (driver, { id }) => {
    const [row] = await rows(driver, ENTITY_WITH_EVIDENCE, { id });
    return { entity: row?.['entity'] ?? null };
  },
  search: async (driver, { text = '' }) => {
    const lucene = luceneQuery(text);
    if (!lucene) return { search: [] };
    const first = 10;
    const candidates = (await rows(driver, SEARCH_CANDIDATES, { lucene, candidates: neo4j.int(searchCandidateCount(first)) })) as SearchCandidate[];
    const hits = candidates
      .map(({ aliases, relevance, ...entity }) => ({ entity, relevance, score: bestMatchScore(text, [entity.name, ...aliases]) }))
      .filter((hit) => hit.score > 0)
      .sort((a, b) => b.score - a.score || b.relevance - a.relevance || a.entity.name.localeCompare(b.entity.name))
      .slice(0, first);
    return { search: hits.map(({ entity, score }) => ({ score, entity })) };
  },
  list: async (driver, { text = '' }) => {
    const first = 20;
    const [row] = await rows(driver, COMPOUND_PAGE, { text: text.toLowerCase(), first: neo4j.int(first) });
    const page = (row?.['page'] ?? []) as { id: string; name: string }[];
    const edges = page.slice(0, first).map((node) => ({ cursor: encodeCursor([node.name, node.id]), node }));
    return {
      compounds: {
        totalCount: row?.['totalCount'] ?? 0,
        edges,
        pageInfo: { hasNextPage: page.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      },
    };
  },
  paths: async (driver, { from, to }) => ({ paths: { paths: await rows(driver, SHORTEST_PATHS, { from, to }) } }),
  subgraph: async (driver, { id }) => {
    const [row] = await rows(driver, SUBGRAPH, { id, limit: neo4j.int(200) });
    return { subgraph: row ?? null };
  },
};

function readBody(request: http.IncomingMessage): Promise<Body> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Body);
      } catch (error) {
        reject(error);
      }
    });
    request.on('error', reject);
  });
}

/** The floor: node:http and the driver, no framework; POST /<query> with the parameters as JSON. */
export async function startFloorServer(target: Neo4jTarget, port: number): Promise<BenchServer> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), { disableLosslessIntegers: true });
  const httpServer = http.createServer(async (request, response) => {
    const answer = ANSWERS[(request.url ?? '').slice(1)];
    try {
      if (!answer || request.method !== 'POST') throw new Error(`No floor query at ${request.method} ${request.url}`);
      const data = await answer(driver, await readBody(request));
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
    } catch (error) {
      response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
  const url = await listen(httpServer, port);
  return {
    url,
    async close() {
      await new Promise((resolve) => httpServer.close(resolve));
      await driver.close();
    },
  };
}
