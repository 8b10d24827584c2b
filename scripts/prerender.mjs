// Prerendered first paint: the built app renders each route's default state
// in headless Chromium and we keep the markup, so a visitor sees the real
// page from HTML and CSS alone while the wasm is still on its way.
// Called by scripts/postbuild.mjs on the staging directory of a release
// build; docs/DESIGN.md ("First paint") says why a snapshot and not
// Leptos' `ssr` feature.
//
// What a snapshot holds:
//   - the app's root (header, navigation, <main>) as the app rendered it,
//     form state included (values, checked boxes, selected options are
//     copied from the DOM properties into attributes);
//   - no data-testid (the tests wait for the app's own elements), no
//     Leptos markers; the root is <div id="prerendered" class="app">, its
//     <main> inert, so nothing typed into it is lost when the app takes over;
//   - nothing that depends on the clock: the deadline view is the blank form
//     (no due times, no "now"), rendered under a fixed clock and zone anyway;
//   - nothing that depends on where it was built: the embed code, which
//     names the page's origin, is left empty for the app to fill;
//   - a "Loading your selection…" notice, shown only when the link has a
//     selection of its own (web/boot.js marks it; the CSS dims the content).
import { launchBrowser } from '../e2e/harness.mjs';
import { serveStatic } from '../e2e/static-server.mjs';

/**
 * Routes prerendered, what shows that the app has rendered each one, and
 * for the time-dependent deadline view, where its blank form ends.
 */
export const ROUTES = [
  { path: '/', ready: 'view-home' },
  // At most 700 px wide the comparison is a card per plan, not a table
  // (src/views/compare.rs, CARDS_BELOW_PX): its page holds both.
  { path: '/compare', ready: 'comparison', narrowReady: 'plan-cards' },
  { path: '/deadline', ready: 'response-due', formOnly: 'form.incident-form' },
  { path: '/simulate', ready: 'run-done' },
  { path: '/price', ready: 'price-monthly' },
  { path: '/build', ready: 'view-build' },
  { path: '/audit', ready: 'view-audit' },
];

/** A fixed clock and zone, so a build renders the same bytes any day. */
const CLOCK = new Date('2026-01-05T09:00:00Z');

// Runs in the page: the markup of the app's root, cleaned as described above.
function snapshot({ formOnly }) {
  // Words the snapshot adds, in both languages; main.css shows the one
  // matching <html lang> (set by web/boot.js before the first paint).
  const bilingual = (english, russian) => {
    const both = document.createDocumentFragment();
    for (const [lang, text] of [['en', english], ['ru', russian]]) {
      const span = document.createElement('span');
      span.lang = lang;
      span.textContent = text;
      both.append(span);
    }
    return both;
  };
  const app = document.querySelector('[data-testid=app]');
  const copy = app.cloneNode(true);
  // Form state lives in properties; the clone's attributes must carry it.
  const live = app.querySelectorAll('input, select, textarea');
  const cloned = copy.querySelectorAll('input, select, textarea');
  live.forEach((el, i) => {
    const c = cloned[i];
    if (el instanceof HTMLInputElement) {
      if (el.type === 'checkbox' || el.type === 'radio') c.toggleAttribute('checked', el.checked);
      else if (el.type !== 'file') c.setAttribute('value', el.value);
    } else if (el instanceof HTMLSelectElement) {
      [...el.options].forEach((o, j) => c.options[j].toggleAttribute('selected', o.selected));
    } else if (el instanceof HTMLTextAreaElement) {
      c.textContent = el.value;
    }
  });
  // Embed code names the page's origin, here the build's local server: it
  // is left for the app to write, so no page carries (or varies with) it.
  copy.querySelectorAll('.embed-code textarea').forEach((t) => { t.textContent = ''; });
  if (formOnly) {
    // The blank form: no value that "now" decided, nothing after the form.
    const form = copy.querySelector(formOnly);
    form.querySelectorAll('input[type=date], input[type=time]').forEach((i) => i.removeAttribute('value'));
    while (form.nextSibling) form.nextSibling.remove();
    const note = document.createElement('p');
    note.className = 'panel pre-placeholder';
    note.append(
      bilingual('Due times appear here as soon as the calculator has loaded.', 'Сроки появятся здесь, как только загрузится калькулятор.'),
    );
    form.after(note);
  }
  copy.querySelectorAll('[data-testid]').forEach((el) => el.removeAttribute('data-testid'));
  copy.removeAttribute('data-testid');
  copy.id = 'prerendered';
  const main = copy.querySelector('main');
  main.setAttribute('inert', '');
  main.setAttribute('aria-busy', 'true');
  const loading = document.createElement('p');
  loading.className = 'pre-loading';
  loading.setAttribute('role', 'status');
  loading.append(bilingual('Loading your selection…', 'Загружаем вашу выборку…'));
  main.prepend(loading);
  // Said when someone tries the inert page before the app has taken over
  // (web/boot.js fills it in the page's language); outside <main>, which is
  // inert, and removed with the rest of the copy.
  const starting = document.createElement('p');
  starting.className = 'pre-starting';
  starting.setAttribute('role', 'status');
  starting.dataset.en = 'One moment: the calculator is starting.';
  starting.dataset.ru = 'Секунду: калькулятор запускается.';
  copy.prepend(starting);
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.remove());
  return copy.outerHTML;
}

/**
 * Serves `dir` (a finished build without prerendered pages), renders every
 * route, and resolves to a Map from route path to its markup and the
 * title the app gave the page (a tab, a bookmark and a screen reader tell
 * the views apart before the wasm has arrived).
 */
export async function prerender(dir) {
  const server = await serveStatic({ root: dir });
  const browser = await launchBrowser();
  const pages = new Map();
  try {
    const context = await browser.newContext({ timezoneId: 'UTC', locale: 'en-US' });
    for (const route of ROUTES) {
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
      await page.clock.setFixedTime(CLOCK);
      await page.goto(server.origin + route.path);
      await page.waitForSelector(`[data-testid=app] [data-testid=${route.ready}]`, { timeout: 60000 })
        .catch((e) => { throw new Error(`prerender: ${route.path} did not render; the page said:\n${problems.join('\n') || '(nothing)'}\n${e.message}`); });
      await page.waitForLoadState('networkidle');
      if (problems.length) throw new Error(`prerender ${route.path}: ${problems.join('; ')}`);
      let markup = await page.evaluate(snapshot, { formOnly: route.formOnly ?? null });
      if (route.narrowReady) {
        // The phone's <main> beside the wide one; main.css shows the one
        // the app will render at the reader's width, so nothing jumps.
        await page.setViewportSize({ width: 390, height: 844 });
        await page.waitForSelector(`[data-testid=app] [data-testid=${route.narrowReady}]`, { timeout: 60000 });
        const narrow = await page.evaluate(snapshot, { formOnly: route.formOnly ?? null });
        const main = (html) => html.match(/<main[\s\S]*<\/main>/)?.[0];
        if (!main(markup) || !main(narrow)) throw new Error(`prerender ${route.path}: no <main> to pair`);
        const both = [
          main(markup).replace('<main', `<main data-pre-width="wide"`),
          // One id="main" in the page (the skip link's target, inert anyway).
          main(narrow).replace(/^<main([^>]*?) id="main"/, '<main$1').replace('<main', `<main data-pre-width="narrow"`),
        ].join('');
        // A function, so a `$` in the page's words is not a replacement pattern.
        markup = markup.replace(main(markup), () => both);
        if (problems.length) throw new Error(`prerender ${route.path} at 390 px: ${problems.join('; ')}`);
      }
      if (markup.includes(new URL(server.origin).host)) {
        throw new Error(`prerender ${route.path}: the markup names the build's own server (${server.origin})`);
      }
      pages.set(route.path, { markup, title: await page.title() });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return pages;
}
