// The journeys in Russian, each in a fresh browser set to Russian with
// nothing saved: the comparison, a deadline and a quote a customer signs.
// The figures must be the ones the English interface shows, and the words
// Russian: no English word outside a quoted source (latinWords).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { appReady, openPage, useServerAndBrowser } from './harness.mjs';
import { BuildPage, ComparePage, DeadlinePage, eventually, latinWords } from './pages.mjs';

const ctx = useServerAndBrowser();
const russian = { locale: 'ru-RU', timezoneId: 'Europe/Moscow', viewport: { width: 1280, height: 900 } };
const english = { locale: 'en-GB', timezoneId: 'Europe/Moscow', viewport: { width: 1280, height: 900 } };
const cyrillic = /[а-яё]/i;

async function comparison(page) {
  await page.getByTestId('comparison').waitFor();
  const plans = ['express-8x5', 'express-premium', 'tencent-enterprise'];
  const verdicts = {};
  for (const plan of plans) {
    verdicts[plan] = await page.locator(`[data-testid=verdict-${plan}]`).getAttribute('data-meets');
  }
  const best = await page.locator('[data-testid=comparison] td[data-best=true]').count();
  const cells = await page.locator('[data-testid=comparison] tbody td').count();
  return { verdicts, best, cells };
}

test('compare in Russian: the same verdicts and marks as in English, every word Russian', async () => {
  const query = '?plans=express-8x5,express-premium,tencent-enterprise&crit=30&phone=1';
  const en = await openPage(ctx.browser, english);
  await new ComparePage(en, ctx.server.origin).open(query);
  const inEnglish = await comparison(en);
  await en.context().close();

  const page = await openPage(ctx.browser, russian);
  await new ComparePage(page, ctx.server.origin).open(query);
  const inRussian = await comparison(page);
  assert.deepEqual(inRussian, inEnglish);
  assert.match(await page.getByTestId('verdict-express-8x5').innerText(), cyrillic);
  // Every source shown, as a reader who opened them all would meet them.
  await page.getByTestId('show-sources').click();
  assert.deepEqual(await latinWords(page, 'main'), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('deadline in Russian: Moscow Friday 18:00 + 16 working hours is Tuesday 16:00, in Russian words', async () => {
  const page = await openPage(ctx.browser, russian);
  const deadline = new DeadlinePage(page, ctx.server.origin);
  await deadline.open('?plan=express-8x5&severity=medium&opened=2026-11-20T18:00:00%2B03:00&tz=Europe/Moscow');
  assert.equal(await deadline.dueUtc('response'), '2026-11-20T16:00:00Z');
  assert.equal(await deadline.dueUtc('resolution'), '2026-11-24T13:00:00Z');
  const due = (await deadline.due('resolution').innerText()).replace(/\s+/g, ' ');
  assert.match(due, /^вт, 24 нояб\. 2026( г\.)?, 16:00$/);
  const text = await page.getByTestId('view-deadline').innerText();
  assert.match(text, /16 часов/);
  assert.deepEqual(await latinWords(page, 'main'), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('quote in Russian: built, priced, quoted, printed and sent; the customer sees the same figures', async () => {
  const page = await openPage(ctx.browser, russian);
  const build = new BuildPage(page, ctx.server.origin);
  await build.open();
  await build.start('express-premium', 'Ночное дежурство');
  await build.setTarget('critical', 'response', 10);
  assert.deepEqual(await latinWords(page, 'main'), [], 'the package editor');
  await build.save();
  await eventually(async () => cyrillic.test(await build.status()), true);
  assert.deepEqual(await latinWords(page, 'main'), [], 'the saved package');
  await page.getByTestId('price-package').click();
  await page.getByTestId('prices').waitFor();
  await page.getByTestId('input-users').fill('120');
  await page.getByTestId('input-users').press('Enter');
  await page.getByTestId('input-servers').fill('25');
  await page.getByTestId('input-servers').press('Enter');
  await eventually(() => new URL(page.url()).searchParams.get('servers'), '25');
  assert.deepEqual(await latinWords(page, 'main'), [], 'the prices with the package');
  const row = page.locator('tr[data-plan^="pkg-"]').first();
  const plan = await row.getAttribute('data-plan');
  const priced = await page.locator(`[data-testid=price-monthly][data-plan="${plan}"]`).getAttribute('data-value');
  // Money in the Russian form: grouped with a space, a decimal comma.
  assert.match(await page.locator(`[data-testid=price-monthly][data-plan="${plan}"]`).innerText(), /\d[\u00a0\u202f ]?\d*,\d\d/);
  await row.locator('a.quote-link').click();
  await page.getByTestId('quote-form').waitFor();
  await eventually(() => new URL(page.url()).searchParams.has('q'), true);
  await page.getByTestId('quote-customer-input').fill('ООО «Ромашка»');
  await page.getByTestId('quote-customer-input').press('Tab');
  await page.getByTestId('quote-seller-input').fill('Дарья Петрова');
  await page.getByTestId('quote-seller-input').press('Tab');
  await eventually(() => page.getByTestId('quote-customer').textContent(), 'ООО «Ромашка»');
  const quote = page.getByTestId('quote');
  assert.equal(await page.getByTestId('price-monthly').getAttribute('data-value'), priced);
  assert.match(await quote.innerText(), /Критический/);
  assert.deepEqual(await latinWords(page, '[data-testid=quote]'), []);
  const number = await page.getByTestId('quote-number').textContent();
  await eventually(() => page.title(), `Коммерческое предложение ${number} для ООО «Ромашка» — slacalc`);
  // The CSV export: Russian headers, the same total.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-csv').click(),
  ]);
  // Named after the quote's number, so a folder of quotes tells them apart.
  assert.equal(download.suggestedFilename(), `quote-${number.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.csv`);
  const csv = await readFile(await download.path(), 'utf8');
  assert.match(csv.split('\n')[0], cyrillic);
  // Print it, as the customer will sign it.
  await mkdir('e2e/artifacts', { recursive: true });
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: 'e2e/artifacts/quote-ru.pdf', format: 'A4' });
  assert.ok((await stat('e2e/artifacts/quote-ru.pdf')).size > 10_000);
  await page.emulateMedia({ media: 'screen' });
  const link = await page.getByTestId('quote-link').inputValue();
  assert.equal(new URL(link).searchParams.get('lang'), 'ru');
  const lines = await page.getByTestId('quote-line').count();
  assert.deepEqual(page.problems, []);
  await page.context().close();

  // The customer's browser is English and has nothing saved: the link opens
  // in the sender's language, with the same figures.
  const customer = await openPage(ctx.browser, english);
  await customer.goto(link);
  await appReady(customer);
  await customer.getByTestId('quote').locator('table.quote-lines').waitFor();
  assert.equal(await customer.evaluate(() => document.documentElement.lang), 'ru');
  assert.equal(await customer.getByTestId('price-monthly').getAttribute('data-value'), priced);
  assert.equal(await customer.getByTestId('quote-line').count(), lines);
  // Switched to English: the same document, the same figures.
  await customer.getByTestId('lang-switch').locator('[data-lang=en]').click();
  await eventually(() => customer.getByTestId('quote-title').textContent(), 'Ночное дежурство');
  assert.match(await customer.getByTestId('quote').innerText(), /Critical/);
  await eventually(() => customer.title(), `Quote ${number} for ООО «Ромашка» — slacalc`);
  assert.equal(await customer.getByTestId('price-monthly').getAttribute('data-value'), priced);
  assert.deepEqual(customer.problems, []);
  await customer.context().close();
});

test('every view in Russian, on a phone too: no English word, nothing wider than the screen', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 740 }]) {
    const page = await openPage(ctx.browser, { ...russian, viewport });
    for (const [path, view] of [['/', 'home'], ['/compare', 'compare'], ['/deadline', 'deadline'],
      ['/simulate', 'simulate'], ['/price', 'price'], ['/build', 'build'], ['/audit', 'audit'], ['/nowhere', 'not-found']]) {
      await page.goto(ctx.server.origin + path);
      await appReady(page);
      await page.waitForSelector(`[data-testid=view-${view}]`);
      if (view === 'simulate') {
        await page.getByTestId('run-done').waitFor({ timeout: 60000 });
      }
      assert.deepEqual(await latinWords(page, 'body'), [], `${path} at ${viewport.width}px`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${path} at ${viewport.width}px overflows by ${overflow}px`);
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('a package beside the catalog\'s plans, in Russian: its hours, targets and sources in Russian words', async () => {
  const author = await openPage(ctx.browser, russian);
  const build = new BuildPage(author, ctx.server.origin);
  await build.open();
  await build.start('express-premium', 'Ночное дежурство');
  const link = await build.shareLink();
  await author.context().close();
  const reader = await openPage(ctx.browser, russian);
  await reader.goto(link);
  await reader.getByTestId('summary-compare').click();
  await reader.getByTestId('comparison').waitFor();
  const columns = await new ComparePage(reader, ctx.server.origin).columns();
  assert.ok(columns.some((c) => c.startsWith('pkg-')), `${columns}`);
  await reader.getByTestId('show-sources').click();
  assert.deepEqual(await latinWords(reader, 'main'), []);
  assert.deepEqual(reader.problems, []);
  await reader.context().close();
});
