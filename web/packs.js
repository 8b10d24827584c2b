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
 * Per split, what its pack pack_<split>.wasm holds: the size of its own
 * split_<split>.wasm, then [n, size] for each chunk_<n>.wasm.
 */
const PACKS = __PACKS__;

/** scripts/split.mjs `pays`: whether a pack is worth its download. */
const pays = __PAYS__;

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
// worth its download: while the parts fetched already are at most a
// quarter of its bytes (a Russian reader's page has the words' few shared
// chunks before the route's; the JSON part shares much with some views).
// The route's page preloads what this chooses (scripts/postbuild.mjs).
function packFor(name) {
  const pack = PACKS[loading];
  if (!pack) return undefined;
  const file = `pack_${loading}.wasm`;
  const [own, ...chunks] = pack;
  const parts = { [`split_${loading}.wasm`]: own };
  for (const [n, size] of chunks) parts[`chunk_${n}.wasm`] = size;
  if (!(name in parts)) return undefined;
  if (packs.has(file)) return file;
  return pays(parts, requested) ? file : undefined;
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
