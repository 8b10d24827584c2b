// What a visitor's browser shows besides the app: an icon, and a console
// with nothing in it on load — no warning, no error — on every route and
// embed, from the release build served as a static host would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();
const ROUTES = ['/', '/compare', '/deadline', '/simulate', '/price', '/build', '/quote?plan=express-8x5'];

test('the page declares an icon, and the server sends it as an image', async () => {
  const context = await ctx.browser.newContext();
  const page = await context.newPage();
  await page.goto(ctx.server.origin + '/compare');
  const href = await page.locator('link[rel=icon]').getAttribute('href');
  assert.ok(href, 'no <link rel=icon>');
  const response = await page.request.get(new URL(href, ctx.server.origin).href);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'], /^image\/svg\+xml/);
  assert.match(await response.text(), /^<svg /);
  await context.close();
});

test('no console message of any kind while any route loads, framed or not', async () => {
  const context = await ctx.browser.newContext();
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => { if (['warning', 'error'].includes(m.type())) messages.push(`${page.url()}: ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => messages.push(`${page.url()}: uncaught: ${e.message}`));
  for (const route of ROUTES) {
    for (const path of [route, route + (route.includes('?') ? '&' : '?') + 'embed=1']) {
      await page.goto(ctx.server.origin + path);
      await appReady(page);
      await page.waitForLoadState('networkidle');
    }
  }
  assert.deepEqual(messages, []);
  await context.close();
});
