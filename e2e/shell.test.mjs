// The app shell in a real browser, from the release build: routes with
// their own URLs, navigation, embed mode, not-found, no outside requests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, openPage, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

test('every request the page makes goes to the local server', async () => {
  const page = await openPage(ctx.browser);
  const foreign = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin !== ctx.server.origin && url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(r.url());
  });
  for (const path of ['/', '/compare', '/deadline', '/simulate', '/price', '/build', '/audit']) {
    await page.goto(ctx.server.origin + path);
    await appReady(page);
  }
  assert.deepEqual(foreign, []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('navigation moves between views and the URL follows', async () => {
  const page = await openPage(ctx.browser);
  await page.goto(ctx.server.origin + '/');
  await appReady(page);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Deadline' }).click();
  await page.waitForSelector('[data-testid=view-deadline]');
  assert.equal(new URL(page.url()).pathname, '/deadline');
  const current = page.locator('[data-testid=nav] a[aria-current=page]');
  assert.equal(await current.textContent(), 'Deadline');
  await page.goBack();
  await page.waitForSelector('[data-testid=view-home]');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a deep link opens its view directly', async () => {
  const page = await openPage(ctx.browser);
  await page.goto(ctx.server.origin + '/price');
  await page.waitForSelector('[data-testid=view-price]');
  assert.equal(await page.title(), 'Price — slacalc');
  await page.context().close();
});

test('embed=1 shows the view without header or navigation', async () => {
  const page = await openPage(ctx.browser);
  await page.goto(ctx.server.origin + '/compare?embed=1');
  await page.waitForSelector('[data-testid=view-compare]');
  assert.equal(await page.locator('[data-testid=header]').count(), 0);
  assert.equal(await page.locator('nav').count(), 0);
  await page.context().close();
});

test('an unknown path shows a not-found page, not a blank one', async () => {
  const page = await openPage(ctx.browser);
  await page.goto(ctx.server.origin + '/nowhere');
  const view = page.locator('[data-testid=view-not-found]');
  await view.waitFor();
  assert.match(await view.textContent(), /\/nowhere/);
  await page.context().close();
});

test('the skip link moves keyboard focus to the content', async () => {
  const page = await openPage(ctx.browser);
  await page.goto(ctx.server.origin + '/compare');
  await appReady(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  await page.context().close();
});

test('at phone width nothing overflows sideways, on any view', async () => {
  const page = await openPage(ctx.browser, { viewport: { width: 360, height: 740 } });
  // Wide tables scroll inside their own region; the page itself must not.
  for (const path of ['/', '/compare', '/deadline', '/price', '/quote?plan=express-8x5&users=10', '/build', '/simulate?n=1000']) {
    await page.goto(ctx.server.origin + path);
    await appReady(page);
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${path} is ${overflow}px wider than the phone screen`);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

// Regression: a size set on /price was dropped by the header's links, so
// /simulate priced the plans at zero users while saying its prices come
// from the sizes set on the Price view.
test('the customer size goes with the header links between the priced views', async () => {
  const page = await openPage(ctx.browser);
  await page.goto(`${ctx.server.origin}/price?users=120&servers=25`);
  await appReady(page);
  await page.waitForSelector('[data-testid=prices]');
  const nav = page.getByRole('navigation', { name: 'Views' });
  await nav.getByRole('link', { name: 'Simulate' }).click();
  await page.getByTestId('view-simulate').waitFor();
  const query = new URL(page.url()).searchParams;
  assert.equal(query.get('users'), '120');
  assert.equal(query.get('servers'), '25');
  await nav.getByRole('link', { name: 'Compare' }).click();
  await page.getByTestId('view-compare').waitFor();
  assert.equal(new URL(page.url()).searchParams.get('users'), '120');
  // Views without prices take nothing along.
  assert.equal(await nav.getByRole('link', { name: 'Deadline' }).getAttribute('href'), '/deadline');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

// Regression: every page had the same title, so tabs, history and a screen
// reader could not tell the views apart.
test('each view has its own title, in the page as served and in the app', async () => {
  const served = await (await fetch(`${ctx.server.origin}/audit`)).text();
  assert.match(served, /<title>Audit — slacalc<\/title>/);
  const page = await openPage(ctx.browser);
  await page.goto(`${ctx.server.origin}/compare`);
  await appReady(page);
  assert.equal(await page.title(), 'Compare — slacalc');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Deadline' }).click();
  await page.getByTestId('view-deadline').waitFor();
  await page.waitForFunction(() => document.title === 'Deadline — slacalc');
  await page.goto(`${ctx.server.origin}/`);
  await appReady(page);
  assert.equal(await page.title(), 'slacalc — support plans and SLA deadlines');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
