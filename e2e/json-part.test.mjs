// The JSON part on demand (src/codec.rs): serde and everything that reads or
// writes saved work, price book files and a quote's file is a split of its
// own. A visitor with nothing saved never downloads it until they save or
// open a file; a visitor with saved work has it fetched by the page, and
// when it cannot be fetched the saved work is said to be there and left as
// it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, holdMainWasm, openPage, useServerAndBrowser } from './harness.mjs';
import { BuildPage, eventually } from './pages.mjs';

const ctx = useServerAndBrowser();

const JSON_PART = /\/(?:split|pack)_codec\.wasm$/;

/** Every request for the JSON part's own wasm, as it happens. */
function jsonPartRequests(page) {
  const asked = [];
  page.on('request', (r) => { if (JSON_PART.test(r.url())) asked.push(r.url()); });
  return asked;
}

/** Opens the rates editor on /price, renames the example book and saves it as the user's own. */
async function saveOwnBook(page) {
  await page.getByTestId('book-editor').locator('summary').click();
  const json = page.getByTestId('book-json');
  await eventually(async () => (await json.inputValue()).includes('"currency": "USD"'), true, 10000);
  await json.fill((await json.inputValue()).replace('"name": "Example rates"', '"name": "Rates for Acme"'));
  await page.getByTestId('save-book').click();
  await eventually(() => page.getByTestId('book-status').textContent(), 'Saved as “Rates for Acme (yours)”. Choose it above.', 10000);
}

/** Whether the book chooser lists the book `saveOwnBook` saved. */
const hasOwnBook = (page) => page.getByTestId('book').locator('option').allTextContents().then((o) => o.some((t) => t.includes('Rates for Acme')));

test('a visitor with nothing saved downloads no JSON part until they edit a price book, and then saves it', async () => {
  const page = await openPage(ctx.browser);
  const asked = jsonPartRequests(page);
  for (const path of ['/compare', '/deadline', '/simulate', '/price']) {
    await page.goto(ctx.server.origin + path);
    await appReady(page);
    await page.waitForSelector(`[data-testid=app] [data-testid=view-${path.slice(1)}]`, { timeout: 15000 });
  }
  await page.waitForSelector('[data-testid=prices]');
  assert.deepEqual(asked, [], 'no view fetched the JSON part on its own');

  // Opening the rates editor writes the book as JSON: the part comes then.
  await saveOwnBook(page);
  assert.equal(asked.length, 1, 'fetched once');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a visitor with saved work has the JSON part fetched by the page, alongside the app, and sees their work', async () => {
  const page = await openPage(ctx.browser);
  await page.goto(ctx.server.origin + '/price');
  await appReady(page);
  await saveOwnBook(page);

  // A later visit, in the same browser: the main wasm is held, so only the
  // page (web/boot.js) can ask for the part.
  const release = await holdMainWasm(page);
  const asked = jsonPartRequests(page);
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname); });
  const early = page.waitForRequest(JSON_PART, { timeout: 10000 });
  await page.goto(ctx.server.origin + '/price', { waitUntil: 'commit' });
  await early;
  release();
  await appReady(page);
  await eventually(() => hasOwnBook(page), true, 15000);
  assert.equal(asked.length, 1, 'the app used what the page fetched');
  // Nothing the page preloaded was fetched again (the app takes the parts
  // the page chose: web/packs.js, scripts/postbuild.mjs).
  assert.deepEqual(wasm.filter((f, i) => wasm.indexOf(f) !== i), [], `fetched ${wasm}`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('saved work whose reader cannot be downloaded is said to be there, and left as it was', async () => {
  // Saved work as the app writes it.
  const first = await openPage(ctx.browser);
  await first.goto(ctx.server.origin + '/price');
  await appReady(first);
  await saveOwnBook(first);
  const stored = await first.evaluate(() => localStorage.getItem('slacalc.saved-work'));
  const state = await first.context().storageState();
  await first.context().close();

  const page = await openPage(ctx.browser, { storageState: state });
  await page.route(JSON_PART, (route) => route.abort());
  await page.goto(ctx.server.origin + '/compare');
  await appReady(page);
  await page.waitForSelector('[data-testid=app] [data-testid=view-compare]', { timeout: 15000 });
  const problem = page.getByTestId('saved-problem');
  await eventually(async () => /could not be downloaded/.test(await problem.textContent()), true, 10000);
  assert.equal(await page.evaluate(() => localStorage.getItem('slacalc.saved-work')), stored, 'nothing written over it');
  // What helps is offered: reloading (a backup would need the same part).
  assert.equal(await problem.getByTestId('reload-page').count(), 1);
  assert.equal(await problem.getByRole('button', { name: 'Export a backup' }).count(), 0);
  // The view itself works.
  assert.ok(await page.locator('[data-testid=app] [data-testid=view-compare] [data-plan]').count() > 0);
  assert.deepEqual(page.problems.filter((p) => !/Failed to load resource|Failed to fetch/.test(p)), []);

  // Online again: the next view fetches the part, reads the saved work and
  // the banner goes (it used to stay empty until a reload).
  await page.unroute(JSON_PART);
  await page.getByTestId('nav').locator('a[href^="/price"]').first().click();
  await page.waitForSelector('[data-testid=app] [data-testid=view-price]', { timeout: 15000 });
  await eventually(() => hasOwnBook(page), true, 15000);
  await eventually(() => page.getByTestId('saved-problem').count(), 0, 5000);
  // Regression: the part could arrive while the page being left still ran
  // its banner, which read a signal its page had dropped: a panic, and the
  // app stopped with the banner up (about one run in two).
  assert.deepEqual(page.problems.filter((p) => !/Failed to load resource|Failed to fetch/.test(p)), []);
  await page.context().close();
});

test('a compare link carrying a package fetches the JSON part with the page and compares the package; without the part it says so', async () => {
  // A package as the builder shares it, never saved.
  const builder = await openPage(ctx.browser);
  const build = new BuildPage(builder, ctx.server.origin);
  await build.open();
  await build.start('express-premium', 'Night cover');
  const href = await builder.getByTestId('compare-package').getAttribute('href');
  assert.match(href, /^\/compare\?.*package=1\./);
  await builder.context().close();

  const page = await openPage(ctx.browser);
  const asked = jsonPartRequests(page);
  await page.goto(ctx.server.origin + href);
  await appReady(page);
  await page.waitForSelector('[data-testid=app] [data-testid=view-compare] [data-plan="pkg-night-cover"]', { timeout: 15000 });
  assert.equal(asked.length, 1, 'the JSON part, once');
  assert.equal(await page.getByTestId('link-notices').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();

  const offline = await openPage(ctx.browser);
  await offline.route(JSON_PART, (route) => route.abort());
  await offline.goto(ctx.server.origin + href);
  await appReady(offline);
  await offline.waitForSelector('[data-testid=app] [data-testid=view-compare]', { timeout: 15000 });
  await eventually(async () => /could not be read/.test(await offline.getByTestId('link-notices').textContent()), true, 10000);
  assert.equal(await offline.locator('[data-testid=app] [data-plan="pkg-night-cover"]').count(), 0);
  const sent = new URL(ctx.server.origin + href).searchParams;
  assert.equal(new URL(offline.url()).searchParams.get('package'), sent.get('package'), 'the link keeps its package for a reload');
  // Regression: the first edit rewrote the address without the package it
  // could not read, and the plan naming it (nothing to reload then).
  await offline.getByTestId('req-critical').selectOption('30');
  await eventually(() => new URL(offline.url()).searchParams.get('crit'), '30');
  const edited = new URL(offline.url()).searchParams;
  assert.equal(edited.get('package'), sent.get('package'), 'an edit keeps the unread package verbatim');
  assert.equal(edited.get('plans'), sent.get('plans'), "an edit keeps the package's plan, in its place");
  await offline.context().close();
});
