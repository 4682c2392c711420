import { isUtf8 } from 'node:buffer';
import type http from 'node:http';

import type { ApolloServer } from '@apollo/server';
import cors from 'cors';
import express, { type ErrorRequestHandler } from 'express';

import type { Config } from '../config';
import type { GraphDatabase } from '../graph/graphDatabase';
import { VocabularyCache } from '../ingestion/vocabularyCache';
import { createLoaders } from '../resolvers/loaders';
import { authorizationOf } from './authorization';
import type { RequestContext } from './context';
import { serveExplorer } from './explorer/serveExplorer';
import { serveFavicon } from './favicon/serveFavicon';
import { exportRouter } from './exports/exportRouter';
import { serveGraphiql } from './graphiql/serveGraphiql';
import { answerBodyError, answerInternalError } from './bodyErrors';
import { graphqlOverHttp, type ParsedRequest } from './graphqlOverHttp';
import { middlewareChain } from './middlewareChain';
import { securityHeaders } from './securityHeaders';

export interface AppDependencies {
  apollo: ApolloServer<RequestContext>;
  database: GraphDatabase;
  config: Config;
  /** True once the schema is applied (and the seed loaded); /ready also asks the database. */
  isPrepared: () => boolean;
}

// The JSON parser would decode malformed UTF-8 as U+FFFD and the text would be stored changed; the
// seed refuses such a file, so the API refuses such a body.
function refuseMalformedUtf8(_request: unknown, _response: unknown, body: Buffer): void {
  if (!isUtf8(body)) throw Object.assign(new Error('The request body is not valid UTF-8.'), { status: 400 });
}

// POST /graphql: a request to the API, not to a page ("/graphql?…" and "/graphql/" alike).
function isGraphqlPost(request: http.IncomingMessage): boolean {
  if (request.method !== 'POST') return false;
  const url = request.url ?? '';
  const query = url.indexOf('?');
  const path = query < 0 ? url : url.slice(0, query);
  return path === '/graphql' || path === '/graphql/';
}

/**
 * The HTTP surface: /graphql (API and GraphiQL), /export, /explorer, /health, /ready. Apollo must be
 * started first. POST /graphql, nearly all of the API's traffic, is served outside Express by the same
 * middleware (security headers, CORS, the JSON body and its limits) in a plain chain: Express's router and
 * its request and response wrappers were a third of the API's own time per request (`npm run bench`).
 */
export function createApp({ apollo, database, config, isPrepared }: AppDependencies): http.RequestListener {
  const app = express();
  const vocabulary = new VocabularyCache(database);
  const headers = securityHeaders();
  // Pages on other origins may call the API only when CORS_ORIGINS names them; same-origin pages need no header.
  const apiCors = cors({ origin: config.CORS_ORIGINS, methods: ['GET', 'POST'], maxAge: 600 });
  const jsonBody = express.json({ limit: config.MAX_BODY_BYTES, verify: refuseMalformedUtf8 });
  const graphql = graphqlOverHttp(apollo, async (request) => ({
    database,
    vocabulary,
    config,
    loaders: createLoaders(database),
    authorization: authorizationOf(request.headers.authorization, config.API_TOKEN),
  }));
  const onError = (error: unknown, response: http.ServerResponse) => answerBodyError(error, response) || answerInternalError(response);

  app.disable('x-powered-by');
  app.use(headers);
  app.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/ready', async (_request, response) => {
    const ready = isPrepared() && (await database.isReachable());
    response.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable' });
  });
  app.use(['/graphql', '/export'], apiCors);
  app.use(exportRouter(database));
  app.use(serveFavicon());
  app.use(serveExplorer());
  app.use(serveGraphiql());
  // GET /graphql that is not a browser asking for GraphiQL: a GraphQL GET request (queries only; Apollo's CSRF rules apply).
  app.get('/graphql', (request, response, next) => void graphql(request, response).catch(next));
  app.use(((error, _request, response, next) => (answerBodyError(error, response) ? undefined : next(error))) as ErrorRequestHandler);

  const postGraphql = middlewareChain<ParsedRequest>([headers, apiCors, jsonBody], graphql, onError);
  return (request, response) => (isGraphqlPost(request) ? postGraphql(request, response) : app(request, response));
}
