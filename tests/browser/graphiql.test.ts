import { BROWSER_TEST_TIMEOUT_MS, isLocal, openBrowser, type BrowserSession } from '../support/browser';
import { startTestServer, type TestServer } from '../support/testServer';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

let server: TestServer;
let browser: BrowserSession;

beforeAll(async () => {
  server = await startTestServer();
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('GraphiQL at /graphql', () => {
  it('opens with the example queries as tabs, and runs one', async () => {
    const { page } = browser;
    const response = await page.goto(`${server.url}/graphql`);
    expect(response?.status()).toBe(200);
    await page.locator('.graphiql-tab').first().waitFor();
    // One tab per example in graphiqlStart.js, the first one open.
    expect(await page.locator('.graphiql-tab .graphiql-tab-button').allTextContents()).toEqual([
      'CompoundTargets',
      'Search',
      'Wobbles',
      'KratomToAnxiety',
      'Disagreements',
      'Claims',
    ]);
    await expect(page.locator('.graphiql-query-editor').innerText()).resolves.toContain('entity(id: "compound:mitragynine")');

    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await page.waitForFunction(() => /"data"/.test(document.querySelector('.result-window')?.textContent ?? ''));
    const text = await result.innerText();
    expect(text).toContain('"actsOn"');
    expect(text).toContain('opioid receptors');
    expect(text).not.toContain('"errors"');
    await browser.screenshot('graphiql-example');
  });

  it('asked for nothing beyond this machine, threw no errors and broke no Content-Security-Policy rule', () => {
    expect(browser.requests.length).toBeGreaterThan(3);
    expect(browser.requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });
});
