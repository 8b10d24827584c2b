// What a visitor's browser shows besides the app: an icon, and a console
// with nothing in it on load — no warning, no error — on every route and
// embed, from the release build served as a static host would.
import { createServer } from 'node:http';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();
const ROUTES = ['/', '/compare', '/deadline', '/simulate', '/price', '/build', '/audit', '/quote?plan=express-8x5'];

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

// The strict page (issue 14): every HTML file carries a policy with no
// inline script and no eval but wasm's, and every route loads under it
// without a single violation.
const PAGES = ['/', '/compare', '/deadline', '/simulate', '/price', '/build', '/audit', '/quote?plan=express-8x5&users=10', '/nowhere'];

test('every page loads under a Content-Security-Policy without inline script or stylesheet, with no violation', async () => {
  const context = await ctx.browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  for (const route of PAGES) {
    for (const path of [route, route + (route.includes('?') ? '&' : '?') + 'embed=1']) {
      const response = await page.goto(ctx.server.origin + path);
      await appReady(page);
      await page.waitForLoadState('networkidle');
      const policy = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
      assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'(;|$)/, `${path}: ${policy}`);
      // No inline script, no eval, no inline stylesheet. Only `style`
      // attributes are allowed (style-src-attr): they cannot load or run
      // anything, and the views position timeline labels with them.
      assert.doesNotMatch(policy, /'unsafe-eval'/, path);
      for (const directive of ['script-src', 'style-src', 'default-src']) {
        const value = policy.match(new RegExp(`(?:^|; )${directive} ([^;]*)`))?.[1] ?? '';
        assert.doesNotMatch(value, /unsafe-inline/, `${path}: ${directive} ${value}`);
      }
      assert.equal(response.headers()['content-security-policy'], policy, `${path}: the header and the <meta> differ`);
      const page_ = await page.evaluate(() => ({
        violations: window.__violations,
        inlineScripts: document.querySelectorAll('script:not([src])').length,
        handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
        globalBindings: 'wasmBindings' in window,
      }));
      assert.deepEqual(page_, { violations: [], inlineScripts: 0, handlers: [], globalBindings: false }, path);
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the policy blocks what it should: an injected inline script does not run', async () => {
  const context = await ctx.browser.newContext();
  const page = await context.newPage();
  const violations = [];
  page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text()); });
  await page.goto(ctx.server.origin + '/compare');
  await appReady(page);
  const ran = await page.evaluate(() => {
    window.__ran = false;
    const s = document.createElement('script');
    s.textContent = 'window.__ran = true';
    document.head.append(s);
    return window.__ran;
  });
  assert.equal(ran, false);
  // Reported once for the <meta> policy and once for the header's.
  assert.ok(violations.length >= 1, 'no violation reported');
  await context.close();
});

test('embed: the height goes to the embedding page\'s origin, not to "*"', async () => {
  // The host page on another origin (another port), framing the compare view.
  const host = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><iframe src="${ctx.server.origin}/compare?embed=1" style="width:600px;height:300px"></iframe>
      <script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'slacalc:height') heights.push([e.origin, e.data.height]); });</script>`);
  });
  await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
  const hostOrigin = `http://127.0.0.1:${host.address().port}`;
  const context = await ctx.browser.newContext();
  // In the frame, record the target origin of every message to the parent.
  await context.addInitScript(() => {
    if (window.top === window) return;
    const real = window.parent;
    window.__targets = [];
    Object.defineProperty(window, 'parent', {
      value: { postMessage: (message, target) => { window.__targets.push(target); real.postMessage(message, target); } },
    });
  });
  const page = await context.newPage();
  await page.goto(hostOrigin + '/');
  const frame = page.frames().find((f) => f.url().includes('/compare'));
  await frame.waitForSelector('[data-testid=view-compare]');
  await page.waitForFunction(() => window.heights.length > 0);
  const [origin, height] = (await page.evaluate(() => window.heights)).at(-1);
  assert.equal(origin, ctx.server.origin);
  assert.ok(height > 300, `height ${height}`);
  const targets = [...new Set(await frame.evaluate(() => window.__targets))];
  assert.deepEqual(targets, [hostOrigin]);
  await context.close();
  await new Promise((ok) => host.close(ok));
});
