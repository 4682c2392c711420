/**
 * The explorer page. Its script is this project's own bundle (Cytoscape.js inside, see
 * buildExplorerBundle): the page loads nothing from another origin.
 */
export const EXPLORER_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Kratom Graph · Explorer</title>
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/explorer/explorer.css">
</head>
<body>
  <header class="top">
    <h1>Kratom Graph explorer</h1>
    <p id="notice" role="note"><strong>This graph records what sources claim, not medical advice.</strong>
      Click an edge to read the sentence that makes the claim.</p>
    <nav><a href="/graphql">GraphiQL</a></nav>
  </header>
  <main class="layout">
    <section class="controls" aria-label="Search and filters">
      <div class="search">
        <label for="search-input">Find an entity</label>
        <input id="search-input" type="search" role="combobox" autocomplete="off" spellcheck="false"
          placeholder="mitragynine, anxiety, kratom…" aria-autocomplete="list" aria-expanded="false"
          aria-controls="search-suggestions">
        <ul id="search-suggestions" role="listbox" aria-label="Suggestions" hidden></ul>
        <p id="search-status" class="status" aria-live="polite"></p>
      </div>
      <div class="buttons">
        <button type="button" id="fit-button">Fit to view</button>
        <button type="button" id="layout-button">Lay out again</button>
        <button type="button" id="clear-button">Clear</button>
      </div>
    </section>
    <section class="graph-area" aria-label="Graph">
      <div id="cy" aria-hidden="true"></div>
      <p id="graph-empty" class="empty">Search for an entity to draw its neighbourhood.</p>
    </section>
    <section id="details" class="details" aria-live="polite" aria-label="Details">
      <p class="hint">Choose a node to see its relationships, or an edge to read its evidence.</p>
    </section>
    <section class="key" aria-label="Kinds">
      <fieldset id="kind-filter">
        <legend>Show kinds</legend>
      </fieldset>
      <label class="toggle"><input type="checkbox" id="show-denied"> Show claims sources only deny</label>
      <section class="legend" aria-labelledby="legend-title">
        <h2 id="legend-title">Legend</h2>
        <ul id="legend-kinds"></ul>
        <ul id="legend-stances" class="stances" aria-label="Edges by stance"></ul>
        <p>An arrow points from the entity that is said to act to the one it acts on; its label names the claim,
          a thicker line has more sentences behind it. Bigger nodes have more relationships.
          A claim that sources only deny is no link: it stays hidden unless you show it.</p>
      </section>
    </section>
  </main>
  <script src="/explorer/explorer.js"></script>
</body>
</html>
`;
