// Route splitting for a release build, run by scripts/postbuild.mjs.
//
// Trunk compiles the app (a release build for wasm32 gets
// `--cfg slacalc_split` from build.rs, and `--emit-relocs` from
// .cargo/config.toml), but its own wasm-bindgen output cannot run: each
// route's view is an import only wasm-split-cli resolves. So this takes the
// linker's wasm from cargo's target directory and runs what cargo-leptos
// runs for a split build:
//
//   1. wasm-split-cli: the main module, one wasm per route (split_*.wasm),
//      chunks shared by several routes (chunk_*.wasm), and
//      __wasm_split.js, which fetches them on demand;
//   2. wasm-bindgen --target web --keep-lld-exports --no-demangle on the
//      main module (the parts keep the names the link script expects);
//   3. wasm-opt -Oz on every part (the main module without wasm-streams'
//      unused classes: STREAM_EXPORTS);
//   4. packs: per split, its own wasm and its small chunks in one file,
//      pack_<split>.wasm, which its route's page preloads; web/packs.js,
//      put into __wasm_split.js, takes parts from it (one request instead
//      of some thirty).
//
// Everything lands in app-<id>/ in the staging directory, <id> a hash of
// its contents: the glue and the split script find each other and the
// chunks by relative paths, so a build id in the directory lets every file
// be cached for good. Trunk's own glue and wasm are removed.
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile, readdir, rm, mkdir, rename, copyFile, writeFile } from 'node:fs/promises';
import { join, basename } from 'node:path';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');
const NAME = 'slacalc-app';

/**
 * Which split (src/routes.rs) holds each route's view: one per route.
 * Home and not-found are in the main wasm.
 */
export const SPLIT_OF = {
  '/compare': 'compare', '/price': 'price', '/build': 'build', '/quote': 'quote',
  '/deadline': 'deadline', '/simulate': 'simulate', '/audit': 'audit',
};

/**
 * The splits that are a language's words, not a route (src/i18n.rs,
 * `load`): fetched for a reader of that language only. English is in the
 * main wasm.
 */
export const LANGUAGE_SPLITS = { ru: 'ru' };

/**
 * The split that reads and writes JSON (src/codec.rs): saved work, price
 * book files, a quote's file. Fetched before a route's view when local
 * storage holds saved work (web/boot.js preloads it then), else on the
 * first save, import or file: a visitor with nothing saved never fetches it.
 */
export const CODEC_SPLIT = 'codec';

/**
 * -Oz with the features rustc enables by default for wasm32 (as index.html
 * said for Trunk's wasm-opt), then without the toolchain's notes, which no
 * browser reads (about 200 bytes in each of some eighty files).
 */
export const WASM_OPT = [
  '-Oz',
  '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-multivalue', '--enable-reference-types',
  '--strip-producers', '--strip-target-features',
];

/**
 * The exports of wasm-streams' three JS classes (IntoUnderlyingSource,
 * IntoUnderlyingByteSource, IntoUnderlyingSink), as a wasm-opt wildcard.
 * Leptos depends on server_fn, whose streaming client depends on
 * wasm-streams; slacalc has no server function, so nothing constructs
 * them, but an exported class is a root the linker must keep: with its
 * code, 4.4 KB of the main wasm (1.6 KB gzip) and 4 KB of glue. wasm-opt removes the exports, and with them the code only they
 * reached; `withoutStreams` removes the classes from the glue.
 */
const STREAM_EXPORTS = '*intounderlying*';

/**
 * wasm-bindgen's glue without wasm-streams' classes (STREAM_EXPORTS): each
 * `export class IntoUnderlying… { … }` with its dispose line, its
 * finalization registry, and the enum only they read. Throws when the
 * glue is not that shape, rather than ship a glue that calls an export
 * wasm-opt removed (`checkGlue` checks the result as well).
 */
export function withoutStreams(js) {
  let removed = 0;
  const out = js
    .replace(/^export class (IntoUnderlying\w+) \{\n[\s\S]*?^\}\nif \(Symbol\.dispose\) \1\.prototype\[Symbol\.dispose\] = \1\.prototype\.free;\n/gm, () => { removed++; return ''; })
    .replace(/^const IntoUnderlying\w+Finalization = [\s\S]*?;\n/gm, () => { removed++; return ''; })
    .replace(/^const __wbindgen_enum_ReadableStreamType = .*;\n/m, () => { removed++; return ''; });
  if (removed !== 7 || /intounderlying|__wbindgen_enum_ReadableStreamType/i.test(out)) {
    throw new Error(`postbuild: removed ${removed} of the 7 pieces of wasm-streams' classes from the glue, or some are left: not the shape split.mjs expects`);
  }
  return out;
}

/**
 * `js` (or, with kind 'css', a stylesheet) minified by esbuild, at the
 * version package-lock.json pins. 'module': names shortened and unused
 * top-level code dropped (wasm-bindgen's glue, the loader); 'script': a
 * classic script, names shortened (web/boot.js); 'whitespace': only
 * whitespace and comments removed (esbuild also gathers the exports into
 * one `export{…}`), so __wasm_split.js keeps the names and calls the size
 * test reads its parts from (e2e/size.test.mjs). A sixth to a half off
 * each file's gzip size (docs/PERFORMANCE.md).
 */
export async function minified(text, kind) {
  const { transform } = await import('esbuild');
  const options = {
    css: { loader: 'css', minify: true },
    module: { loader: 'js', format: 'esm', minify: true, treeShaking: true },
    script: { loader: 'js', minify: true },
    whitespace: { loader: 'js', format: 'esm', minifyWhitespace: true },
  }[kind];
  if (!options) throw new Error(`postbuild: no way to minify "${kind}"`);
  return (await transform(text, { ...options, legalComments: 'none' })).code;
}

/** Throws unless every `wasm.<export>` the glue calls is an export of the main wasm. */
export async function checkGlue(js, wasm) {
  const exports = new Set(WebAssembly.Module.exports(await WebAssembly.compile(wasm)).map((e) => e.name));
  const missing = [...new Set([...js.matchAll(/\bwasm\.(\w+)/g)].map((m) => m[1]))].filter((e) => !exports.has(e));
  if (missing.length) throw new Error(`postbuild: the glue calls exports the main wasm lacks: ${missing.join(', ')}`);
}

export async function tool(cmd, args) {
  try {
    return await run(cmd, args, { maxBuffer: 64 << 20 });
  } catch (e) {
    throw new Error(`postbuild: ${cmd} ${args.join(' ')} failed:\n${e.stderr || e.message}`);
  }
}

/**
 * Splits the release wasm into staging/app-<id>/. Resolves to
 * { dir, js, wasm, routes } — dir the directory name, js and wasm the
 * absolute paths of the glue and the main wasm, routes a Map from split
 * name (src/routes.rs: compare, deadline, …) to the wasm files that route
 * fetches on its first visit, main wasm excluded.
 */
export async function split(staging) {
  const target = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
  const input = join(target, 'wasm32-unknown-unknown', 'release', `${NAME}.wasm`);
  const work = join(target, 'split');
  const parts = join(work, 'parts');
  const out = join(work, 'out');
  await rm(work, { recursive: true, force: true });
  await mkdir(parts, { recursive: true });
  await mkdir(out, { recursive: true });

  // 1. Split. The main module is parts/slacalc-app.wasm, importing its
  //    loaders from ./__wasm_split.js, which imports initSync from ./slacalc-app.js.
  await tool('wasm-split-cli', ['--target', 'web', '--out-name', NAME, input, parts]);

  // 2. wasm-bindgen on the main module only.
  await tool('wasm-bindgen', [
    '--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript',
    '--out-name', NAME, '--out-dir', out, join(parts, `${NAME}.wasm`),
  ]);
  for (const file of await readdir(parts)) {
    if (file === `${NAME}.wasm`) continue;
    await copyFile(join(parts, file), join(out, file));
  }
  // The glue is written back once, minified, below.
  const glue = join(out, `${NAME}.js`);
  const glueText = withoutStreams(await readFile(glue, 'utf8'));

  // 3. wasm-opt on every part (the two cores share the work); the main
  //    module without the stream classes' exports, and so without their code.
  const wasms = (await readdir(out)).filter((f) => f.endsWith('.wasm'));
  await Promise.all(wasms.map((f) => tool('wasm-opt', [
    ...(f === `${NAME}_bg.wasm` ? ['--remove-exports', `--pass-arg=remove-exports@${STREAM_EXPORTS}`] : []),
    ...WASM_OPT, join(out, f), '-o', join(out, f),
  ])));
  await checkGlue(glueText, await readFile(join(out, `${NAME}_bg.wasm`)));

  // Which files each route fetches: __wasm_split.js declares the shared
  // chunks (`/* compare, price */ const __chunk_3 = makeLoad(... "./chunk_3_….wasm" ...)`)
  // and one loader per route with the chunks it waits for.
  const link = await readFile(join(out, '__wasm_split.js'), 'utf8');
  const chunks = new Map();
  for (const m of link.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+\.wasm)"/g)) {
    chunks.set(m[1], m[2]);
  }
  const routes = new Map();
  for (const m of link.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(([\s\S]*?), \[([^\]]*)\]\)\)/g)) {
    const own = m[2].match(/"\.\/([^"]+\.wasm)"/)?.[1];
    const deps = m[3].split(',').map((s) => s.trim()).filter(Boolean).map((d) => chunks.get(d));
    routes.set(m[1], [...(own ? [own] : []), ...deps]);
  }

  // 4. Packs: each split's own wasm and its small chunks as one file
  //    (web/packs.js says why and how the loader reads them).
  const packs = await pack(out, routes);
  await writeFile(join(out, '__wasm_split.js'), await minified(await packedLoader(link, packs), 'whitespace'));
  await writeFile(glue, await minified(glueText, 'module'));

  // The build id: every part, in name order.
  const files = (await readdir(out)).sort();
  const digest = createHash('sha256');
  for (const f of files) digest.update(f).update(await readFile(join(out, f)));
  const dir = `app-${digest.digest('hex').slice(0, 16)}`;
  await rename(out, join(staging, dir));

  // Trunk's unsplit glue and wasm are not used.
  for (const f of await readdir(staging)) {
    if (f.startsWith(`${NAME}-`) && /\.(js|wasm)$/.test(f)) await rm(join(staging, f));
  }
  const preloads = new Map([...routes].map(([name, parts]) => [
    name,
    [packs.get(name).file, ...parts.filter((p) => !(p in packs.get(name).parts))],
  ]));
  return {
    dir,
    js: `/${dir}/${NAME}.js`,
    wasm: `/${dir}/${NAME}_bg.wasm`,
    routes,
    packs,
    preloads,
    files: files.map((f) => `${dir}/${basename(f)}`),
  };
}

/**
 * Whether a split's pack is worth its download when the parts in `have`
 * (file names) are fetched already: while they make up at most a quarter
 * of the pack's bytes. `parts` maps each file the pack holds to its size.
 * web/packs.js runs this very function (scripts/split.mjs puts its source
 * there), and scripts/postbuild.mjs asks it what a page should preload, so
 * the two agree.
 */
export function pays(parts, have) {
  let total = 0;
  let had = 0;
  for (const [file, size] of Object.entries(parts)) {
    total += size;
    if (have.has(file)) had += size;
  }
  return had * 4 <= total;
}

/**
 * A chunk at least this large (optimised, uncompressed) stays a file of its
 * own rather than going into packs: it is shared by most routes, so cached
 * once for all of them, and one request is little beside its download.
 * 64 KB: with the JSON part a split of its own, the routes' shared code is
 * two chunks (about 300 KB and 98 KB); in packs the second would be
 * downloaded again with every view's pack.
 */
export const OWN_FILE = 64 * 1024;

/**
 * Writes pack_<split>.wasm into dir for every split in routes (from split
 * name to the files it waits for): its own wasm and every chunk under
 * OWN_FILE, each as a custom section named after the file, holding it byte
 * for byte. A module with only custom sections is valid wasm, so a host
 * serves and compresses it as it does the parts. Resolves to a Map from
 * split name to { file, parts }, parts from file name to size.
 */
export async function pack(dir, routes) {
  const packs = new Map();
  for (const [name, files] of routes) {
    const parts = {};
    const sections = [];
    for (const file of files) {
      const bytes = await readFile(join(dir, file));
      if (file.startsWith('chunk_') && bytes.length >= OWN_FILE) continue;
      parts[file] = bytes.length;
      const title = Buffer.from(file);
      const body = Buffer.concat([uleb(title.length), title, bytes]);
      sections.push(Buffer.from([0]), uleb(body.length), body);
    }
    const file = `pack_${name}.wasm`;
    await writeFile(join(dir, file), Buffer.concat([Buffer.from('\0asm\x01\0\0\0', 'latin1'), ...sections]));
    packs.set(name, { file, parts });
  }
  return packs;
}

/** Reads a pack back: a Map from each custom section's name to its bytes. */
export function unpack(bytes) {
  if (bytes.subarray(0, 8).toString('latin1') !== '\0asm\x01\0\0\0') throw new Error('not a wasm module');
  const parts = new Map();
  let i = 8;
  const leb = () => {
    let value = 0, shift = 0, byte;
    do { byte = bytes[i++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return value;
  };
  while (i < bytes.length) {
    if (bytes[i++] !== 0) throw new Error(`section at ${i - 1} is not a custom section`);
    const end = leb() + i;
    const n = leb();
    const name = bytes.subarray(i, i + n).toString();
    parts.set(name, bytes.subarray(i + n, end));
    i = end;
  }
  return parts;
}

function uleb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

/**
 * wasm-split-cli's loader with web/packs.js at its top: every part fetched
 * through fetchPart, every split's loader wrapped in packed(). Throws when
 * the loader is not shaped as wasm-split-cli 0.2.4 writes it.
 */
async function packedLoader(link, packs) {
  const fetches = link.match(/fetch\(new URL\("\.\//g)?.length ?? 0;
  const loaders = link.match(/= wrapAsyncCb\(makeLoad\(/g)?.length ?? 0;
  if (!fetches || loaders !== packs.size) {
    throw new Error(`postbuild: __wasm_split.js has ${fetches} part fetches and ${loaders} split loaders for ${packs.size} splits: not the shape web/packs.js expects`);
  }
  // web/packs.js names the parts by convention; hold the packs to it.
  const table = {};
  for (const [name, { file, parts }] of packs) {
    const chunks = Object.keys(parts).filter((p) => p !== `split_${name}.wasm`).map((p) => p.match(/^chunk_(\d+)\.wasm$/)?.[1]);
    if (file !== `pack_${name}.wasm` || !(`split_${name}.wasm` in parts) || !chunks.every(Boolean)) {
      throw new Error(`postbuild: pack ${file} holds ${Object.keys(parts)}, not split_${name}.wasm and chunk_<n>.wasm files`);
    }
    table[name] = [parts[`split_${name}.wasm`], ...chunks.map((n) => [Number(n), parts[`chunk_${n}.wasm`]])];
  }
  // Its comments stay in web/packs.js: every page downloads this file.
  const helper = (await readFile(join(ROOT, 'web', 'packs.js'), 'utf8'))
    .replace(/^\s*\/\/.*\n/gm, '')
    .replace(/^\s*\/\*\*[\s\S]*?\*\/\n/gm, '')
    .replace('const PACKS = __PACKS__;', () => `const PACKS = ${JSON.stringify(table)};`)
    .replace('const pays = __PAYS__;', () => `const pays = ${pays.toString()};`);
  if (/__PACKS__|__PAYS__/.test(helper)) throw new Error('postbuild: web/packs.js has no `const PACKS = __PACKS__;` or `const pays = __PAYS__;` to fill in');
  const body = link
    .replaceAll('fetch(new URL("./', 'fetchPart(new URL("./')
    .replace(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(([\s\S]*?), \[([^\]]*)\]\)\)/g,
      (_, name, fetcher, deps) => `export const __wasm_split_load_${name} = wrapAsyncCb(packed("${name}", makeLoad(${fetcher}, [${deps}])))`);
  const wrapped = body.match(/wrapAsyncCb\(packed\("/g)?.length ?? 0;
  if (wrapped !== packs.size) {
    throw new Error(`postbuild: wrapped ${wrapped} of ${packs.size} split loaders in packed(): __wasm_split.js is not the shape web/packs.js expects`);
  }
  const [imports, ...rest] = body.split('\n');
  if (!imports.startsWith('import ')) throw new Error('postbuild: __wasm_split.js does not start with its import');
  return [imports, helper, ...rest].join('\n');
}

/**
 * Drops the `linking` and `reloc.*` sections that `--emit-relocs` leaves in
 * a wasm nobody splits (SLACALC_SPLIT=0): wasm-opt keeps them, and they are
 * larger than the code (about 2 MB here). wasm-split-cli's parts have none.
 */
export async function stripLinkSections(file) {
  const b = await readFile(file);
  const kept = [b.subarray(0, 8)];
  let i = 8;
  const leb = () => {
    let value = 0, shift = 0, byte;
    do { byte = b[i++]; value |= (byte & 0x7f) << shift; shift += 7; } while (byte & 0x80);
    return value >>> 0;
  };
  while (i < b.length) {
    const start = i;
    const id = b[i++];
    const size = leb();
    const body = i;
    let name = '';
    if (id === 0) {
      const n = leb();
      name = b.subarray(i, i + n).toString();
    }
    i = body + size;
    if (!(id === 0 && (name === 'linking' || name.startsWith('reloc.')))) kept.push(b.subarray(start, i));
  }
  await writeFile(file, Buffer.concat(kept));
}
