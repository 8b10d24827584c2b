// The price view and the printable quote, from the release build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, stat } from 'node:fs/promises';
import { appReady, openPage, useServerAndBrowser } from './harness.mjs';
import { eventually } from './pages.mjs';

const ctx = useServerAndBrowser();

const price = (page, kind, plan) => page.locator(`[data-testid=price-${kind}][data-plan="${plan}"]`).getAttribute('data-value');

test('AWS published prices reproduce the worked example to the cent', async () => {
  const page = await openPage(ctx.browser);
  await page.goto(`${ctx.server.origin}/price?book=aws&spend=85000`);
  await appReady(page);
  await page.waitForSelector('[data-testid=prices]');
  assert.equal(await price(page, 'monthly', 'aws-business'), '6150.00');
  assert.equal(await price(page, 'annual', 'aws-business'), '73800.00');
  assert.equal(await page.getByTestId('example-badge').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

// Regression: with AWS' book the rows were ids (aws-business), each had a
// Quote link to a page that could only say the plan is unknown, an empty
// Add-ons heading stood over nothing, and the book's note named a file of
// this repository as its source.
test('AWS prices: named plans, no quote that cannot be made, no empty add-ons', async () => {
  const page = await openPage(ctx.browser);
  await page.goto(`${ctx.server.origin}/price?book=aws&spend=85000`);
  await appReady(page);
  await page.waitForSelector('[data-testid=prices]');
  const row = page.locator('tr[data-plan="aws-business"]');
  assert.match(await row.locator('th').textContent(), /^AWS Business/);
  assert.equal(await row.locator('a.quote-link').count(), 0);
  assert.equal(await page.locator('fieldset.add-ons').isVisible(), false);
  assert.doesNotMatch(await page.locator('.view.price').textContent(), /shared\/DESIGN|\.\.\//);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('example rates are labelled, and inputs change the price and the URL', async () => {
  const page = await openPage(ctx.browser);
  await page.goto(`${ctx.server.origin}/price?users=10`);
  await appReady(page);
  await page.waitForSelector('[data-testid=prices]');
  assert.match(await page.getByTestId('example-badge').textContent(), /not a provider's price/);
  // eXpress 24/7 example: 1,200 flat + 10 users × 3.
  assert.equal(await price(page, 'monthly', 'express-24x7'), '1230.00');
  await page.getByTestId('input-users').fill('20');
  await page.getByTestId('input-users').press('Enter');
  await eventually(() => price(page, 'monthly', 'express-24x7'), '1260.00');
  assert.equal(new URL(page.url()).searchParams.get('users'), '20');
  await page.getByTestId('addon-dedicated_engineer').check();
  await eventually(() => price(page, 'monthly', 'express-24x7'), '3760.00');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a bad count gets a message at its field and the prices stay', async () => {
  const page = await openPage(ctx.browser);
  await page.goto(`${ctx.server.origin}/price?users=-3&servers=lots&hours=900`);
  await appReady(page);
  await page.waitForSelector('[data-testid=prices]');
  assert.match(await page.getByTestId('error-users').textContent(), /not a whole number/);
  assert.match(await page.getByTestId('error-servers').textContent(), /lots/);
  assert.match(await page.getByTestId('error-hours').textContent(), /outside 0 to 744/);
  assert.equal(await page.getByTestId('input-users').getAttribute('aria-invalid'), 'true');
  assert.equal(await price(page, 'monthly', 'express-8x5'), '400.00');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

// Regression: a quote link naming a price book this browser does not have
// sealed a quote with the example book's prices, a promise never meant.
test('a quote link naming a price book this browser does not have makes no quote and says why', async () => {
  const page = await openPage(ctx.browser);
  await page.goto(`${ctx.server.origin}/quote?plan=express-8x5&users=10&book=acme-2027`);
  await appReady(page);
  assert.equal(await page.getByTestId('quote-problem').textContent(),
    'This quote cannot be made: the link asks for the price book “acme-2027”, which this browser does not have. Import that book on the prices page, then open this link again.');
  assert.equal(await page.getByTestId('quote').count(), 0);
  assert.equal(await page.locator('[data-testid=quote-way-on] a').getAttribute('href'), '/price');
  assert.equal(new URL(page.url()).searchParams.get('q'), null);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

// Regression: add-ons the book does not offer were left out without a word.
test('a link asking for add-ons this book does not offer names them at the add-ons', async () => {
  const page = await openPage(ctx.browser);
  await page.goto(`${ctx.server.origin}/price?users=10&addons=nope,dedicated_engineer`);
  await appReady(page);
  await page.waitForSelector('[data-testid=prices]');
  assert.equal(await page.getByTestId('error-addons').textContent(),
    'This price book has no add-on nope; it is left out of the prices. Choose add-ons from the list.');
  assert.equal(await page.getByTestId('addon-dedicated_engineer').isChecked(), true);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a quote prints as a document (PDF rendered)', async () => {
  const page = await openPage(ctx.browser, { viewport: { width: 1000, height: 1200 } });
  await page.goto(`${ctx.server.origin}/quote?plan=express-premium&users=40&servers=8&hours=15&offhours=2&visits=1&addons=advanced_reporting`);
  await appReady(page);
  await page.waitForSelector('[data-testid=quote] table');
  // 4,000 + 160 + 240 + 150 + admin (60 h extra at 40 + 24 h at 80 = 4,320 a year = 360 a month) + visits 0.
  assert.equal(await page.getByTestId('price-monthly').getAttribute('data-value'), '4910.00');
  assert.match(await page.getByTestId('quote-example').textContent(), /Example rates/);
  const out = new URL('./artifacts/', import.meta.url).pathname;
  await mkdir(out, { recursive: true });
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByTestId('print').isVisible(), false, 'buttons are not printed');
  assert.equal(await page.locator('[data-testid=header]').isVisible(), false, 'no navigation on paper');
  await page.screenshot({ path: `${out}quote-print.png`, fullPage: true });
  await page.pdf({ path: `${out}quote.pdf`, format: 'A4', printBackground: true });
  assert.ok((await stat(`${out}quote.pdf`)).size > 10_000);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('editing the price form in an embed keeps it an embed', async () => {
  const page = await openPage(ctx.browser);
  await page.goto(`${ctx.server.origin}/price?embed=1`);
  await appReady(page);
  await page.getByTestId('input-users').fill('7');
  await page.getByTestId('input-users').press('Enter');
  await eventually(() => new URL(page.url()).searchParams.get('users'), '7');
  assert.equal(new URL(page.url()).searchParams.get('embed'), '1');
  assert.equal(await page.locator('[data-testid=header]').count(), 0);
  await page.context().close();
});

test('an unsaved edit of a price book survives a reload, and is forgotten once saved', async () => {
  const page = await openPage(ctx.browser);
  await page.goto(`${ctx.server.origin}/price`);
  await appReady(page);
  await page.getByTestId('book-editor').locator('summary').click();
  const json = page.getByTestId('book-json');
  await eventually(async () => (await json.inputValue()).includes('"currency": "USD"'), true, 10000);
  const edit = (await json.inputValue()).replace('"name": "Example rates"', '"name": "Draft for Acme"');
  await json.fill(edit);

  await page.reload();
  await appReady(page);
  // The editor opens by itself with the edit, and says so.
  await eventually(() => json.inputValue(), edit, 10000);
  assert.equal(await page.getByTestId('book-editor').getAttribute('open'), '');
  assert.equal(await page.getByTestId('book-status').textContent(), 'Your unsaved edit is back. Save it, or export it, to keep it.');

  await page.getByTestId('save-book').click();
  await eventually(() => page.getByTestId('book-status').textContent(), 'Saved as “Draft for Acme (yours)”. Choose it above.', 10000);
  await page.reload();
  await appReady(page);
  await page.waitForSelector('[data-testid=prices]');
  assert.equal(await page.getByTestId('book-editor').getAttribute('open'), null, 'no draft is left after saving');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a link naming a price book this browser does not have says so at the chooser, and still prices', async () => {
  const page = await openPage(ctx.browser);
  await page.goto(`${ctx.server.origin}/price?book=acme-2027`);
  await appReady(page);
  await page.waitForSelector('[data-testid=prices]');
  assert.equal(await page.getByTestId('error-book').textContent(),
    'This link asks for the price book “acme-2027”, which this browser does not have. These prices are from “Example rates”. Import that book to use it.');
  assert.equal(await page.getByTestId('example-badge').count(), 1);
  // Choosing a book the browser has ends the notice.
  await page.getByTestId('book').selectOption('aws');
  await eventually(() => page.getByTestId('error-book').textContent(), '');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
