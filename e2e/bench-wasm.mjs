// Loads the wasm benchmark (scripts/bench-wasm.sh builds it) in headless
// Chromium and prints "case<TAB>ns per due" lines. Not a test.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchBrowser } from './harness.mjs';

const [dir, iterations = '1000000'] = process.argv.slice(2);
const root = resolve(dir);
const page = `<!doctype html><script type="module">
  import init, { bench_due } from './slacalc_bench.js';
  await init();
  window.benchDue = (n) => JSON.parse(bench_due(n));
  window.ready = true;
</script>`;
const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/') return res.end(page);
  const type = path.endsWith('.wasm') ? 'application/wasm' : 'text/javascript';
  const body = await readFile(join(root, path)).catch(() => null);
  if (body === null) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': type }).end(body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const browser = await launchBrowser();
const tab = await browser.newPage();
await tab.goto(`http://127.0.0.1:${server.address().port}/`);
await tab.waitForFunction(() => window.ready === true);
// A first pass lets the browser tier the wasm up to its optimising compiler.
await tab.evaluate((n) => window.benchDue(n), Math.min(Number(iterations), 200000));
const rows = await tab.evaluate((n) => window.benchDue(n), Number(iterations));
for (const [name, ns] of rows) console.log(`${name}\t${ns.toFixed(1)}`);
await browser.close();
server.close();
