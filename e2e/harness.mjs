// Shared by the end-to-end tests: a static server for the release build in
// dist/ (bound to 127.0.0.1, SPA fallback to index.html) and a headless
// Debian Chromium driven by playwright-core. Never downloads a browser.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

const DIST = resolve(import.meta.dirname, '..', 'dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serves dist/ on 127.0.0.1 at a free port; resolves to { origin, close }. */
export async function serveDist() {
  await stat(join(DIST, 'index.html')).catch(() => {
    throw new Error('dist/index.html is missing: run `trunk build --release` first (scripts/test.sh does).');
  });
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(DIST, path));
    let body, type;
    try {
      if (!file.startsWith(DIST) || !(await stat(file)).isFile()) throw new Error('not a file');
      body = await readFile(file);
      type = TYPES[extname(file)] ?? 'application/octet-stream';
    } catch {
      // Any unknown path is a route of the single-page app.
      body = await readFile(join(DIST, 'index.html'));
      type = TYPES['.html'];
    }
    res.writeHead(200, { 'content-type': type });
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Launches Debian's Chromium with a fresh profile. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/**
 * Opens a page that collects console errors and uncaught exceptions, so a
 * test can assert that none happened.
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console: ${m.text()}`); });
  return page;
}

/** Waits until the app has rendered its root element. */
export async function appReady(page) {
  await page.waitForSelector('[data-testid=app]', { timeout: 15000 });
}

/**
 * Starts the server and the browser before a test file's tests and stops
 * them after; returns an object whose `server` and `browser` are set once
 * they run.
 */
export function useServerAndBrowser() {
  const shared = {};
  before(async () => {
    shared.server = await serveDist();
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}
