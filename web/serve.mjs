#!/usr/bin/env node
// Static server for the demo, bound to 127.0.0.1 only: demo/ at /, the built package at /dist/,
// the optional format libraries as browser modules at /vendor/ (web/vendor.mjs builds them),
// the API reference (built by scripts/docs.sh) at /docs/.
// Serves .wasm as application/wasm so browsers can compile it while it downloads.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const mounts = [
  ['/dist/', join(root, 'npm', 'dist')],
  ['/vendor/', join(root, 'build', 'web-vendor')],
  ['/docs/', join(root, 'docs', 'api')],
  ['/', join(root, 'demo')],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** Maps a URL path to a file inside one of the mounts, or null (never escapes the mount). */
function fileFor(urlPath) {
  const path = decodeURIComponent(urlPath.split('?')[0]);
  for (const [prefix, dir] of mounts) {
    if (!path.startsWith(prefix)) continue;
    const rel = normalize(path.slice(prefix.length) || 'index.html');
    const full = resolve(dir, rel);
    if (!full.startsWith(dir)) return null;
    return full;
  }
  return null;
}

export function startServer(port = 0) {
  const server = createServer(async (req, res) => {
    try {
      let file = fileFor(req.url ?? '/');
      if (file && (await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      if (!file) throw Object.assign(new Error('forbidden'), { code: 'ENOENT' });
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      const path = (req.url ?? '').split('?')[0];
      res.end(
        path.startsWith('/docs/') ? 'not found (the API reference is built by bash scripts/docs.sh)' : 'not found',
      );
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : 8080;
  const server = await startServer(port);
  console.log(`simkit demo: http://127.0.0.1:${server.address().port}/`);
}
