// Shared by the end-to-end tests: a static server for the release build in
// dist/ (static-server.mjs, bound to 127.0.0.1) and a headless
// Debian Chromium driven by playwright-core. Never downloads a browser.
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.mjs';

/**
 * Serves dist/ on 127.0.0.1 at a free port as a static host would
 * (static-server.mjs: per-route HTML, compressed, the CSP header);
 * resolves to { origin, close, requests }.
 */
export function serveDist() {
  return serveStatic();
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
/**
 * Holds the main wasm's response until the returned function is called:
 * whatever is fetched meanwhile was asked for by the page, not the app.
 */
export async function holdMainWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/slacalc-app_bg\.wasm$/, async (route) => { await held; await route.continue().catch(() => {}); });
  return release;
}

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
