// Loading the module every supported way: default (fs), bytes, precompiled WebAssembly.Module,
// the edge entry, concurrent init(), and the raw interface matching native.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { RAW_FUNCTIONS } from '../../npm/dist/native.js';
import { bindEntryPoints } from '../../npm/dist/entry-points.js';

const wasmUrl = new URL('../../npm/dist/simkit.wasm', import.meta.url);

test('concurrent init() calls share one load', async () => {
  const simkit = await import('simkit');
  const [a, b] = [simkit.init(), simkit.init()];
  assert.equal(a, b);
  await a;
  assert.equal(simkit.isInitialized(), true);
  assert.equal(simkit.xxh3(''), 0x2d06800538d394c2n);
});

async function rawModule() {
  const { default: factory } = await import('../../npm/dist/simkit.mjs');
  return factory({ wasmBinary: new Uint8Array(await readFile(wasmUrl)) });
}

test('the module registers exactly the raw functions named in native.ts', async () => {
  const module = await rawModule();
  const before = new Set(Object.keys(module));
  const raw = bindEntryPoints(module);
  for (const name of RAW_FUNCTIONS) assert.equal(typeof raw[name], 'function', name);
  const added = Object.keys(raw).filter((key) => !before.has(key));
  assert.deepEqual(added.sort(), [...RAW_FUNCTIONS].sort());
});

test('registered classes: delete() frees once, a method afterwards throws, sizes are unsigned', async () => {
  const raw = bindEntryPoints(await rawModule());
  const index = new raw.NativeSimHashIndex();
  assert.equal(index.configure(3), 0);
  index.insert(7, 0xffffffff, 0x80000000);
  assert.equal(index.size(), 1);
  assert.equal(index.query(0xffffffff, 0x80000000, 0xffffffff), 0);
  assert.deepEqual(
    [...raw.HEAPU32.subarray(raw.result_u32_ptr() >>> 2, (raw.result_u32_ptr() >>> 2) + raw.result_u32_size())],
    [7],
  );
  assert.equal(index.isDeleted(), false);
  index.delete();
  index.delete();
  assert.equal(index.isDeleted(), true);
  assert.throws(() => index.size(), /NativeSimHashIndex\.size\(\) after delete\(\)/);
  assert.ok(raw.arena_reserve(16) > 0);
  assert.equal(raw.arena_reserve(0xffffffff), 0, 'an impossible reservation is 0, not a negative address');
});

// One instance per process by design: each loading path runs in a fresh node process.
function runModule(code) {
  return execFileSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: new URL('../../', import.meta.url).pathname,
    encoding: 'utf8',
  }).trim();
}

test('edge entry: from a precompiled WebAssembly.Module', () => {
  const out = runModule(`
    import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
    import * as edge from './npm/dist/index.edge.js';
    let message = 'no error';
    try { await edge.init({}); } catch (e) { message = e.message; }
    const module = await WebAssembly.compile(await readFile('npm/dist/simkit.wasm'));
    await edge.init({ wasm: module });
    console.log(message, '|', edge.xxh3('').toString(16), edge.jaccard('a b c d', 'a b c e', { ngramSize: 1 }));`);
  assert.equal(
    out,
    'simkit.init: this entry point needs init({ wasm }) (a WebAssembly.Module, bytes or URL) | 2d06800538d394c2 0.6',
  );
});

test('the glue never calls eval or new Function', async () => {
  const glue = await readFile(new URL('../../npm/dist/simkit.mjs', import.meta.url), 'utf8');
  assert.doesNotMatch(glue, /new Function\(|\beval\(/);
});

test('bytes, ArrayBuffer and Promise sources', () => {
  const out = runModule(`
    import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
    import * as s from './npm/dist/index.node.js';
    await s.init({ wasm: readFile('npm/dist/simkit.wasm').then((b) => new Uint8Array(b).buffer) });
    console.log(s.xxh64('').toString(16));`);
  assert.equal(out, 'ef46db3751d8e999');
});

test('a bad source is a clear error and init() can be retried', () => {
  const out = runModule(`
    import * as s from './npm/dist/index.node.js';
    let name = 'none';
    try { await s.init({ wasm: 42 }); } catch (e) { name = e.name + ': ' + e.message; }
    await s.init();
    console.log(name, '|', s.xxh32('').toString(16));`);
  assert.match(out, /^TypeError: simkit.init: wasm must be a URL.* \| 2cc5d05$/);
});
