import path from 'node:path';

import express, { type Router } from 'express';

const FAVICON = path.join(__dirname, 'favicon.svg');

/**
 * The site icon, served from this process (no CDN). Pages link /favicon.svg; browsers that ask for
 * /favicon.ico on their own get the same SVG, which every current browser draws, instead of a 404.
 */
export function serveFavicon(): Router {
  const router = express.Router();
  router.get(['/favicon.svg', '/favicon.ico'], (_request, response) => {
    response.type('image/svg+xml').set('Cache-Control', 'public, max-age=86400').sendFile(FAVICON);
  });
  return router;
}
