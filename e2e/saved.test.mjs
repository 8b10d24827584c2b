// Saved work that no tab can lose: simultaneous saves in two tabs, the
// same package edited in both, a full disk, and unreadable data that
// survives reloads byte for byte without eating the quota.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, openPage, useServerAndBrowser } from './harness.mjs';
import { BuildPage, eventually } from './pages.mjs';

const ctx = useServerAndBrowser();
const KEY = 'slacalc.saved-work';

async function twoTabs() {
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const pages = [await context.newPage(), await context.newPage()];
  const builds = pages.map((p) => new BuildPage(p, ctx.server.origin));
  for (const build of builds) await build.open();
  return { context, pages, builds };
}

const savedIds = (page) => page.evaluate((key) => {
  const doc = JSON.parse(localStorage.getItem(key) ?? '{"packages":[]}');
  return doc.packages.map((p) => p.id).sort();
}, KEY);

test('two tabs saving different packages at the same moment keep both, twenty rounds', async () => {
  const { context, pages, builds } = await twoTabs();
  const expected = [];
  for (let round = 1; round <= 20; round++) {
    for (const [i, build] of builds.entries()) {
      await pages[i].bringToFront();
      await build.start('express-8x5', `Tab ${i + 1} round ${round}`);
      expected.push(`pkg-tab-${i + 1}-round-${round}`);
    }
    // Both clicks in the same task: the saves race for the document.
    await Promise.all(pages.map((p) => p.evaluate(() => document.querySelector('[data-testid=save-package]').click())));
    for (const [i, build] of builds.entries()) {
      await pages[i].bringToFront();
      await eventually(async () => (await build.status()).startsWith('Saved'), true, 10000);
      await build.close();
    }
  }
  expected.sort();
  assert.deepEqual(await savedIds(pages[0]), expected);
  for (const page of pages) {
    await page.bringToFront();
    await eventually(() => page.getByTestId('saved-counts').textContent(), '40 packages, 0 price books, 0 scenarios saved in this browser.', 10000);
  }
  await context.close();
});

test('the same package edited in two tabs: the conflict is shown and nothing is lost silently', async () => {
  const { context, pages, builds } = await twoTabs();
  const [a, b] = builds;
  await pages[0].bringToFront();
  await a.start('express-24x7', 'Shared');
  await a.save();
  await eventually(async () => (await a.status()).startsWith('Saved'), true);
  // The second tab opens the saved package too.
  await pages[1].bringToFront();
  await b.saved('pkg-shared').getByRole('button', { name: 'Edit' }).click();
  await pages[1].getByTestId('package-editor').waitFor();
  // The first tab changes and saves it.
  await pages[0].bringToFront();
  await a.setTarget('critical', 'response', 20);
  await a.save();
  await eventually(() => a.status(), 'Saved (updated).');
  // The second tab's edit was made from the older version.
  await pages[1].bringToFront();
  await b.setTarget('critical', 'response', 45);
  await b.save();
  const conflict = pages[1].getByTestId('saved-conflict');
  await conflict.waitFor();
  assert.match(await conflict.textContent(), /changed in another tab/);
  assert.match(await pages[1].getByTestId('conflict-theirs').textContent(), /"minutes": 20/);
  assert.match(await pages[1].getByTestId('conflict-mine').textContent(), /"minutes": 45/);
  assert.match(await b.status(), /Not saved/);
  // Nothing changed until the user chose.
  const stored = () => pages[1].evaluate((key) => JSON.parse(localStorage.getItem(key)).packages[0].targets[0].first_response.minutes, KEY);
  assert.equal(await stored(), 20);
  await pages[1].getByTestId('keep-mine').click();
  await eventually(stored, 45);
  await context.close();
});

test('with a full disk the save button says nothing was saved', async () => {
  const { context, pages, builds } = await twoTabs();
  const [page] = pages;
  const [build] = builds;
  await page.bringToFront();
  await build.start('express-8x5', 'Too much');
  await page.evaluate(() => {
    const block = 'x'.repeat(256 * 1024);
    for (let i = 0; ; i++) { try { localStorage.setItem(`fill.${i}`, block); } catch { break; } }
    for (let i = 0; ; i++) { try { localStorage.setItem(`fill.small.${i}`, 'x'.repeat(1024)); } catch { break; } }
  });
  await build.save();
  await eventually(async () => /^Not saved/.test(await build.status()), true);
  assert.match(await build.status(), /storage for this site is full/);
  await context.close();
});

test('unreadable data survives ten reloads byte for byte and is kept aside once', async () => {
  const { context, pages } = await twoTabs();
  const [page] = pages;
  await page.bringToFront();
  // A lone surrogate pair half and a NUL: only a copy that never passes
  // through UTF-8 keeps them.
  await page.evaluate((key) => localStorage.setItem(key, 'ab\0c\ud800d\udfffe' + 'y'.repeat(1 << 20)), KEY);
  const state = () => page.evaluate((key) => {
    const original = localStorage.getItem(key);
    const aside = Object.keys(localStorage).filter((k) => k.startsWith('slacalc.unreadable.'));
    return {
      intact: original === 'ab\0c\ud800d\udfffe' + 'y'.repeat(1 << 20),
      aside: aside.length,
      copyExact: aside.length === 1 && JSON.parse(localStorage.getItem(aside[0])) === original,
    };
  }, KEY);
  for (let i = 0; i < 10; i++) {
    await page.reload();
    await page.getByTestId('saved-problem').waitFor();
  }
  assert.deepEqual(await state(), { intact: true, aside: 1, copyExact: true });
  await context.close();
});

// Regression (journey walk): a Russian reader met the JSON parser's
// English words in the middle of a Russian sentence, unexplained.
test('damaged saved work is explained in Russian, the parser\'s English words named as such', async () => {
  const page = await openPage(ctx.browser);
  await page.goto(`${ctx.server.origin}/build?lang=ru`);
  await page.evaluate((key) => localStorage.setItem(key, '{x'), KEY);
  await page.reload();
  await appReady(page);
  const said = await page.getByTestId('saved-problem').textContent();
  assert.match(said, /повреждены и не читаются \(техническая причина, по-английски: key must be a string/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
