// Routes loaded on demand (src/routes.rs, scripts/split.mjs): every view but
// home and not-found is fetched the first time it is shown. Going from any
// view to any other arrives, and a view whose code cannot be fetched is an
// error in the page, not a crash, and is fetched again on the next visit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, holdMainWasm, openPage, useServerAndBrowser } from './harness.mjs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { OWN_FILE } from '../scripts/split.mjs';
import { DIST } from './static-server.mjs';

const ctx = useServerAndBrowser();

/** The nav link of each route and the view it shows, in the header's order. */
const VIEWS = [
  ['/compare', 'view-compare'],
  ['/deadline', 'view-deadline'],
  ['/simulate', 'view-simulate'],
  ['/price', 'view-price'],
  ['/build', 'view-build'],
  ['/audit', 'view-audit'],
];

const pathOf = (page) => new URL(page.url()).pathname;

test('from every view the header reaches every other, each loaded on its first visit', async () => {
  for (const [start, startView] of VIEWS) {
    const page = await openPage(ctx.browser);
    const fetched = [];
    // A view's code comes in its pack (scripts/split.mjs) or as its files.
    page.on('request', (r) => { const m = r.url().match(/\/(?:split|pack)_(\w+)\.wasm$/); if (m) fetched.push(m[1]); });
    await page.goto(ctx.server.origin + start);
    await page.waitForSelector(`[data-testid=app] [data-testid=${startView}]`);
    for (const [path, view] of VIEWS) {
      if (path === start) continue;
      // The deadline view pins "now" into its address as the page opens; a
      // view still on screen while the next one loads must not pull the
      // address back (src/parts.rs).
      await page.getByTestId('nav').locator(`a[href^="${path}"]`).click();
      await page.waitForSelector(`[data-testid=app] [data-testid=${view}]`, { timeout: 15000 });
      assert.equal(pathOf(page), path, `${start} → ${path}`);
    }
    assert.deepEqual(fetched.sort(), VIEWS.map(([p]) => p.slice(1)).sort(), `${start}: each view's code fetched once`);
    assert.deepEqual(page.problems, [], start);
    await page.context().close();
  }
});

test('a view whose code cannot be fetched shows an error, and the next visit fetches it again', async () => {
  const page = await openPage(ctx.browser);
  await page.goto(ctx.server.origin + '/');
  await page.waitForSelector('[data-testid=app] [data-testid=view-home]');
  const uncaught = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  // Offline for everything loaded on demand.
  const block = (route) => route.abort();
  await page.route(/\/(split|chunk|pack)_\w+\.wasm$/, block);
  await page.getByTestId('nav').locator('a[href^="/compare"]').click();
  const error = page.locator('[data-testid=app] [data-testid=view-error]');
  await error.waitFor({ timeout: 15000 });
  assert.match(await error.textContent(), /could not be downloaded/);
  assert.ok(await page.locator('#fatal').isHidden(), 'no crash: the fatal panel stays hidden');
  assert.deepEqual(uncaught, []);
  // The header still works, and once back online the view loads.
  await page.unroute(/\/(split|chunk|pack)_\w+\.wasm$/, block);
  await page.getByTestId('nav').locator('a[href^="/price"]').click();
  await page.waitForSelector('[data-testid=app] [data-testid=view-price]', { timeout: 15000 });
  await page.getByTestId('nav').locator('a[href^="/compare"]').click();
  await page.waitForSelector('[data-testid=app] [data-testid=view-compare]', { timeout: 15000 });
  assert.deepEqual(uncaught, []);
  await page.context().close();
});

// Regression: the panel showed the error's English to every reader.
test('a Russian reader is told in Russian that a view could not be fetched', async () => {
  const page = await openPage(ctx.browser);
  await page.goto(ctx.server.origin + '/?lang=ru');
  await page.waitForSelector('[data-testid=app] [data-testid=view-home]');
  await page.route(/\/(split|chunk|pack)_\w+\.wasm$/, (route) => route.abort());
  await page.getByTestId('nav').locator('a[href^="/compare"]').click();
  const error = page.locator('[data-testid=app] [data-testid=view-error]');
  await error.waitFor({ timeout: 15000 });
  assert.match(await error.textContent(), /Не удалось загрузить эту страницу/);
  assert.doesNotMatch(await error.textContent(), /could not be downloaded/);
  await page.context().close();
});

test('a view\'s page fetches its code in one pack, and its files when the pack cannot be fetched', async () => {
  for (const blocked of [false, true]) {
    const page = await openPage(ctx.browser);
    const wasm = [];
    page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.split('/').pop()); });
    if (blocked) await page.route(/\/pack_\w+\.wasm$/, (route) => route.abort());
    await page.goto(ctx.server.origin + '/simulate');
    await page.waitForSelector('[data-testid=app] [data-testid=view-simulate]', { timeout: 15000 });
    await page.waitForLoadState('networkidle');
    const parts = wasm.filter((f) => /^(split|chunk)_/.test(f));
    if (blocked) {
      assert.ok(wasm.includes('split_simulate.wasm'), `fetched ${wasm}`);
      assert.ok(parts.length > 10, `its files instead of the pack: ${wasm}`);
    } else {
      assert.deepEqual(wasm.filter((f) => f.startsWith('pack_')), ['pack_simulate.wasm']);
      // The big shared chunks stay files (cached for every route); nothing else.
      const dir = (await readdir(DIST)).find((d) => /^app-[0-9a-f]{16}$/.test(d));
      const sizes = await Promise.all(parts.map(async (f) => (await stat(join(DIST, dir, f))).size));
      assert.ok(parts.length >= 1 && sizes.every((size) => size >= OWN_FILE), `fetched ${wasm} (${sizes})`);
    }
    // The browser's own line for the aborted request is all it says.
    const problems = page.problems.filter((p) => !(blocked && /Failed to load resource: net::ERR_FAILED/.test(p)));
    assert.deepEqual(problems, [], `pack blocked: ${blocked}`);
    await page.context().close();
  }
});

test('the release build loads home without any route\'s code', async () => {
  const page = await openPage(ctx.browser);
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.split('/').pop()); });
  await page.goto(ctx.server.origin + '/');
  await appReady(page);
  await page.waitForSelector('[data-testid=app] [data-testid=view-home]');
  await page.waitForLoadState('networkidle');
  assert.deepEqual(wasm, ['slacalc-app_bg.wasm']);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the Russian words are fetched only for a Russian reader, and a failed fetch leaves the page usable in English', async () => {
  const page = await openPage(ctx.browser);
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.split('/').pop()); });
  const uncaught = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  await page.goto(ctx.server.origin + '/?lang=en');
  await appReady(page);
  await page.waitForSelector('[data-testid=app] [data-testid=view-home]');
  await page.waitForLoadState('networkidle');
  assert.ok(!wasm.some((f) => /_ru\.wasm$/.test(f)), `an English page fetched ${wasm}`);
  const nav = page.locator('[data-testid=app] [data-testid=nav]');
  const englishNav = await nav.textContent();
  // Offline for the Russian words: the switch changes nothing, no crash.
  const block = (route) => route.abort();
  await page.route(/_ru\.wasm$/, block);
  await page.locator('[data-testid=app] [data-testid=lang-switch] [data-lang=ru]').click();
  await page.waitForTimeout(500);
  assert.equal(await nav.textContent(), englishNav, 'still English while the words are missing');
  assert.ok(await page.locator('#fatal').isHidden(), 'no crash: the fatal panel stays hidden');
  // Online again: the next click brings Russian.
  await page.unroute(/_ru\.wasm$/, block);
  const tried = wasm.length;
  assert.ok(wasm.some((f) => /_ru\.wasm$/.test(f)), `the first try asked for the words: ${wasm}`);
  await page.locator('[data-testid=app] [data-testid=lang-switch] [data-lang=ru]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'ru');
  assert.match(await nav.textContent(), /[А-Яа-я]/, 'the header speaks Russian');
  // The second try is one download (its pack, or its file).
  assert.equal(wasm.slice(tried).filter((f) => /_ru\.wasm$/.test(f)).length, 1, `fetched ${wasm}`);
  assert.deepEqual(uncaught, []);
  await page.context().close();
});

test('a Russian reader\'s page fetches the Russian words alongside the app, not after it has started', async () => {
  const page = await openPage(ctx.browser);
  const release = await holdMainWasm(page);
  const asked = [];
  page.on('request', (r) => { if (/\/pack_ru\.wasm$/.test(r.url())) asked.push(r.url()); });
  const words = page.waitForRequest(/\/pack_ru\.wasm$/, { timeout: 10000 });
  await page.goto(ctx.server.origin + '/compare?lang=ru', { waitUntil: 'commit' });
  // The main wasm is still held: only the page (web/boot.js) can have asked.
  await words;
  release();
  await page.waitForSelector('[data-testid=app] [data-testid=view-compare]', { timeout: 15000 });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
  // The app used what the page fetched: one download.
  assert.equal(asked.length, 1, `fetched ${asked.length} times`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a quote link, which has no page of its own, fetches the quote\'s code alongside the app', async () => {
  const page = await openPage(ctx.browser);
  const release = await holdMainWasm(page);
  const code = page.waitForRequest(/\/pack_quote\.wasm$/, { timeout: 10000 });
  await page.goto(ctx.server.origin + '/quote', { waitUntil: 'commit' });
  // The main wasm is still held: only the page (web/boot.js) can have asked.
  await code;
  release();
  await appReady(page);
  await page.waitForSelector('[data-testid=app] main [data-testid]', { timeout: 15000 });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
