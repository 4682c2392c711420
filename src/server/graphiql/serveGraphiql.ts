import path from 'node:path';

import express, { type Router } from 'express';

import { GRAPHIQL_PAGE } from './graphiqlPage';

function packageFile(packageName: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${packageName}/package.json`)), file);
}

// The browser builds published inside the npm packages themselves: nothing to bundle, nothing fetched.
const ASSETS: Record<string, string> = {
  'graphiql.min.css': packageFile('graphiql', 'graphiql.min.css'),
  'graphiql.min.js': packageFile('graphiql', 'graphiql.min.js'),
  'react.production.min.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.production.min.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
};

/** True for a browser asking for a page (not a GraphQL GET request, which carries `query`). */
function wantsPage(request: express.Request): boolean {
  return request.query['query'] === undefined && request.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/** GET /graphql from a browser: GraphiQL, with its assets under /graphiql/. */
export function serveGraphiql(): Router {
  const router = express.Router();
  router.get('/graphql', (request, response, next) => {
    if (!wantsPage(request)) return next();
    response.type('html').send(GRAPHIQL_PAGE);
  });
  router.get('/graphiql/start.js', (_request, response) => {
    response.sendFile(path.join(__dirname, 'graphiqlStart.js'));
  });
  router.get('/graphiql/page.css', (_request, response) => {
    response.sendFile(path.join(__dirname, 'graphiqlPage.css'));
  });
  router.get('/graphiql/assets/:file', (request, response, next) => {
    const file = ASSETS[request.params.file];
    if (!file) return next();
    response.sendFile(file, { maxAge: '1d' });
  });
  return router;
}
