// The interface language: chosen from the browser, a link or the switch;
// remembered; carried by every address; <html lang> follows. Each test is a
// fresh browser context with nothing saved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, openPage, useServerAndBrowser } from './harness.mjs';
import { eventually } from './pages.mjs';

const ctx = useServerAndBrowser();
const inRussian = { locale: 'ru-RU', timezoneId: 'Europe/Moscow' };
const lang = (page) => page.evaluate(() => document.documentElement.lang);
const urlLang = (page) => new URL(page.url()).searchParams.get('lang');
const nav = (page) => page.getByTestId('nav').locator('a').allInnerTexts();

test('a browser set to Russian gets the Russian interface, and the address says so', async () => {
  const page = await openPage(ctx.browser, inRussian);
  await page.goto(ctx.server.origin + '/');
  await appReady(page);
  await eventually(() => lang(page), 'ru');
  await eventually(() => urlLang(page), 'ru');
  assert.deepEqual(await nav(page), ['Сравнить', 'Сроки', 'Моделирование', 'Цены', 'Конструктор', 'Аудит']);
  assert.equal(await page.title(), 'slacalc — планы поддержки и сроки SLA');
  assert.equal(await page.getByTestId('lang-switch').locator('[aria-pressed=true]').getAttribute('data-lang'), 'ru');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the switch changes the language at once, and the choice survives a reload and outranks links', async () => {
  const page = await openPage(ctx.browser, inRussian);
  await page.goto(ctx.server.origin + '/compare');
  await appReady(page);
  await page.getByTestId('lang-switch').locator('[data-lang=en]').click();
  await eventually(() => lang(page), 'en');
  await eventually(() => urlLang(page), 'en');
  assert.equal((await nav(page))[0], 'Compare');
  await page.reload();
  await appReady(page);
  await eventually(() => lang(page), 'en');
  // A link in the other language: the reader chose English, so English.
  await page.goto(ctx.server.origin + '/price?lang=ru');
  await appReady(page);
  await eventually(() => urlLang(page), 'en');
  assert.equal((await nav(page))[3], 'Price');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

// Regression: choosing Russian while its words could not be downloaded
// did nothing visible; the switch now says so, and choosing again once
// back online switches.
test('a language whose words cannot be downloaded is said so at the switch, and a second choice switches', async () => {
  const page = await openPage(ctx.browser);
  await page.goto(ctx.server.origin + '/compare');
  await appReady(page);
  await page.context().setOffline(true);
  await page.getByTestId('lang-switch').locator('[data-lang=ru]').click();
  const failed = page.getByTestId('lang-failed');
  await failed.waitFor();
  assert.match(await failed.textContent(), /^Русский could not be downloaded .*choose it again\.$/);
  assert.equal(await lang(page), 'en');
  await page.context().setOffline(false);
  await page.getByTestId('lang-switch').locator('[data-lang=ru]').click();
  await eventually(() => lang(page), 'ru');
  await failed.waitFor({ state: 'hidden' });
  assert.equal((await nav(page))[0], 'Сравнить');
  assert.deepEqual(page.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(p)), []);
  await page.context().close();
});

test('a shared link opens in the sender\'s language for a reader who never chose', async () => {
  const page = await openPage(ctx.browser); // an English browser
  await page.goto(ctx.server.origin + '/deadline?lang=ru');
  await appReady(page);
  await eventually(() => lang(page), 'ru');
  assert.equal((await nav(page))[1], 'Сроки');
  // Following a link inside the app keeps the language, and back works.
  await page.getByTestId('nav').getByRole('link', { name: 'Цены' }).click();
  await page.waitForSelector('[data-testid=view-price]');
  await eventually(() => urlLang(page), 'ru');
  await page.goBack();
  await page.waitForSelector('[data-testid=view-deadline]');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('an embed speaks the language its link asks for, whatever the reader chose', async () => {
  const page = await openPage(ctx.browser);
  await page.goto(ctx.server.origin + '/compare');
  await appReady(page);
  await page.getByTestId('lang-switch').locator('[data-lang=en]').click();
  await page.goto(ctx.server.origin + '/compare?embed=1&lang=ru');
  await appReady(page);
  await eventually(() => lang(page), 'ru');
  assert.equal(await page.getByTestId('header').count(), 0);
  assert.equal(new URL(page.url()).searchParams.get('embed'), '1');
  await page.context().close();
});

test('a language slacalc does not speak is named in a notice, not obeyed silently', async () => {
  const page = await openPage(ctx.browser);
  await page.goto(ctx.server.origin + '/compare?lang=de');
  await appReady(page);
  await eventually(() => lang(page), 'en');
  const notice = page.locator('[data-testid=link-notices] li[data-field=lang]');
  assert.match(await notice.innerText(), /“de”/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('before the app has loaded, a Russian reader sees the prerendered page marked as loading, in Russian', async () => {
  const context = await ctx.browser.newContext(inRussian);
  const page = await context.newPage();
  await page.route('**/*.wasm', () => {}); // never answered: the app does not start
  await page.goto(ctx.server.origin + '/compare', { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#prerendered');
  assert.equal(await lang(page), 'ru');
  assert.equal(await page.locator('#prerendered .pre-loading:visible').innerText(), 'Загружаем вашу выборку…');
  // The switch shows Russian as chosen, as the app will.
  const background = (l) => page.locator(`#prerendered .lang[data-lang=${l}]`).evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.notEqual(await background('ru'), 'rgba(0, 0, 0, 0)', 'RU is filled');
  assert.equal(await background('en'), 'rgba(0, 0, 0, 0)', 'EN is not');
  await context.close();
});
