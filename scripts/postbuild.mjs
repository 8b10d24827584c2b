// Trunk's post_build hook (Trunk.toml): finishes a release build in
// $TRUNK_STAGING_DIR before Trunk moves it to dist/. A debug build
// (`trunk serve`) is left as Trunk made it.
//
//   0. Route splitting: the wasm split by route into app-<id>/
//      (scripts/split.mjs), replacing Trunk's one glue and wasm.
//   1. The loader: Trunk's inline <script type="module"> becomes a file,
//      loader-<hash>.js (from web/loader.js), so no inline script is left;
//      nothing is put on window. It, web/boot.js and the stylesheet are
//      minified (as split.mjs minifies the glue and the split loader).
//   2. The Content-Security-Policy: a <meta http-equiv> in every page, and
//      `_headers` (Netlify / Cloudflare Pages format) for hosts that send it
//      as a header, which is better (docs/DEPLOYING.md).
//   3. Prerendered first paint: each route's default state rendered by the
//      built app in headless Chromium and written as real HTML into
//      <route>/index.html (index.html for /) — scripts/prerender.mjs.
//   4. Precompressed .gz and .br next to every text and wasm file.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile, mkdir, rm } from 'node:fs/promises';
import { join, extname, dirname } from 'node:path';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { prerender, ROUTES } from './prerender.mjs';
import { split, stripLinkSections, tool, pays, minified, SPLIT_OF, LANGUAGE_SPLITS, CODEC_SPLIT, WASM_OPT } from './split.mjs';

const ROOT = join(import.meta.dirname, '..');

/**
 * The policy: scripts and wasm from this origin only, no inline script, no
 * eval. Stylesheets from this origin only; `style` attributes are allowed
 * (style-src-attr): the views position timeline labels and size the
 * comparison by them, and an attribute cannot load or run anything.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

const hash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);

async function main() {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: this runs as a Trunk hook');
  if (process.env.TRUNK_PROFILE !== 'release') return;
  const started = Date.now();

  // 1. The loader.
  let html = await readFile(join(staging, 'index.html'), 'utf8');
  const inline = html.match(/<script type="module">([\s\S]*?)<\/script>/);
  if (!inline) throw new Error("postbuild: Trunk's loader script is not in index.html");
  const js = inline[1].match(/from '([^']+\.js)'/)?.[1];
  const wasm = inline[1].match(/module_or_path: '([^']+\.wasm)'/)?.[1];
  if (!js || !wasm) throw new Error(`postbuild: cannot read the app's file names from Trunk's loader:\n${inline[1]}`);
  // 0. The split app replaces Trunk's glue and wasm everywhere (the loader,
  //    Trunk's preload links). SLACALC_SPLIT=0 (build.rs) keeps Trunk's one
  //    wasm, only optimised.
  const app = process.env.SLACALC_SPLIT === '0'
    ? await unsplit(staging, js, wasm)
    : await split(staging);
  const loader = await minified((await readFile(join(ROOT, 'web', 'loader.js'), 'utf8'))
    .replace('__APP_JS__', app.js)
    .replace('__APP_WASM__', app.wasm), 'module');
  const loaderName = `loader-${hash(loader)}.js`;
  await writeFile(join(staging, loaderName), loader);
  html = html.replace(inline[0], `<script type="module" src="/${loaderName}"></script>`);
  html = await minifyFiles(staging, html);
  html = html.replaceAll(js, app.js).replaceAll(wasm, app.wasm);
  if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html) || /\son[a-z]+=/.test(html)) {
    throw new Error('postbuild: index.html still has an inline script or handler, which the CSP would block');
  }

  // 2. The policy, first in <head> so it covers everything after it.
  html = html.replace(/<meta charset="utf-8" \/>/, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
  await writeFile(join(staging, '_headers'), `/*\n  Content-Security-Policy: ${CSP}\n  X-Content-Type-Options: nosniff\n`);
  await writeFile(join(staging, 'index.html'), html);

  // 3. Prerendered pages. Each names the packs of the languages' words,
  //    which web/boot.js preloads for a reader of that language.
  //    A route without a page of its own (a quote link is served
  //    index.html) is named with its code, which web/boot.js preloads there.
  const files = (name) => app.preloads?.get(name)?.map((f) => `/${app.dir}/${f}`).join(' ');
  for (const [lang, name] of Object.entries(LANGUAGE_SPLITS)) {
    const pack = app.preloads?.get(name)?.[0];
    if (pack) html = html.replace('<html lang="en"', `<html lang="en" data-words-${lang}="/${app.dir}/${pack}"`);
  }
  for (const [path, name] of Object.entries(SPLIT_OF)) {
    if (ROUTES.some((r) => r.path === path) || !files(name)) continue;
    html = html.replace('<html lang="en"', `<html lang="en" data-code-${path.slice(1)}="${files(name)}"`);
  }
  const pages = await prerender(staging);
  for (const route of ROUTES) {
    // Home's page is also a quote link's (index.html).
    const saved = savedWorkParts(app, SPLIT_OF[route.path === '/' ? '/quote' : route.path]);
    const page = preloadRoute(html, app, route.path)
      .replace('<html lang="en"', `<html lang="en" data-prerendered="${route.path}"`)
      .replace('<html lang="en"', () => (saved ? `<html lang="en" data-code-saved-work="${saved}"` : '<html lang="en"'))
      .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(pages.get(route.path).title)}</title>`)
      .replace('</body>', () => `${pages.get(route.path).markup}\n  </body>`);
    const file = route.path === '/' ? join(staging, 'index.html') : join(staging, route.path.slice(1), 'index.html');
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, page);
  }

  // 4. Precompressed copies (a host that serves them saves the work; brotli
  //    is about a fifth smaller than gzip on the wasm).
  for (const file of await walk(staging)) {
    if (!['.html', '.js', '.css', '.wasm', '.svg'].includes(extname(file))) continue;
    const data = await readFile(file);
    await writeFile(file + '.gz', gzipSync(data, { level: 9 }));
    await writeFile(file + '.br', brotliCompressSync(data, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: data.length },
    }));
  }
  console.log(`postbuild: ${app.dir === '.' ? 'one wasm (SLACALC_SPLIT=0)' : `split into ${app.dir}/ (${app.files.length} files)`}, loader, CSP, ${ROUTES.length} prerendered pages, .gz/.br in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Trunk's copies of web/boot.js and the stylesheet, minified (split.mjs
 * `minified`), each renamed after its new contents as Trunk names files,
 * so a host may cache them for good. Resolves to `html` naming the new
 * files. index.html asks Trunk for no integrity digest on them: the
 * contents change here, and same-origin files gain nothing from one.
 */
async function minifyFiles(staging, html) {
  const done = [];
  for (const file of await readdir(staging)) {
    // Trunk's hash is hex of no fixed length.
    const m = file.match(/^(boot|main)-[0-9a-f]+\.(js|css)$/);
    if (!m) continue;
    done.push(m[1]);
    const text = await minified(await readFile(join(staging, file), 'utf8'), m[2] === 'css' ? 'css' : 'script');
    const name = `${m[1]}-${hash(text)}.${m[2]}`;
    if (!html.includes(`"/${file}"`)) throw new Error(`postbuild: index.html does not name ${file}`);
    await rm(join(staging, file));
    await writeFile(join(staging, name), text);
    html = html.replaceAll(`"/${file}"`, `"/${name}"`);
  }
  if (done.sort().join() !== 'boot,main') throw new Error(`postbuild: minified ${done.join(', ') || 'nothing'}, not boot.js and main.css once each`);
  // Trunk passes the stylesheet's data-integrity="none" through.
  html = html.replaceAll(' data-integrity="none"', '');
  const digest = html.match(/<[^>]*\sintegrity=[^>]*>/)?.[0];
  if (digest) throw new Error(`postbuild: index.html has an integrity digest, which minifying would break: ${digest}`);
  return html;
}

/**
 * A route's page fetches the route's code with the main wasm, not after it
 * has started: a preload of its pack (its split and the small chunks) and
 * of each big shared chunk, after Trunk's preload of the main wasm. They
 * match the split loader's `fetch(url)` (same-origin, CORS mode), so it
 * reuses them.
 */
function preloadRoute(html, app, path) {
  const files = app.preloads?.get(SPLIT_OF[path]) ?? [];
  if (!files.length) return html;
  const main = html.match(/<link rel="preload" href="[^"]+\.wasm"[^>]*>/)?.[0];
  if (!main) throw new Error("postbuild: Trunk's preload of the main wasm is not in index.html");
  const links = files.map((f) => `<link rel="preload" href="/${app.dir}/${f}" crossorigin="anonymous" as="fetch" type="application/wasm">`);
  return html.replace(main, [main, ...links].join('\n'));
}

/**
 * What the JSON part (src/codec.rs) fetches beyond a route's own parts,
 * which web/boot.js preloads on the route's page when local storage holds
 * saved work: its pack where the loader will take it (split.mjs `pays`,
 * the route's loader having run first: src/routes.rs), else its files; as
 * a space-separated list of paths, or undefined in an unsplit build.
 */
function savedWorkParts(app, route) {
  const codec = app.routes?.get(CODEC_SPLIT);
  if (!codec) return undefined;
  const have = new Set(app.routes.get(route) ?? []);
  const { file, parts } = app.packs.get(CODEC_SPLIT);
  const wanted = pays(parts, have)
    ? [file, ...codec.filter((p) => !(p in parts) && !have.has(p))]
    : codec.filter((p) => !have.has(p));
  return wanted.map((f) => `/${app.dir}/${f}`).join(' ');
}

/** Trunk's own glue and wasm, wasm-opt'd (index.html leaves that to this hook). */
async function unsplit(staging, js, wasm) {
  const file = join(staging, wasm.replace(/^\//, ''));
  await stripLinkSections(file);
  await tool('wasm-opt', [...WASM_OPT, file, '-o', file]);
  return { dir: '.', js, wasm, files: [js, wasm] };
}

async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (!/\.(gz|br)$/.test(entry.name)) out.push(path);
  }
  return out;
}

await main().catch((e) => {
  console.error(e.stack ?? String(e));
  process.exit(1);
});

/** Text as HTML: the five characters that could end or open markup. */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
