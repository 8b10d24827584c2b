// Packs: one download for a route's many small wasm parts. Not a module of
// its own: scripts/split.mjs puts it at the top of wasm-split-cli's
// __wasm_split.js, fills in __PACKS__, and makes every part's fetch go
// through fetchPart and every split's loader through packed().
//
// wasm-split-cli gives a route its own wasm plus some thirty chunks shared
// with other routes, each a file; over HTTP/1.1 at a phone's round trip the
// requests cost more than the bytes (docs/PERFORMANCE.md). A pack
// (pack_<split>.wasm) holds a split's own wasm and its small chunks, byte
// for byte, each as a custom section named after its file; the big shared
// chunk stays a file of its own, so it is cached across routes. A route's
// page preloads its pack; the files stay beside it, for the parts a pack
// does not hold and for when a pack cannot be fetched.

/**
 * Per split, the chunks its pack pack_<split>.wasm holds besides its own
 * split_<split>.wasm, by number (chunk_<n>.wasm).
 */
const PACKS = __PACKS__;

// The split whose loader is running: set by packed() for the synchronous
// part of its load, in which makeLoad starts the fetch of every part the
// split waits for.
let loading;
// Parts whose download has started and not failed, so a later split does
// not fetch again, in its pack, what is mostly here already.
const requested = new Set();
// Per pack file, its compiled (empty) module, once asked for.
const packs = new Map();

function packed(split, load) {
  return () => {
    loading = split;
    try {
      return load();
    } finally {
      loading = undefined;
    }
  };
}

// The file of the running split's pack if it holds the part `name` and is
// worth its download: while at most half of its parts have been fetched
// already (a Russian reader's page has the words' two shared chunks before
// the route's thirty; a second view shares most of the first's).
function packFor(name) {
  const chunks = PACKS[loading];
  if (!chunks) return undefined;
  const file = `pack_${loading}.wasm`;
  const parts = [`split_${loading}.wasm`, ...chunks.map((n) => `chunk_${n}.wasm`)];
  if (!parts.includes(name)) return undefined;
  if (packs.has(file)) return file;
  const have = parts.filter((p) => requested.has(p)).length;
  return have * 2 <= parts.length ? file : undefined;
}

function fromPack(file, name) {
  let module = packs.get(file);
  if (!module) {
    module = WebAssembly.compileStreaming(fetch(new URL(`./${file}`, import.meta.url)));
    packs.set(file, module);
    module.catch(() => { if (packs.get(file) === module) packs.delete(file); });
  }
  return module.then((m) => {
    const [bytes] = WebAssembly.Module.customSections(m, name);
    if (!bytes) throw new Error(`${file} holds no ${name}`);
    return new Response(bytes, { headers: { "Content-Type": "application/wasm" } });
  });
}

/** A part's response: from its split's pack when that pays, else its own file. */
function fetchPart(url) {
  const name = url.pathname.slice(url.pathname.lastIndexOf("/") + 1);
  const pack = packFor(name);
  requested.add(name);
  const response = pack
    ? fromPack(pack, name).catch(() => fetch(url))
    : fetch(url);
  response.then(
    (r) => { if (!r.ok) requested.delete(name); },
    () => requested.delete(name),
  );
  return response;
}
