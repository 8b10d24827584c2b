// Prerendered first paint: each route's default state is real HTML, shown
// before the wasm arrives; a link with its own selection never passes the
// default figures off as its answer; the app takes over without a jump;
// a wasm that cannot load leaves a message, never a blank page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

/** A page whose wasm never arrives (the request hangs until `release`). */
async function withoutWasm(options = {}) {
  const context = await ctx.browser.newContext(options);
  let release;
  const held = new Promise((ok) => { release = ok; });
  await context.route(/\.wasm$/, async (route) => { await held; await route.continue().catch(() => {}); });
  const page = await context.newPage();
  return { context, page, release };
}

const visible = (page, selector) => page.locator(selector).first().isVisible();

test('HTML and CSS alone show each route\'s real content', async () => {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ctx.server.origin + '/compare');
  assert.ok(await visible(page, '#prerendered table.comparison th[data-plan]'));
  assert.match(await page.locator('#prerendered table.comparison').textContent(), /eXpress/);
  await page.goto(ctx.server.origin + '/price');
  const values = await page.locator('#prerendered .view.price input[inputmode=decimal]').evaluateAll((xs) => xs.map((x) => x.value));
  assert.ok(values.length > 0 && values.every((v) => v !== ''), `price inputs: ${values}`);
  // Amounts come from Intl: `US$1,230.00` in English, `1 230,00 $` in Russian.
  assert.match(await page.locator('#prerendered .view.price').textContent(), /(US\$|\$|€|₽|RUB\s?)\d|\d[\d\s,.]*\s?(RUB|USD|EUR|₽|\$)/);
  await page.goto(ctx.server.origin + '/deadline');
  // The blank form: nothing decided by the clock.
  assert.ok(await visible(page, '#prerendered form.incident-form select'));
  assert.equal(await page.locator('#prerendered input[type=date]').getAttribute('value'), null);
  assert.equal(await page.locator('#prerendered time, #prerendered .due-card').count(), 0);
  await page.goto(ctx.server.origin + '/');
  assert.ok(await visible(page, '#prerendered .home .cards'));
  // Not marked as loading: it is the answer for a link without a selection.
  assert.equal(await visible(page, '#prerendered .pre-loading'), false);
  for (const route of ['/simulate', '/build']) {
    await page.goto(ctx.server.origin + route);
    assert.ok(await visible(page, `#prerendered .view.${route.slice(1)} form`), route);
  }
  await context.close();
});

test('a link with its own selection shows the default figures only as "loading"', async () => {
  const { context, page, release } = await withoutWasm();
  await page.goto(ctx.server.origin + '/compare?plans=vkcloud,virtuozzo');
  await page.waitForSelector('#prerendered');
  assert.equal(await page.locator('#prerendered .pre-loading:visible').innerText(), 'Loading your selection…');
  assert.ok(await visible(page, '#prerendered .pre-loading'));
  const opacity = await page.locator('#prerendered .view.compare:visible').evaluate((el) => getComputedStyle(el).opacity);
  assert.ok(Number(opacity) < 0.5, `opacity ${opacity}`);
  // Embed is presentation, not a selection; another path is not this page.
  await page.goto(ctx.server.origin + '/compare?embed=1', { waitUntil: 'domcontentloaded' });
  assert.equal(await visible(page, '#prerendered .pre-loading'), false);
  assert.equal(await visible(page, '#prerendered .header'), false);
  await page.goto(ctx.server.origin + '/nowhere', { waitUntil: 'domcontentloaded' });
  assert.equal(await visible(page, '#prerendered .home'), false);
  release();
  await page.waitForSelector('[data-testid=view-not-found]');
  assert.equal(await page.locator('#prerendered').count(), 0);
  await context.close();
});

test('the app takes over in place: same layout before and after, on a phone too', async () => {
  const wide = { width: 1280, height: 900 };
  const phone = { width: 390, height: 844 };
  for (const [route, viewport] of [['/compare', wide], ['/price', wide], ['/', wide], ['/build', wide], ['/compare', phone], ['/price', phone]]) {
    const { context, page, release } = await withoutWasm({ viewport });
    await page.goto(ctx.server.origin + route);
    await page.waitForSelector('#prerendered main:visible');
    // The page's width is the screen's: nothing prerendered is wider.
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), viewport.width, `${route} at ${viewport.width} px`);
    const box = (root) => page.evaluate((root) => {
      // The <main> shown (compare holds one per width).
      const main = [...document.querySelectorAll(`${root} main`)].find((m) => m.getClientRects().length);
      const r = main.getBoundingClientRect();
      const first = main.querySelector('h1, table, form')?.getBoundingClientRect();
      return [r.top, r.height, first?.top, first?.height].map(Math.round);
    }, root);
    const before = await box('#prerendered');
    release();
    await appReady(page);
    assert.equal(await page.locator('#prerendered').count(), 0, route);
    const after = await box('[data-testid=app]');
    assert.deepEqual(after, before, `${route} at ${viewport.width} px: main moved or resized when the app took over`);
    await context.close();
  }
});

test('a tap on the page before the app has started says it is starting, and the notice goes with the takeover', async () => {
  for (const [lang, words] of [['en', /calculator is starting/], ['ru', /калькулятор запускается/]]) {
    const { context, page, release } = await withoutWasm({ viewport: { width: 390, height: 844 } });
    await page.goto(`${ctx.server.origin}/compare?lang=${lang}`);
    await page.waitForSelector('#prerendered');
    const notice = page.locator('#prerendered > .pre-starting');
    assert.equal(await notice.isVisible(), false, 'nothing said before anyone tries');
    // Moving around is not trying: Tab and a scroll say nothing.
    await page.keyboard.press('Tab');
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(100);
    assert.equal(await notice.isVisible(), false, 'Tab or a scroll is not a try');
    await page.mouse.wheel(0, -200);
    // The copy is inert: the checkbox cannot be ticked yet.
    const box = page.locator('#prerendered input[type=checkbox]:visible').first();
    const before = await box.isChecked();
    const at = await box.boundingBox();
    // A click in English, a key that would type in Russian: both are tries.
    if (lang === 'en') await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
    else {
      // Off the link Tab focused (keys on a link are the link's).
      await page.evaluate(() => document.activeElement?.blur());
      await page.keyboard.press('x');
    }
    await notice.waitFor({ state: 'visible' });
    assert.match(await notice.innerText(), words);
    assert.equal(await notice.getAttribute('role'), 'status');
    assert.equal(await box.isChecked(), before);
    release();
    await page.waitForSelector('[data-testid=app] [data-testid=view-compare]');
    await page.waitForFunction(() => !document.getElementById('prerendered'));
    assert.equal(await page.locator('.pre-starting').count(), 0, `${lang}: the notice went with the copy`);
    await context.close();
  }
});

test('the prerendered language switch says which language is chosen', async () => {
  for (const lang of ['en', 'ru']) {
    const { context, page, release } = await withoutWasm();
    await page.goto(`${ctx.server.origin}/deadline?lang=${lang}`);
    await page.waitForSelector('#prerendered');
    const pressed = await page.locator('#prerendered .lang-switch [data-lang]').evaluateAll(
      (buttons) => buttons.map((b) => [b.dataset.lang, b.getAttribute('aria-pressed')]));
    assert.deepEqual(pressed, [['en', String(lang === 'en')], ['ru', String(lang === 'ru')]]);
    release();
    await context.close();
  }
});

test('a wasm that cannot be fetched leaves a message, not a blank page', async () => {
  const context = await ctx.browser.newContext();
  await context.route(/\.wasm$/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(ctx.server.origin + '/compare');
  const fatal = page.locator('#fatal');
  await fatal.waitFor();
  assert.match(await fatal.textContent(), /could not start/);
  assert.ok(await visible(page, '#prerendered table.comparison'));
  await page.locator('#fatal [data-action=reload]').click();
  await page.waitForLoadState('domcontentloaded');
  await context.close();
});
