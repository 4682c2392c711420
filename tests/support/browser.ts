import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; scripts/ensureChromium.js (npm's pretest) installs it when missing. */
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve(__dirname, '..', '..', '.artifacts', 'screenshots');
/** Where a renderer crash leaves what Chromium said before it ("Target crashed" alone says nothing). */
export const CRASH_LOG = path.resolve(__dirname, '..', '..', '.artifacts', 'chromium-crash.log');
const CRASH_LOG_LINES = 200;

/**
 * How long a browser test waits for the page (each wait, click or navigation) and for itself. On a
 * busy 2-core machine a page can take a minute to draw; the waits only exist to end a hang, so they
 * are long: a test passes slowly rather than fails.
 */
export const BROWSER_WAIT_MS = 120_000;
export const BROWSER_TEST_TIMEOUT_MS = 300_000;

// No GPU, QUIC, sync, updates or background fetches: a quiet browser whose every request is the page's own.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // To a file in the profile, which only the crash report reads (below).
  '--enable-logging',
];

export interface BrowserSession {
  page: Page;
  /** Every URL the page asked for, in order. */
  requests: string[];
  /** Uncaught errors thrown in the page. */
  pageErrors: string[];
  /** Content-Security-Policy violations the page reported: each directive and what it blocked. */
  cspViolations: string[];
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<string>;
  close(): Promise<void>;
}

/** A headless Chromium with a fresh profile (removed on close), recording what the page requests. */
export async function openBrowser(viewport = { width: 1280, height: 800 }): Promise<BrowserSession> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: run \`node scripts/ensureChromium.js\`.`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kratom-graph-chromium-'));
  const chromiumLog = path.join(profile, 'chromium.log');
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      // Chromium's own log, for a crash report: a renderer that dies under load says why only there.
      args: [...FLAGS, `--log-file=${chromiumLog}`],
      viewport,
    });
  } catch (error) {
    fs.rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  context.setDefaultTimeout(BROWSER_WAIT_MS);
  context.setDefaultNavigationTimeout(BROWSER_WAIT_MS);
  const page = context.pages()[0] ?? (await context.newPage());
  const requests: string[] = [];
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('crash', () => {
    fs.mkdirSync(path.dirname(CRASH_LOG), { recursive: true });
    const log = fs.existsSync(chromiumLog) ? fs.readFileSync(chromiumLog, 'utf8').split('\n').slice(-CRASH_LOG_LINES) : ['(no log)'];
    fs.writeFileSync(CRASH_LOG, [`Renderer crashed at ${new Date().toISOString()} on ${page.url()}`, ...log].join('\n'));
    console.error(`Chromium's renderer crashed; its last output is in ${CRASH_LOG}`);
  });
  // The page's own report of each violation, and Chromium's console line for it ("Refused to …").
  await context.exposeFunction('reportCspViolation', (violation: string) => cspViolations.push(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (violation: string) => void }).reportCspViolation;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  return {
    page,
    requests,
    pageErrors,
    cspViolations,
    async screenshot(name, options = {}) {
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, ...options });
      return file;
    },
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** True for URLs that stay on this machine (or carry their content inline). */
export function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  const { protocol, hostname } = new URL(url);
  return (protocol === 'http:' || protocol === 'https:' || protocol === 'ws:') && ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
}
