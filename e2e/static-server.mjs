// A static host for the release build in dist/, as a CDN or any static
// file server would be configured (docs/DEPLOYING.md says what a host needs):
//
//   - a route's own page: /compare is dist/compare/index.html (prerendered);
//     any other path without a file extension falls back to dist/index.html
//     (the app then shows its not-found view), with status 200 as
//     single-page hosts do; a missing file with an extension is a 404;
//   - compressed: a precompressed .br / .gz next to the file when there is
//     one and the browser accepts it, else gzip made on the fly (cached);
//   - correct content types, `Vary: Accept-Encoding`, and the
//     Content-Security-Policy header (the same policy as the pages' <meta>).
//
// Bound to 127.0.0.1 only. Used by the end-to-end tests (harness.mjs), the
// first-load benchmark and `scripts/serve.sh --static`:
//
//   node e2e/static-server.mjs [dir] [port]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync, constants as zlib } from 'node:zlib';

export const DIST = resolve(import.meta.dirname, '..', 'dist');

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

// What is worth compressing; wasm compresses to about a third.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.svg', '.txt']);

async function isFile(path) {
  try { return (await stat(path)).isFile(); } catch { return false; }
}

/** The file a static host serves for a URL path (null: fall back to the app). */
async function resolvePath(root, pathname) {
  const file = normalize(join(root, pathname));
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (await isFile(file)) return file;
  const index = join(file, 'index.html');
  if (await isFile(index)) return index;
  return null;
}

/**
 * Serves `root` on 127.0.0.1 at `port` (0: a free one); resolves to
 * { origin, close, requests }. `requests` lists every path asked for.
 * `brotli: false` serves gzip even to a browser that accepts brotli.
 */
export async function serveStatic({ root = DIST, port = 0, log = false, brotli = true } = {}) {
  root = resolve(root);
  await stat(join(root, 'index.html')).catch(() => {
    throw new Error(`${root}/index.html is missing: run \`trunk build --release\` first (scripts/test.sh does).`);
  });
  const gzipped = new Map(); // path → gzip body, made once
  // The headers the build asks for (`_headers`, Netlify / Cloudflare Pages
  // form; scripts/postbuild.mjs writes it): here only the policy is taken.
  let csp = null;
  try {
    csp = (await readFile(join(root, '_headers'), 'utf8')).match(/^\s+Content-Security-Policy:\s*(.+)$/m)?.[1].trim() ?? null;
  } catch { /* a build without a policy */ }
  const requests = [];

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://x');
      let pathname;
      try { pathname = decodeURIComponent(url.pathname); } catch { pathname = '/'; }
      requests.push(pathname);
      let file = await resolvePath(root, pathname);
      if (!file) {
        // A missing asset is a 404 (a failed chunk must fail, not become HTML);
        // any other path is a route of the single-page app.
        if (/\.[a-z0-9]+$/i.test(pathname)) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
          res.end('not found');
          return;
        }
        file = join(root, 'index.html');
      }
      const ext = extname(file);
      const headers = {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'x-content-type-options': 'nosniff',
      };
      if (ext === '.html') {
        headers['cache-control'] = 'no-cache';
        if (csp) headers['content-security-policy'] = csp;
      } else if (/-[0-9a-f]{16}[._]/.test(file)) {
        // Names carrying a content hash never change.
        headers['cache-control'] = 'public, max-age=31536000, immutable';
      }
      let body;
      const accept = String(req.headers['accept-encoding'] ?? '');
      if (COMPRESSIBLE.has(ext)) {
        headers.vary = 'Accept-Encoding';
        if (brotli && /\bbr\b/.test(accept) && (await isFile(file + '.br'))) {
          body = await readFile(file + '.br');
          headers['content-encoding'] = 'br';
        } else if (/\bgzip\b/.test(accept)) {
          if (await isFile(file + '.gz')) {
            body = await readFile(file + '.gz');
          } else {
            body = gzipped.get(file);
            if (!body) {
              body = gzipSync(await readFile(file), { level: zlib.Z_BEST_COMPRESSION });
              gzipped.set(file, body);
            }
          }
          headers['content-encoding'] = 'gzip';
        }
      }
      body ??= await readFile(file);
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
      if (log) console.log(`${req.method} ${req.url} → ${file.slice(root.length)} ${headers['content-encoding'] ?? ''} ${body.length}`);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e));
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? DIST;
  const port = Number(process.argv[3] ?? process.env.PORT ?? 8080);
  const server = await serveStatic({ root, port, log: true });
  console.log(`serving ${resolve(root)} at ${server.origin}/ (per-route HTML, compressed); Ctrl-C stops`);
}
