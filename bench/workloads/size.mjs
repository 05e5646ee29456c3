// The shipped size: the wasm, the Emscripten glue and the API's JavaScript (every dist/*.js),
// each compressed with gzip -9, as scripts/build.sh prints it. No peer; the README quotes it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { record, root, table } from '../lib.mjs';

export async function run() {
  const dist = join(root, 'npm', 'dist');
  const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
  const js = readdirSync(dist)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => readFileSync(join(dist, f)));
  const parts = [
    ['wasm (simkit.wasm)', gz(readFileSync(join(dist, 'simkit.wasm')))],
    ['glue (simkit.mjs)', gz(readFileSync(join(dist, 'simkit.mjs')))],
    ['API (dist/*.js)', gz(Buffer.concat(js))],
  ];
  const total = parts.reduce((n, [, b]) => n + b, 0);
  record('gzipBytes', total, { wasm: parts[0][1], glue: parts[1][1], api: parts[2][1] });
  table(
    'Package size, gzip -9',
    ['part', 'bytes'],
    [...parts, ['total', `${total} (${(total / 1024).toFixed(0)} KiB)`]],
  );
}
