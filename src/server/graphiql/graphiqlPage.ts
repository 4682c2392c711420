/**
 * The GraphiQL page. Every script and style comes from this process (see serveGraphiql), never a CDN:
 * users run this offline, and Apollo's default landing page loads its code from the internet. Nothing
 * is inline, so the Content-Security-Policy (see securityHeaders) needs no 'unsafe-inline'.
 */
export const GRAPHIQL_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Kratom Graph · GraphiQL</title>
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/graphiql/assets/graphiql.min.css">
  <link rel="stylesheet" href="/graphiql/page.css">
</head>
<body>
  <div id="notice" role="note">Kratom Graph records what its source documents <strong>claim</strong>, each claim with the sentence that asserts it. It is not medical advice.</div>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/assets/react.production.min.js"></script>
  <script src="/graphiql/assets/react-dom.production.min.js"></script>
  <script src="/graphiql/assets/graphiql.min.js"></script>
  <script src="/graphiql/start.js"></script>
</body>
</html>
`;
