// The shipped size, each part compressed with gzip -9: the package's files as they are in dist/
// (the wasm, the Emscripten glue, every dist/*.js, as scripts/build.sh prints it), and what a web
// app ships: the wasm plus a production bundle of every export of 'simkit' (esbuild --bundle
// --minify, as a bundler's production build does; nothing tree-shaken away). No peer; the README
// quotes both.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { record, root, table } from '../lib.mjs';

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Every export of the browser entry, bundled and minified; the wasm stays a separate file. */
async function webBundle() {
  const result = await build({
    stdin: { contents: "export * from 'simkit';", resolveDir: join(root, 'npm'), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  // Every export, so every capability: the bundle must not have dropped any of them.
  const entry = await import(join(root, 'npm', 'dist', 'index.web.js'));
  const text = new TextDecoder().decode(code);
  const missing = Object.keys(entry).filter((name) => !text.includes(name));
  if (missing.length > 0) throw new Error(`size: the bundle lacks exports ${missing.join(', ')}`);
  return code;
}

export async function run() {
  const dist = join(root, 'npm', 'dist');
  const js = readdirSync(dist)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => readFileSync(join(dist, f)));
  const wasm = gz(readFileSync(join(dist, 'simkit.wasm')));
  const glue = gz(readFileSync(join(dist, 'simkit.mjs')));
  const api = gz(Buffer.concat(js));
  const total = wasm + glue + api;
  const bundle = gz(await webBundle());
  record('gzipBytes', total, { wasm, glue, api });
  record('webAppBytes', wasm + bundle, { wasm, bundle });
  const kib = (n) => `${n} (${(n / 1024).toFixed(0)} KiB)`;
  table(
    'Package size, gzip -9',
    ['part', 'bytes'],
    [
      ['wasm (simkit.wasm)', wasm],
      ['glue (simkit.mjs)', glue],
      ['API (dist/*.js)', api],
      ['total, as in the package', kib(total)],
      ['glue + API in a minified production bundle (esbuild)', bundle],
      ['total, as a web app ships it (wasm + bundle)', kib(wasm + bundle)],
    ],
  );
}
