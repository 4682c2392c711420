import type http from 'node:http';

import { HeaderMap, type ApolloServer } from '@apollo/server';

import type { RequestContext } from './context';
import { okStatusForJsonRequestErrors } from './okStatusForJsonRequestErrors';

/** A request as it reaches Apollo: its body already parsed as JSON (undefined when it had none to parse). */
export type ParsedRequest = http.IncomingMessage & { body?: unknown };

/**
 * Hands one HTTP request to Apollo and writes its answer: what `@as-integrations/express5` does, on
 * node's own request and response, so the hot path needs no Express wrapper around either.
 */
export function graphqlOverHttp(
  apollo: ApolloServer<RequestContext>,
  context: (request: http.IncomingMessage) => Promise<RequestContext>,
): (request: ParsedRequest, response: http.ServerResponse) => Promise<void> {
  apollo.assertStarted('graphqlOverHttp()');
  return async (request, response) => {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = request.url ?? '';
    const query = url.indexOf('?');
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (request.method ?? 'GET').toUpperCase(), headers, search: query < 0 ? '' : url.slice(query), body: request.body },
      context: () => context(request),
    });
    for (const [name, value] of answer.headers) response.setHeader(name, value);
    if (answer.body.kind === 'complete') {
      const body = answer.body.string;
      response.statusCode = okStatusForJsonRequestErrors(answer.status ?? 200, answer.headers.get('content-type'), body);
      response.setHeader('content-length', Buffer.byteLength(body));
      response.end(body);
      return;
    }
    response.statusCode = answer.status ?? 200;
    for await (const chunk of answer.body.asyncIterator) response.write(chunk);
    response.end();
  };
}
