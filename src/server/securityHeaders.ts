import { createHash } from 'node:crypto';

import helmet from 'helmet';

// Cytoscape.js inserts one <style> element of its own, with this fixed rule, the first time it draws
// (see its renderer's constructor); its hash lets exactly that element through and no other inline style.
const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';
const cytoscapeStyleHash = `'sha256-${createHash('sha256').update(CYTOSCAPE_STYLE).digest('base64')}'`;

/**
 * helmet's headers on every answer: pages, exports and the API. The Content-Security-Policy allows
 * only this origin's own scripts, styles, fonts and requests (GraphiQL and the explorer are served
 * from local bundles, with no inline script or style), nothing may frame a page (clickjacking), the
 * browser may not sniff a type, and no referrer leaves. HSTS is left to whoever terminates TLS: this
 * server speaks plain HTTP, on loopback by default.
 */
export function securityHeaders(): ReturnType<typeof helmet> {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", cytoscapeStyleHash],
        // GraphiQL's style sheet carries its fonts and icons as data: URLs.
        fontSrc: ["'self'", 'data:'],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
  });
}
