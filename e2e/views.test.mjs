// The compare and deadline views in a real browser, from the release
// build: figures, URL round trips, stale links and embedding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useServerAndBrowser } from './harness.mjs';
import { ComparePage, DeadlinePage, eventually } from './pages.mjs';

const ctx = useServerAndBrowser();

const inBerlin = { timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 900 } };

test('compare marks the plans that answer a critical incident fastest at night', async () => {
  const page = await openPage(ctx.browser, inBerlin);
  const compare = new ComparePage(page, ctx.server.origin);
  await compare.open('?plans=express-8x5,express-24x7,tencent-business');
  assert.deepEqual(await compare.columns(), ['express-8x5', 'express-24x7', 'tencent-business']);
  // "1 hour" in both eXpress plans; only the 24/7 one keeps it on a Friday night.
  assert.deepEqual(await compare.bestInRow('first-response', 'critical'), ['express-24x7']);
  assert.match(await page.getByTestId('headline').textContent(), /eXpress 24\/7, within 1 h/);
  assert.match(await compare.row('first-response', 'critical').locator('td').first().textContent(), /Longest wait: 2 d 16 h/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a value shows its source on keyboard focus', async () => {
  const page = await openPage(ctx.browser, inBerlin);
  const compare = new ComparePage(page, ctx.server.origin);
  await compare.open('?plans=vkcloud');
  const value = compare.row('resolution', 'critical').locator('.cited').first();
  const tooltip = page.locator(`#${await value.getAttribute('aria-describedby')}`);
  assert.equal(await tooltip.isVisible(), false);
  await value.focus();
  assert.equal(await tooltip.isVisible(), true);
  assert.match(await tooltip.textContent(), /Source: .*за 2ч/);
  await page.context().close();
});

test('choosing plans and requirements goes into the URL and survives a reload', async () => {
  const page = await openPage(ctx.browser, inBerlin);
  const compare = new ComparePage(page, ctx.server.origin);
  await compare.open('?plans=express-8x5');
  await compare.togglePlan('express-premium');
  await compare.togglePlan('tencent-enterprise');
  await compare.requireCriticalWithin(30);
  await compare.requirePhone();
  await eventually(() => compare.query().toString(),
    'plans=express-8x5%2Cexpress-premium%2Ctencent-enterprise&crit=30&phone=1');
  assert.equal(await compare.verdict('express-premium').getAttribute('data-meets'), 'true');
  assert.equal(await compare.verdict('express-8x5').getAttribute('data-meets'), 'false');
  assert.match(await compare.verdict('express-8x5').textContent(), /Longest wait 2 d 16 h/);
  await page.reload();
  await page.waitForSelector('[data-testid=ranking]');
  assert.deepEqual(await compare.columns(), ['express-8x5', 'express-premium', 'tencent-enterprise']);
  assert.equal(await page.getByTestId('req-critical').inputValue(), '30');
  assert.equal(await page.getByTestId('req-phone').isChecked(), true);
  // Prices join the table (example rates at zero usage): 8/5 is cheapest...
  assert.deepEqual(await compare.bestInRow('price', 'monthly'), ['express-8x5']);
  assert.match(await compare.row('price', 'monthly').textContent(), /example rates/);
  // ...but misses the requirement. Ranked: the cheapest plan that meets first.
  const order = await page.locator('[data-testid=ranking] li[data-meets]').evaluateAll((lis) => lis.map((l) => l.dataset.testid));
  assert.deepEqual(order, ['verdict-express-premium', 'verdict-tencent-enterprise', 'verdict-express-8x5']);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a stale compare link says what it dropped and shows the rest', async () => {
  const page = await openPage(ctx.browser, inBerlin);
  const compare = new ComparePage(page, ctx.server.origin);
  await compare.open('?plans=aws-gold,vkcloud&crit=soon');
  const notices = await compare.notices().textContent();
  assert.match(notices, /aws-gold/);
  assert.match(notices, /soon/);
  assert.deepEqual(await compare.columns(), ['vkcloud']);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

const fridayEvening = '?plan=express-8x5&severity=medium&opened=2026-11-20T18:00:00%2B03:00&tz=Europe/Moscow';

test('deadline: Moscow Friday 18:00 + 16 working hours is Tuesday 16:00', async () => {
  const page = await openPage(ctx.browser, inBerlin);
  const deadline = new DeadlinePage(page, ctx.server.origin);
  await deadline.open(fridayEvening);
  assert.equal(await deadline.dueUtc('response'), '2026-11-20T16:00:00Z');
  assert.equal(await deadline.dueUtc('resolution'), '2026-11-24T13:00:00Z');
  assert.equal(await deadline.due('resolution').textContent(), 'Tue 24 Nov 2026, 16:00');
  assert.equal(await page.locator('[data-testid=timeline] svg').count(), 1);
  // Shown in Berlin instead: the same instant, an hour earlier on the wall.
  await deadline.chooseZone('Europe/Berlin');
  await eventually(() => deadline.due('resolution').textContent(), 'Tue 24 Nov 2026, 14:00');
  assert.equal(deadline.query().get('tz'), 'Europe/Berlin');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('deadline: a severity without a commitment says so and has no datetime', async () => {
  const page = await openPage(ctx.browser, inBerlin);
  const deadline = new DeadlinePage(page, ctx.server.origin);
  await deadline.open('?plan=tencent-basic&severity=critical&opened=2026-11-20T18:00:00Z');
  assert.equal(await deadline.due('response').textContent(), 'No commitment');
  assert.equal(await deadline.dueUtc('response'), null);
  await deadline.chooseSeverity('low');
  // Basic answers general issues within 16 hours, around the clock.
  await eventually(() => deadline.dueUtc('response'), '2026-11-21T10:00:00Z');
  assert.equal(deadline.query().get('severity'), 'low');
  await page.context().close();
});

test('deadline: events move the due time, live in the URL and survive a reload', async () => {
  const page = await openPage(ctx.browser, inBerlin);
  const deadline = new DeadlinePage(page, ctx.server.origin);
  await deadline.open('?plan=express-24x7&severity=critical&opened=2026-11-23T10:00:00%2B03:00&tz=Europe/Moscow');
  assert.equal(await deadline.dueUtc('resolution'), '2026-11-23T12:00:00Z');
  await deadline.addEvent('paused', '2026-11-23', '11:00');
  await deadline.addEvent('resumed', '2026-11-23', '13:00');
  // Two hours waiting for the customer: five hours of clock end at 17:00 Moscow.
  await eventually(() => deadline.dueUtc('resolution'), '2026-11-23T14:00:00Z');
  assert.equal(deadline.query().get('events'), 'paused@2026-11-23T08:00:00Z,resumed@2026-11-23T10:00:00Z');
  await page.reload();
  await page.waitForSelector('[data-testid=resolution-due]');
  assert.equal(await deadline.dueUtc('resolution'), '2026-11-23T14:00:00Z');
  assert.equal(await page.getByTestId('event').count(), 2);
  // What would the other plans have promised?
  assert.match(await page.getByTestId('alt-express-8x5').textContent(), /eXpress 8\/5/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('deadline: a hand-edited link falls back field by field and says why', async () => {
  const page = await openPage(ctx.browser, inBerlin);
  const deadline = new DeadlinePage(page, ctx.server.origin);
  await deadline.open('?plan=express-99&severity=urgent&opened=2026-02-30T10:00:00Z&tz=Mars/Olympus');
  const notices = await deadline.notices().textContent();
  for (const part of ['express-99', 'urgent', '2026-02-30', 'Mars/Olympus']) assert.match(notices, new RegExp(part));
  assert.equal(await page.getByTestId('plan').inputValue(), 'express-8x5');
  // The link is rewritten into a clean one that reproduces the view.
  await eventually(() => deadline.query().get('plan'), 'express-8x5');
  assert.ok(deadline.query().get('opened'), 'opened is pinned in the URL');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('embed code: the iframe shows the bare view and grows with its content', async () => {
  const page = await openPage(ctx.browser, inBerlin);
  const deadline = new DeadlinePage(page, ctx.server.origin);
  await deadline.open(fridayEvening);
  const snippet = await page.getByTestId('embed-code').inputValue();
  assert.match(snippet, /embed=1/);
  assert.match(snippet, /opened=2026-11-20T18:00:00%2B03:00/);
  const host = await openPage(ctx.browser, inBerlin);
  await host.setContent(`<h1>Docs page</h1>${snippet}<p>after</p>`);
  const frame = host.locator('iframe[data-slacalc]');
  await eventually(async () => (await frame.evaluate((f) => f.style.height)) !== '', true, 15000);
  const inner = host.frameLocator('iframe[data-slacalc]');
  // A framed page may be denied storage: it must still run (regression: a
  // storage accessor that panicked in a third-party frame).
  assert.equal(await inner.locator('#fatal').isHidden(), true);
  assert.equal(await inner.getByTestId('header').count(), 0);
  assert.equal(await inner.getByTestId('resolution-due').getAttribute('datetime'), '2026-11-24T13:00:00Z');
  const styleHeight = await frame.evaluate((f) => parseInt(f.style.height, 10));
  const embedded = host.frames().find((f) => f.url().includes('/deadline'));
  const contentHeight = await embedded.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  assert.ok(Math.abs(styleHeight - contentHeight) <= 2, `iframe ${styleHeight}px, content ${contentHeight}px`);
  assert.ok(styleHeight > 600, 'taller than the default height');
  await host.context().close();
  await page.context().close();
});

test('a figure that rests on an assumption says so where it is shown', async () => {
  const page = await openPage(ctx.browser);
  const compare = new ComparePage(page, ctx.server.origin);
  await compare.open('?plans=virtuozzo,express-24x7');
  // Virtuozzo names no support hours: its response times are counted
  // around the clock by assumption, and the cell carries the mark.
  const columns = await compare.columns();
  const cells = compare.row('first-response', 'critical').locator('td');
  const virtuozzo = cells.nth(columns.indexOf('virtuozzo'));
  await virtuozzo.getByTestId('assumption-mark').waitFor();
  await virtuozzo.locator('.cited').focus();
  assert.match(await virtuozzo.locator('[role=tooltip]').textContent(), /Assumption: .*names no support hours/);
  const express = cells.nth(columns.indexOf('express-24x7'));
  assert.equal(await express.getByTestId('assumption-mark').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
