import path from 'node:path';

import type { Core, NodeSingular } from 'cytoscape';

import { BROWSER_TEST_TIMEOUT_MS, isLocal, openBrowser, SCREENSHOT_DIR, type BrowserSession } from '../support/browser';
import { startTestServer, type TestServer } from '../support/testServer';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

type ExplorerWindow = Window & { cy: Core };

let server: TestServer;
let browser: BrowserSession;
let reviewId: string;

beforeAll(async () => {
  server = await startTestServer();
  browser = await openBrowser();
  // A second source beside the seeded blog, with a publisher and a date to show.
  const ingested = await server.execute<{ ingestDocument: { document: { id: string } } }>(
    `mutation { ingestDocument(title: "Kratom alkaloids: a review", text: "Kratom contains mitragynine, its main alkaloid.",
        publisher: "Journal of Examples", published: "2024-05-01", sourceType: PEER_REVIEWED, url: "https://journal.example/review") {
      document { id } } }`,
  );
  reviewId = ingested.data!.ingestDocument.document.id;
});
afterAll(async () => {
  await server?.execute('mutation ($id: ID!) { deleteDocument(id: $id) { documentId } }', { id: reviewId });
  await browser?.close();
  await server?.close();
});

/** True when every drawn node lies inside the canvas: the drawing was fitted to the canvas's size. */
const allNodesInside = () =>
  browser.page.evaluate(() => {
    const { cy } = window as unknown as ExplorerWindow;
    const box = cy.nodes(':visible').renderedBoundingBox({ includeLabels: false });
    return box.x1 >= -1 && box.y1 >= -1 && box.x2 <= cy.width() + 1 && box.y2 <= cy.height() + 1;
  });

/**
 * Taps an edge as a reader's finger would. Nothing is returned from the page: `emit` returns the
 * collection, and Playwright serialising it (the whole graph behind it) took the renderer past 3 GB
 * of JavaScript heap and, on a busy machine, to "Target crashed".
 */
const tapEdge = (id: string) =>
  browser.page.evaluate((edgeId) => {
    (window as unknown as ExplorerWindow).cy.getElementById(edgeId).emit('tap');
  }, id);

const drawnIds = () => browser.page.evaluate(() => (window as unknown as ExplorerWindow).cy.nodes().map((node) => node.id()).sort());

async function neighbourhoodIds(id: string): Promise<string[]> {
  const answer = await server.execute<{ subgraph: { nodes: { id: string }[] } }>(
    'query ($id: ID!) { subgraph(ids: [$id], depth: 1, limit: 60) { nodes { id } } }',
    { id },
  );
  return answer.data!.subgraph.nodes.map((node) => node.id);
}

describe('the explorer at /explorer', () => {
  it('loads from this server alone, with the notice, a legend and a kind filter', async () => {
    const { page } = browser;
    const response = await page.goto(`${server.url}/explorer`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('#notice').textContent()).resolves.toContain('This graph records what sources claim, not medical advice.');
    await page.waitForFunction(() => 'cy' in window);
    expect(await page.locator('#kind-filter input[type=checkbox]').count()).toBe(7);
    expect(await page.locator('#legend-kinds li').count()).toBe(7);
    await browser.screenshot('explorer-empty');
  });

  it('searching "mitragynine" with the keyboard draws its neighbourhood, coloured by kind and labelled', async () => {
    const { page } = browser;
    await page.locator('#search-input').focus();
    await page.keyboard.type('mitragynine', { delay: 15 });
    const options = page.locator('#search-suggestions [role=option]');
    await options.first().waitFor();
    const names = await options.allTextContents();
    const exact = /^mitragynine\s*Compound$/i;
    expect(names).toContainEqual(expect.stringMatching(exact));
    const index = names.findIndex((name) => exact.test(name));
    for (let step = 0; step < index; step += 1) await page.keyboard.press('ArrowDown');
    await expect(page.locator('#search-input').getAttribute('aria-activedescendant')).resolves.toBe(`suggestion-${index}`);
    await page.keyboard.press('Enter');

    await page.waitForFunction(() => (window as unknown as ExplorerWindow).cy.getElementById('compound:mitragynine').nonempty());
    const expected = await neighbourhoodIds('compound:mitragynine');
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(await drawnIds()).toEqual([...expected].sort());

    const drawing = await page.evaluate(() => {
      const { cy } = window as unknown as ExplorerWindow;
      const compound = cy.getElementById('compound:mitragynine');
      const receptor = cy.nodes('[kind = "Receptor"]').first();
      const positions = cy.nodes().map((node) => node.renderedPosition());
      const xs = positions.map((position) => position.x);
      const ys = positions.map((position) => position.y);
      const gaps = positions.flatMap((a, i) => positions.slice(i + 1).map((b) => Math.hypot(a.x - b.x, a.y - b.y)));
      return {
        compoundColour: compound.style('background-color'),
        receptorColour: receptor.style('background-color'),
        label: compound.style('label'),
        edgeLabels: cy.edges().map((edge) => edge.style('label')),
        centre: { x: (Math.max(...xs) + Math.min(...xs)) / 2, y: (Math.max(...ys) + Math.min(...ys)) / 2 },
        spread: { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) },
        closest: Math.min(...gaps),
        canvas: { width: cy.width(), height: cy.height() },
      };
    });
    expect(drawing.compoundColour).toBe('rgb(86,180,233)');
    expect(drawing.receptorColour).toBe('rgb(0,158,115)');
    expect(drawing.label).toBe('mitragynine');
    expect(drawing.edgeLabels.every((label) => label.length > 0)).toBe(true);
    // Laid out in the middle of the canvas and spread out, not piled in a corner.
    expect(Math.abs(drawing.centre.x - drawing.canvas.width / 2)).toBeLessThan(drawing.canvas.width / 6);
    expect(Math.abs(drawing.centre.y - drawing.canvas.height / 2)).toBeLessThan(drawing.canvas.height / 6);
    expect(drawing.spread.width).toBeGreaterThan(drawing.canvas.width / 4);
    expect(drawing.closest).toBeGreaterThan(80);
    await expect(page.locator('#details h2').textContent()).resolves.toContain('mitragynine');
    await browser.screenshot('explorer-neighbourhood');
  });

  it('clicking an edge shows its evidence: the quoted sentence marked within its passage, and the document', async () => {
    const { page } = browser;
    const { id, ...point } = await page.evaluate(() => {
      const { cy } = window as unknown as ExplorerWindow;
      // An edge with evidence whose middle is clear of every node, so the click lands on the edge.
      const edge = cy.edges('[evidenceCount > 0]').filter((candidate) => {
        const middle = candidate.renderedMidpoint();
        return cy.nodes().every((node) => {
          const box = node.renderedBoundingBox({ includeLabels: true });
          return middle.x < box.x1 || middle.x > box.x2 || middle.y < box.y1 || middle.y > box.y2;
        });
      })[0];
      if (!edge) throw new Error('no clickable edge');
      return { id: edge.id(), ...edge.renderedMidpoint() };
    });
    const box = await page.locator('#cy').boundingBox();
    await page.mouse.click(box!.x + point.x, box!.y + point.y);
    await page.locator('#details .evidence mark').first().waitFor();

    const answer = await server.execute<{ relationship: { evidence: { quote: string; document: { title: string } }[] } }>(
      'query ($id: ID!) { relationship(id: $id) { evidence { quote document { title } } } }',
      { id },
    );
    const evidence = answer.data!.relationship.evidence;
    expect(await page.locator('#details .evidence mark').allTextContents()).toEqual(evidence.map((item) => item.quote));
    expect(await page.locator('#details .evidence cite').first().textContent()).toBe(evidence[0]!.document.title);
    // The quote sits inside the longer passage it was found in.
    const passage = await page.locator('#details .evidence blockquote').first().textContent();
    expect(passage!.length).toBeGreaterThanOrEqual(evidence[0]!.quote.length);
    expect(passage).toContain(evidence[0]!.quote);
    await browser.screenshot('explorer-evidence');
  });

  it('the evidence pane shows each quote with its source type, publisher and date', async () => {
    const { page } = browser;
    await tapEdge('substance:kratom|CONTAINS|compound:mitragynine');
    const provenance = page.locator('#details .evidence .provenance');
    await page.waitForFunction(() => document.querySelectorAll('#details .evidence .provenance').length >= 2);
    const lines = await provenance.allTextContents();
    expect(lines).toContainEqual(expect.stringMatching(/^peer-reviewed Journal of Examples · 2024-05-01 · source$/));
    expect(lines).toContainEqual(expect.stringMatching(/^blog publisher unknown · date unknown$/));
    expect(await page.locator('#details .evidence .provenance a').first().getAttribute('href')).toBe('https://journal.example/review');
    await page.locator('#details').screenshot({ path: path.join(SCREENSHOT_DIR, 'explorer-evidence-provenance.png') });
  });

  it('refits the drawing when the window is resized', async () => {
    const { page } = browser;
    // Braces: a bare arrow would return the core, and Playwright would serialise the whole graph.
    await page.evaluate(() => {
      (window as unknown as ExplorerWindow).cy.zoom(3);
    });
    expect(await allNodesInside()).toBe(false);
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.waitForFunction(() => {
      const { cy } = window as unknown as ExplorerWindow;
      const box = cy.nodes(':visible').renderedBoundingBox({ includeLabels: false });
      return box.x1 >= -1 && box.y1 >= -1 && box.x2 <= cy.width() + 1 && box.y2 <= cy.height() + 1;
    });
    expect(await allNodesInside()).toBe(true);
    await browser.screenshot('explorer-resized');
    await page.setViewportSize({ width: 1280, height: 800 });
    // The page resizes and refits on its next animation frame: the tests after this one click at
    // rendered positions, so they must start from the refitted drawing, not the one before it.
    await page.waitForFunction(() => {
      const { cy } = window as unknown as ExplorerWindow;
      return Math.abs(cy.width() - document.getElementById('cy')!.clientWidth) < 1;
    });
    expect(await allNodesInside()).toBe(true);
  });

  it('clicking a node adds its neighbourhood', async () => {
    const { page } = browser;
    const before = await drawnIds();
    const id = await page.evaluate(() => {
      const { cy } = window as unknown as ExplorerWindow;
      // A node with relationships not drawn yet, so expanding it must add something.
      const undrawn = (candidate: NodeSingular) => (candidate.data('degree') as number) - candidate.connectedEdges().length;
      const node = cy
        .nodes()
        .map((candidate) => candidate)
        .filter((candidate) => candidate.id() !== 'compound:mitragynine' && undrawn(candidate) > 0)
        .sort((a, b) => undrawn(b) - undrawn(a))[0];
      if (!node) throw new Error('no expandable node');
      return node.id();
    });
    // A real click at the node's rendered position, read afresh before each try: on a busy machine the
    // drawing may still be settling when the first click lands, and a click on empty canvas does nothing.
    const clickAndWait = async () => {
      const point = await page.evaluate((nodeId) => (window as unknown as ExplorerWindow).cy.getElementById(nodeId).renderedPosition(), id);
      const box = await page.locator('#cy').boundingBox();
      await page.mouse.click(box!.x + point.x, box!.y + point.y);
      const grown = (count: number) => (window as unknown as ExplorerWindow).cy.nodes().length > count;
      return page.waitForFunction(grown, before.length, { timeout: 30_000 }).then(
        () => true,
        () => false,
      );
    };
    let expanded = false;
    for (let attempt = 0; attempt < 5 && !expanded; attempt += 1) expanded = await clickAndWait();
    expect(expanded).toBe(true);
    await page.waitForFunction(() => /added around/.test(document.getElementById('search-status')?.textContent ?? ''));

    const after = await drawnIds();
    expect(after.length).toBeGreaterThan(before.length);
    expect(after).toEqual([...new Set([...before, ...(await neighbourhoodIds(id))])].sort());
    // The added nodes are spread out too, not stacked where the expanded node was.
    const closest = await page.evaluate(() => {
      const positions = (window as unknown as ExplorerWindow).cy.nodes().map((node) => node.renderedPosition());
      return Math.min(...positions.flatMap((a, i) => positions.slice(i + 1).map((b) => Math.hypot(a.x - b.x, a.y - b.y))));
    });
    expect(closest).toBeGreaterThan(30);
    await browser.screenshot('explorer-expanded');
  });

  it('the kind filter hides and shows nodes of a kind', async () => {
    const { page } = browser;
    const kind = await page.evaluate(() => (window as unknown as ExplorerWindow).cy.nodes('[kind != "Compound"]').first().data('kind') as string);
    const count = await page.evaluate((shown) => (window as unknown as ExplorerWindow).cy.nodes(`[kind = "${shown}"]`).length, kind);
    expect(count).toBeGreaterThan(0);
    // Cytoscape restyles on its next frame, so the count is awaited rather than read at once.
    const visibleBecomes = (expected: number) =>
      page.waitForFunction(
        ([shown, wanted]) => (window as unknown as ExplorerWindow).cy.nodes(`[kind = "${shown}"]:visible`).length === wanted,
        [kind, expected] as const,
      );
    await visibleBecomes(count);
    await page.getByLabel(kind, { exact: true }).uncheck();
    await visibleBecomes(0);
    await browser.screenshot('explorer-filtered');
    await page.getByLabel(kind, { exact: true }).check();
    await visibleBecomes(count);
  });

  it('the details pane works from the keyboard: Tab to a relationship, Enter shows its evidence', async () => {
    const { page } = browser;
    const button = page.locator('#details .relationships button').first();
    await button.focus();
    await page.keyboard.press('Enter');
    await page.locator('#details .evidence mark').first().waitFor();
  });

  it('fits a narrow screen without sideways scrolling', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    // Nothing but the page's own resize handling fits the drawing to the phone's canvas.
    await page.waitForFunction(() => (window as unknown as ExplorerWindow).cy.width() <= 390);
    await page.waitForFunction(() => {
      const { cy } = window as unknown as ExplorerWindow;
      const box = cy.nodes(':visible').renderedBoundingBox({ includeLabels: false });
      return box.x1 >= -1 && box.y1 >= -1 && box.x2 <= cy.width() + 1 && box.y2 <= cy.height() + 1;
    });
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, graph: document.getElementById('cy')!.clientWidth }));
    expect(widths.page).toBeLessThanOrEqual(390);
    expect(widths.graph).toBeGreaterThan(300);
    expect(await page.locator('#notice').isVisible()).toBe(true);
    // Search first, then the graph, on a phone.
    const search = await page.locator('#search-input').boundingBox();
    const graph = await page.locator('#cy').boundingBox();
    expect(search!.y).toBeLessThan(graph!.y);
    expect(graph!.y).toBeLessThan(844);
    await browser.screenshot('explorer-narrow', { fullPage: true });
    // The evidence pane on a phone: no quote or provenance line wider than the screen.
    await tapEdge('substance:kratom|CONTAINS|compound:mitragynine');
    await page.locator('#details .evidence .provenance').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.locator('#details').scrollIntoViewIfNeeded();
    await browser.screenshot('explorer-narrow-evidence');
  });

  it('asked for nothing beyond this machine, threw no errors and broke no Content-Security-Policy rule', () => {
    expect(browser.requests.length).toBeGreaterThan(3);
    expect(browser.requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });
});
