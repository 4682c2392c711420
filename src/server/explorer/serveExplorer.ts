import path from 'node:path';

import express, { type Router } from 'express';

import { buildExplorerBundle } from './buildExplorerBundle';
import { EXPLORER_PAGE } from './explorerPage';

/** GET /explorer: the graph explorer page, its script (built on first use) and its style sheet. */
export function serveExplorer(): Router {
  const router = express.Router();
  router.get('/explorer', (_request, response) => {
    // Start bundling while the browser parses the page; the script request waits for the same build.
    buildExplorerBundle().catch(() => undefined);
    response.type('html').send(EXPLORER_PAGE);
  });
  router.get('/explorer/explorer.js', async (_request, response, next) => {
    try {
      response.type('js').set('Cache-Control', 'no-cache').send(await buildExplorerBundle());
    } catch (error) {
      next(error);
    }
  });
  router.get('/explorer/explorer.css', (_request, response) => {
    response.sendFile(path.join(__dirname, 'explorer.css'));
  });
  return router;
}
