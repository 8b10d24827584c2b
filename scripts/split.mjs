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
//   3. wasm-opt -Oz on every part.
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
  '/deadline': 'deadline', '/simulate': 'simulate',
};

/**
 * The splits that are a language's words, not a route (src/i18n.rs,
 * `load`): fetched for a reader of that language only. English is in the
 * main wasm.
 */
export const LANGUAGE_SPLITS = { ru: 'ru' };

/** The features rustc enables by default for wasm32 (as index.html said for Trunk's wasm-opt). */
export const WASM_OPT = [
  '-Oz',
  '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-multivalue', '--enable-reference-types',
];

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

  // 3. wasm-opt on every part (the two cores share the work).
  const wasms = (await readdir(out)).filter((f) => f.endsWith('.wasm'));
  await Promise.all(wasms.map((f) => tool('wasm-opt', [...WASM_OPT, join(out, f), '-o', join(out, f)])));

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
  return {
    dir,
    js: `/${dir}/${NAME}.js`,
    wasm: `/${dir}/${NAME}_bg.wasm`,
    routes,
    files: files.map((f) => `${dir}/${basename(f)}`),
  };
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
