import { isUtf8 } from 'node:buffer';

import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type ErrorRequestHandler, type Express } from 'express';

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
import { okStatusForJsonRequestErrors } from './okStatusForJsonRequestErrors';
import { securityHeaders } from './securityHeaders';

export interface AppDependencies {
  apollo: ApolloServer<RequestContext>;
  database: GraphDatabase;
  config: Config;
  /** True once the schema is applied (and the seed loaded); /ready also asks the database. */
  isPrepared: () => boolean;
}

// A body parser's complaint (bad JSON, too large) answered in GraphQL's error shape, not as an HTML page.
const answerBodyErrors: ErrorRequestHandler = (error, _request, response, next) => {
  const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 500;
  if (status < 400 || status >= 500) return next(error);
  if (status === 413) {
    const { limit, length } = error as { limit?: number; length?: number };
    const excess = length !== undefined && limit !== undefined ? ` (${length} bytes, over by ${length - limit})` : '';
    const message = `Request body too large: the limit is ${limit} bytes (MAX_BODY_BYTES)${excess}.`;
    response.status(413).json({ errors: [{ message, extensions: { code: 'QUERY_TOO_COMPLEX' } }] });
    return;
  }
  const message = error instanceof Error ? error.message : 'Bad request';
  response.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
};

// The JSON parser would decode malformed UTF-8 as U+FFFD and the text would be stored changed; the
// seed refuses such a file, so the API refuses such a body.
function refuseMalformedUtf8(_request: unknown, _response: unknown, body: Buffer): void {
  if (!isUtf8(body)) throw Object.assign(new Error('The request body is not valid UTF-8.'), { status: 400 });
}

/** The HTTP surface: /graphql (API and GraphiQL), /export, /explorer, /health, /ready. Apollo must be started first. */
export function createApp({ apollo, database, config, isPrepared }: AppDependencies): Express {
  const app = express();
  const vocabulary = new VocabularyCache(database);
  app.disable('x-powered-by');
  app.use(securityHeaders());

  app.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/ready', async (_request, response) => {
    const ready = isPrepared() && (await database.isReachable());
    response.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable' });
  });

  // Pages on other origins may call the API only when CORS_ORIGINS names them; same-origin pages need no header.
  app.use(['/graphql', '/export'], cors({ origin: config.CORS_ORIGINS, methods: ['GET', 'POST'], maxAge: 600 }));
  app.use(exportRouter(database));
  app.use(serveFavicon());
  app.use(serveExplorer());
  app.use(serveGraphiql());
  app.use(
    '/graphql',
    express.json({ limit: config.MAX_BODY_BYTES, verify: refuseMalformedUtf8 }),
    okStatusForJsonRequestErrors,
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<RequestContext> => ({
        database,
        vocabulary,
        config,
        loaders: createLoaders(database),
        authorization: authorizationOf(req.headers.authorization, config.API_TOKEN),
      }),
    }),
  );
  app.use(answerBodyErrors);
  return app;
}
