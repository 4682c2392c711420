import type { Core } from 'cytoscape';

import { deleteDocument } from '../../src/graph/curationRepository';
import { storeDocument } from '../../src/graph/storeDocument';
import { BROWSER_TEST_TIMEOUT_MS, openBrowser, type BrowserSession } from '../support/browser';
import { handMadeDocument } from '../support/handMadeDocument';
import { startTestServer, type TestServer } from '../support/testServer';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

type ExplorerWindow = Window & { cy: Core };

const SUPPORTED = 'substance:loperamide|RELIEVES|symptom:diarrhoea';
const CONTESTED = 'substance:loperamide|RELIEVES|symptom:abdominal-cramps';
const DENIED = 'substance:loperamide|RELIEVES|symptom:yawning';
const relieves = (targetId: string) => ({ type: 'RELIEVES' as const, sourceId: 'substance:loperamide', targetId });

// Three sources on loperamide: one affirms, one denies, one hedges; stance set by hand (the extractor
// that reads it from the text is another branch's work).
const DOCUMENTS = [
  handMadeDocument('document:browser-stance-affirms', 'A guide that affirms', [
    { text: 'Loperamide relieves diarrhoea.', claim: relieves('symptom:diarrhoea') },
    { text: 'Loperamide also relieves abdominal cramps.', claim: relieves('symptom:abdominal-cramps') },
  ]),
  handMadeDocument('document:browser-stance-denies', 'A review that denies', [
    { text: 'Loperamide does not relieve abdominal cramps.', claim: { ...relieves('symptom:abdominal-cramps'), polarity: 'NEGATED' } },
    { text: 'Loperamide does nothing for yawning.', claim: { ...relieves('symptom:yawning'), polarity: 'NEGATED' } },
  ]),
  handMadeDocument('document:browser-stance-hedges', 'A forum that hedges', [
    { text: 'Loperamide may possibly ease abdominal cramps.', claim: { ...relieves('symptom:abdominal-cramps'), certainty: 'HEDGED' } },
  ]),
];

let server: TestServer;
let browser: BrowserSession;

beforeAll(async () => {
  server = await startTestServer();
  for (const { document, extraction } of DOCUMENTS) await storeDocument(server.database, document, extraction);
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const { document } of DOCUMENTS) await deleteDocument(server.database, document.id);
  await server?.close();
});

const edgeLook = (id: string) =>
  browser.page.evaluate((edgeId) => {
    const edge = (window as unknown as ExplorerWindow).cy.getElementById(edgeId);
    return { colour: edge.style('line-color'), line: edge.style('line-style'), visible: edge.visible(), stance: edge.data('stance') as string };
  }, id);

describe('the explorer draws stance', () => {
  it('draws a contested edge apart from a supported one, and hides the denied-only one until asked', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/explorer`);
    await expect(page.locator('#legend-stances li').allTextContents()).resolves.toEqual([
      expect.stringContaining('supported'),
      expect.stringContaining('hedged'),
      expect.stringContaining('contested'),
      expect.stringContaining('denied'),
    ]);
    await page.locator('#search-input').focus();
    await page.keyboard.type('loperamide', { delay: 15 });
    const options = page.locator('#search-suggestions [role=option]');
    await options.first().waitFor();
    const names = await options.allTextContents();
    const index = names.findIndex((name) => /^loperamide\s*Substance$/i.test(name));
    expect(index).toBeGreaterThanOrEqual(0);
    for (let step = 0; step < index; step += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => (window as unknown as ExplorerWindow).cy.getElementById(id).nonempty(), CONTESTED);

    const supported = await edgeLook(SUPPORTED);
    const contested = await edgeLook(CONTESTED);
    expect(supported).toEqual({ colour: 'rgb(154,163,177)', line: 'solid', visible: true, stance: 'SUPPORTED' });
    expect(contested).toEqual({ colour: 'rgb(194,24,91)', line: 'solid', visible: true, stance: 'CONTESTED' });
    expect(contested.colour).not.toBe(supported.colour);
    expect(await edgeLook(DENIED)).toMatchObject({ stance: 'DENIED', line: 'dotted', visible: false });
    // Yawning is drawn only because of the denial: hidden with it.
    const yawningVisible = () => page.evaluate(() => (window as unknown as ExplorerWindow).cy.getElementById('symptom:yawning').visible());
    await expect(yawningVisible()).resolves.toBe(false);

    await page.locator('#show-denied').check();
    await page.waitForFunction((id) => (window as unknown as ExplorerWindow).cy.getElementById(id).visible(), DENIED);
    await expect(yawningVisible()).resolves.toBe(true);
    await browser.screenshot('explorer-stance-denied-shown');
    await page.locator('#show-denied').uncheck();
    await page.waitForFunction((id) => !(window as unknown as ExplorerWindow).cy.getElementById(id).visible(), DENIED);
  });

  it('clicking the contested edge shows what asserts it and what denies it, the hedged sentence marked', async () => {
    const { page } = browser;
    const point = await page.evaluate((id) => (window as unknown as ExplorerWindow).cy.getElementById(id).renderedMidpoint(), CONTESTED);
    const box = await page.locator('#cy').boundingBox();
    await page.mouse.click(box!.x + point.x, box!.y + point.y);
    await page.locator('#details .evidence-group.denies .evidence').first().waitFor();

    await expect(page.locator('#details .stance').textContent()).resolves.toContain('contested');
    // Chosen, the contested edge keeps its colour (the selection is a halo).
    expect(await edgeLook(CONTESTED)).toMatchObject({ colour: 'rgb(194,24,91)' });
    await expect(page.locator('#details .evidence-group h3').allTextContents()).resolves.toEqual(['Asserts (2)', 'Denies (1)']);
    await expect(page.locator('#details .evidence-group.asserts mark').allTextContents()).resolves.toEqual([
      'Loperamide also relieves abdominal cramps.',
      'Loperamide may possibly ease abdominal cramps.',
    ]);
    await expect(page.locator('#details .evidence-group.denies mark').allTextContents()).resolves.toEqual(['Loperamide does not relieve abdominal cramps.']);
    // Only the hedging sentence carries the mark.
    const hedged = page.locator('#details .evidence-group.asserts .evidence', { has: page.locator('.tag.hedged') });
    await expect(hedged.locator('mark').allTextContents()).resolves.toEqual(['Loperamide may possibly ease abdominal cramps.']);
    await browser.screenshot('explorer-stance');
    expect(browser.pageErrors).toEqual([]);
  });
});
