import { isDeepStrictEqual } from 'node:util';

import { benchRequest, type BenchQuery, type ServerName, type Variables } from './benchQueries';

export interface AnsweringServer {
  name: ServerName;
  url: string;
}

export interface Agreement {
  server: ServerName;
  /** Variants put to both servers, and how many got the same canonical answer as from the API. */
  variants: number;
  equal: number;
  /** The first variant whose answer differed, with both canonical answers. */
  difference?: { variables: Variables; api: unknown; other: unknown };
}

// Answers come from fetch and canonical forms are rebuilt by spreading; strict equality also compares
// prototypes, which differ between realms (under jest, say), so both sides go through one JSON round trip.
const sameAnswer = (a: unknown, b: unknown) => isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));

async function answer(server: AnsweringServer, request: ReturnType<typeof benchRequest>): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.url}${request.path}`, { method: 'POST', headers: request.headers, body: request.body });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (!response.ok || body.errors) throw new Error(`${server.name} answered ${response.status}: ${JSON.stringify(body.errors)}`);
  return body.data ?? {};
}

/**
 * Puts every variant to every server and compares each answer whole, in the API's shape and canonical
 * order, with the API's; against the peer, without the fields its generated API cannot give.
 */
export async function compareAnswers(query: BenchQuery, variants: Variables[], servers: AnsweringServer[]): Promise<Agreement[]> {
  const api = servers.find((server) => server.name === 'api');
  if (!api) throw new Error('No API server');
  const agreements = servers.filter((server) => server !== api).map((server): Agreement => ({ server: server.name, variants: 0, equal: 0 }));
  for (const variables of variants) {
    const ours = query.canonical.api(await answer(api, benchRequest(query, 'api', variables)), variables);
    for (const agreement of agreements) {
      const server = servers.find((candidate) => candidate.name === agreement.server) as AnsweringServer;
      const theirs = query.canonical[server.name](await answer(server, benchRequest(query, server.name, variables)), variables);
      const expected = server.name === 'peer' && query.peerLacks ? query.peerLacks.withoutThem(ours) : ours;
      agreement.variants += 1;
      if (sameAnswer(expected, theirs)) agreement.equal += 1;
      else agreement.difference ??= { variables, api: expected, other: theirs };
    }
  }
  return agreements;
}
