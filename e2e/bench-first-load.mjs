// First load of every route, and of every route under ?embed=1, on
// Lighthouse's mobile profile: `node e2e/bench-first-load.mjs [runs]` after
// `trunk build --release`. Serves dist/ gzip-compressed as a static host would
// (static-server.mjs) and cold-loads each page `runs` times (default 3),
// each in a fresh browser context (empty cache), with the Chrome DevTools
// protocol slowing it down:
//   Network.emulateNetworkConditions: 562.5 ms round trip, 1.47 Mbit/s down
//     (1474.56 kbit/s), 675 kbit/s up;
//   Emulation.setCPUThrottlingRate: 4.
// Prints, per page, the median of:
//   content  — the route's main content is visible (prerendered or not):
//              the comparison (a table, or on this phone a card per
//              plan), the deadline form (due times once the app runs),
//              the price inputs, the simulate form, the package builder,
//              the home page's cards;
//   app      — the app itself has rendered the view (it is interactive);
//   bytes    — bytes transferred (compressed, headers included) until `app`;
//   requests — how many.
// Options: BENCH_ROUTES=/compare,/price to measure fewer pages;
// BENCH_BROTLI=1 to serve the .br copies (default: gzip, as the issue measured);
// BENCH_JSON=1 to print JSON lines instead of the table.
import { launchBrowser } from './harness.mjs';
import { serveStatic } from './static-server.mjs';

const RUNS = Number(process.argv[2] ?? 3);
const PROFILE = {
  latency: 562.5,
  downloadThroughput: (1474.56 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
  cpu: 4,
};

// What "the main content" is on each route. Class selectors, so they match
// the prerendered page and the app alike.
const CONTENT = {
  '/': '.home .cards',
  // A phone gets a card per plan (src/views/compare.rs), not the table.
  '/compare': 'table.comparison, .plan-cards .plan-card',
  '/deadline': '.view.deadline form',
  '/simulate': '.view.simulate form',
  '/price': '.view.price input',
  '/build': '.view.build form',
  '/audit': '.view.audit textarea',
};
const APP = {
  '/': 'view-home',
  '/compare': 'view-compare',
  '/deadline': 'response-due',
  '/simulate': 'view-simulate',
  '/price': 'price-monthly',
  '/build': 'view-build',
  '/audit': 'view-audit',
};

const routes = (process.env.BENCH_ROUTES?.split(',') ?? Object.keys(CONTENT));
const pages = routes.flatMap((r) => [r, `${r}?embed=1`]);

// Runs in the page before anything else (through CDP, so outside its CSP):
// records when each selector first matches a visible element, checked on
// every animation frame, i.e. just before the frame is painted.
function watch(selectors) {
  window.__firstVisible = {};
  const visible = (el) => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    const s = getComputedStyle(el);
    return s.visibility !== 'hidden' && Number(s.opacity) > 0;
  };
  const tick = () => {
    for (const [name, selector] of Object.entries(selectors)) {
      if (!(name in window.__firstVisible) && [...document.querySelectorAll(selector)].some(visible)) {
        window.__firstVisible[name] = performance.now();
      }
    }
    if (Object.keys(window.__firstVisible).length < Object.keys(selectors).length) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function loadOnce(browser, origin, path) {
  const route = path.split('?')[0];
  const selectors = {
    content: CONTENT[route],
    app: `[data-testid=app] [data-testid=${APP[route]}]`,
  };
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, deviceScaleFactor: 1.75 });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PROFILE.latency,
    downloadThroughput: PROFILE.downloadThroughput,
    uploadThroughput: PROFILE.uploadThroughput,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu });
  const transferred = [];
  cdp.on('Network.loadingFinished', (e) => transferred.push({ at: e.timestamp, bytes: e.encodedDataLength }));
  await page.addInitScript(watch, selectors);
  await page.goto(origin + path, { waitUntil: 'commit' });
  await page.waitForFunction(() => 'app' in (window.__firstVisible ?? {}), null, { timeout: 60000, polling: 100 });
  const times = await page.evaluate(() => window.__firstVisible);
  // Let late requests finish, then count everything fetched by then.
  await page.waitForLoadState('networkidle').catch(() => {});
  const bytes = transferred.reduce((sum, t) => sum + t.bytes, 0);
  await context.close();
  return { content: Math.min(times.content ?? Infinity, times.app), app: times.app, bytes, requests: transferred.length, problems };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serveStatic({ brotli: process.env.BENCH_BROTLI === '1' });
const browser = await launchBrowser();
const rows = [];
try {
  for (const path of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await loadOnce(browser, server.origin, path));
    const row = {
      path,
      content: median(runs.map((r) => r.content)) / 1000,
      app: median(runs.map((r) => r.app)) / 1000,
      bytes: median(runs.map((r) => r.bytes)),
      requests: median(runs.map((r) => r.requests)),
      runs: runs.map((r) => [+(r.content / 1000).toFixed(2), +(r.app / 1000).toFixed(2)]),
      problems: [...new Set(runs.flatMap((r) => r.problems))],
    };
    rows.push(row);
    if (process.env.BENCH_JSON) console.log(JSON.stringify(row));
    else {
      if (rows.length === 1) console.log(`${'page'.padEnd(22)} ${'content s'.padStart(9)} ${'app s'.padStart(7)} ${'KB'.padStart(7)} ${'req'.padStart(4)}  runs (content/app)`);
      console.log(`${path.padEnd(22)} ${row.content.toFixed(2).padStart(9)} ${row.app.toFixed(2).padStart(7)} ${(row.bytes / 1000).toFixed(0).padStart(7)} ${String(row.requests).padStart(4)}  ${row.runs.map((r) => r.join('/')).join(', ')}`);
      for (const p of row.problems) console.log(`    console: ${p}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
