// Hostile input: every public entry with wrong types, out-of-range and odd numbers, odd
// strings (empty, NUL, lone surrogates, invalid UTF-8, 100 MB), disposed objects and
// concurrent init. Each bad call throws the documented error naming the parameter, and the
// next valid call still returns the right answer. docs/ROBUSTNESS.md lists the classes tried.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as simkit from 'simkit';

const {
  init,
  jaccard,
  setSimilarity,
  shingles,
  tokenize,
  normalize,
  xxh3,
  xxh32,
  fingerprint,
  comparePassages,
  WinnowIndex,
  SimkitError,
} = simkit;
await init();

function healthy() {
  assert.equal(xxh3(''), 0x2d06800538d394c2n);
  assert.equal(jaccard('a b c d', 'a b c e', { ngramSize: 1 }), 0.6);
}

// [value, expected error class] for an integer parameter.
const BAD_INTEGERS = [
  [-1, RangeError],
  [1.5, RangeError],
  [NaN, RangeError],
  [Infinity, RangeError],
  [-Infinity, RangeError],
  [2 ** 53, RangeError],
  [1e300, RangeError],
  [-0.5, RangeError],
  [1n, TypeError],
  ['3', TypeError],
  [null, TypeError],
  [{}, TypeError],
  [[], TypeError],
  [true, TypeError],
];
const BAD_TEXTS = [undefined, null, 42, 1n, {}, [], true, Symbol('s'), () => 'x'];

const index = new WinnowIndex();
index.add('a', 'some text to compare with another text');
const integerParams = [
  ['shingles', 'ngramSize', (v) => shingles('x y', { ngramSize: v })],
  ['setSimilarity', 'ngramSize', (v) => setSimilarity('x', 'y', { ngramSize: v })],
  ['fingerprint', 'ngramSize', (v) => fingerprint('x', { ngramSize: v })],
  ['fingerprint', 'window', (v) => fingerprint('x', { window: v })],
  ['comparePassages', 'minKgrams', (v) => comparePassages('x', 'y', { minKgrams: v })],
  ['comparePassages', 'maxGap', (v) => comparePassages('x', 'y', { maxGap: v })],
  ['WinnowIndex', 'maxDocumentFrequency', (v) => new WinnowIndex({ maxDocumentFrequency: v })],
  ['WinnowIndex.pairs', 'limit', (v) => index.pairs({ limit: v })],
  ['xxh32', 'seed', (v) => xxh32('x', v)],
];

for (const [fn, param, call] of integerParams) {
  test(`${fn}: ${param} rejects non-integers and out-of-range values`, () => {
    for (const [value, type] of BAD_INTEGERS) {
      assert.throws(
        () => call(value),
        (e) => {
          assert.ok(
            e instanceof type,
            `${fn} ${param}=${String(value)}: expected ${type.name}, got ${e?.name}: ${e?.message}`,
          );
          assert.ok(e.message.startsWith(`simkit.${fn}: `), e.message);
          assert.ok(e.message.includes(param), e.message);
          return true;
        },
      );
      healthy();
    }
  });
}

const textParams = [
  ['normalize', 'text', (v) => normalize(v)],
  ['tokenize', 'text', (v) => tokenize(v)],
  ['shingles', 'text', (v) => shingles(v)],
  ['jaccard', 'a', (v) => jaccard(v, 'x')],
  ['jaccard', 'b', (v) => jaccard('x', v)],
  ['xxh3', 'data', (v) => xxh3(v)],
  ['fingerprint', 'text', (v) => fingerprint(v)],
  ['comparePassages', 'a', (v) => comparePassages(v, 'x')],
  ['WinnowIndex.add', 'text', (v) => index.add('k', v)],
  ['WinnowIndex.add', 'key', (v) => index.add(v, 'x')],
  ['WinnowIndex.query', 'text', (v) => index.query(v)],
];
for (const [fn, param, call] of textParams) {
  test(`${fn}: ${param} rejects non-text values with a TypeError`, () => {
    for (const value of BAD_TEXTS) {
      assert.throws(
        () => call(value),
        (e) => e instanceof TypeError && e.message.startsWith(`simkit.${fn}: ${param} must be`),
        `${fn}(${String(value)})`,
      );
      healthy();
    }
  });
}

test('options objects: wrong types and unknown keys are TypeErrors', () => {
  for (const bad of [null, 'fast', 3, [], () => {}]) {
    assert.throws(
      () => shingles('x', bad),
      (e) => e instanceof TypeError && /options must be an object/.test(e.message),
    );
  }
  assert.throws(() => shingles('x', { shingleSzie: 3 }), /unknown option shingleSzie/);
  assert.throws(() => shingles('x', { normalize: { nfkc: true } }), /unknown option normalize\.nfkc/);
  assert.throws(() => shingles('x', { normalize: 'NFC' }), /normalize must be an object/);
  assert.throws(() => shingles('x', { seed: 2 ** 64 }), RangeError);
  assert.throws(() => shingles('x', { seed: -1n }), RangeError);
  // The largest seed is used whole: hash-wasm's XXH3 with seed 2^64 − 1 gives these (one
  // token, so the shingle is XXH3(seed) of the token's little-endian XXH3(seed)).
  assert.equal(xxh3('x', 2n ** 64n - 1n), 0x21aa458e79d58396n);
  assert.deepEqual(shingles('x', { seed: 2n ** 64n - 1n }).hashes, BigUint64Array.of(6145408088871383910n));
  healthy();
});

test('odd strings: empty, NUL bytes, lone surrogates, control characters, only punctuation', () => {
  assert.equal(shingles('').hashes.length, 0);
  assert.equal(jaccard('', ''), 0);
  assert.deepEqual(
    tokenize('a\0b').map((t) => t.text),
    ['a', 'b'],
  );
  assert.notEqual(xxh3('a\0b'), xxh3('ab'));
  const WORDS = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda';
  const odd = [
    '\ud800',
    '\udfff\ud800',
    'x\ud83d',
    '\u0000\u0001\u001f',
    '!!!???...',
    '\u200b\u200d\ufeff',
    '\u0301\u0301',
  ];
  let checked = 0;
  for (const s of odd) {
    // Alone: no word but the x before the lone surrogate, so nothing to compare.
    assert.deepEqual(
      tokenize(s).map((k) => k.text),
      s === 'x\ud83d' ? ['x'] : [],
      JSON.stringify(s),
    );
    // Inside text (glued to a word, and alone between two): every word is still found, with
    // spans inside the string, and the text matches itself as one passage end to end.
    const text = WORDS.replace(' gamma', `${s}gamma`).replace(' lambda', ` ${s} lambda`);
    const tokens = tokenize(text);
    assert.ok(tokens.length >= 10, `${JSON.stringify(s)}: ${tokens.length} tokens`);
    for (const k of tokens) assert.ok(k.start < k.end && k.end <= text.length);
    assert.equal(tokens.at(-1).text, 'lambda');
    assert.equal(tokens.at(-1).end, text.length);
    const chars = shingles(text, { analyzer: 'char' });
    assert.ok(chars.spans.length > 0 && chars.spans.every((x) => x <= text.length));
    const { passages } = comparePassages(text, text);
    assert.equal(passages.length, 1, JSON.stringify(s));
    assert.deepEqual(
      [passages[0].aStart, passages[0].aEnd, passages[0].bStart, passages[0].bEnd],
      [0, text.length, 0, text.length],
    );
    ++checked;
  }
  assert.equal(checked, odd.length);
  healthy();
});

test('invalid UTF-8 bytes: SimkitError INVALID_UTF8 naming the parameter, or U+FFFD on request', () => {
  for (const bytes of [[0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x61, 0xe2, 0x82]]) {
    const b = new Uint8Array(bytes);
    assert.throws(
      () => shingles(b),
      (e) => e instanceof SimkitError && e.code === 'INVALID_UTF8' && /text is not valid UTF-8/.test(e.message),
    );
    assert.throws(
      () => jaccard('ok', b),
      (e) => e instanceof SimkitError && /simkit\.jaccard: b is not valid UTF-8/.test(e.message),
    );
    assert.ok(normalize(b, { replaceInvalid: true }).includes('\ufffd'));
    healthy();
  }
});

test('100 MB strings work; larger than the 128 MiB limit is a RangeError, and the module lives on', () => {
  const big = 'lorem ipsum dolor sit amet '.repeat(3_800_000); // 102.6 M chars
  assert.ok(xxh3(big) > 0n);
  assert.equal(xxh3(big), xxh3(new TextEncoder().encode(big)));
  assert.equal(jaccard(big, big.slice(0, 27 * 37)), 1); // the same five distinct 3-grams
  assert.throws(
    () => jaccard(big + big, 'x'),
    (e) => e instanceof RangeError && /a must be at most 134217728 UTF-8 bytes/.test(e.message),
  );
  healthy();
});

test('disposed objects: every method throws; dispose is idempotent', () => {
  const x = new WinnowIndex();
  x.add('k', 'text');
  x.dispose();
  x.dispose();
  x[Symbol.dispose]();
  for (const call of [
    () => x.add('j', 'y'),
    () => x.remove('k'),
    () => x.pairs(),
    () => x.query('t'),
    () => x.setTemplate('t'),
  ]) {
    assert.throws(call, /simkit\.WinnowIndex: \w+\(\) used after dispose\(\)/);
  }
  healthy();
});

test('concurrent init() calls resolve together to one instance', () => {
  // A fresh process, so that the 20 calls start before any load finished; every
  // WebAssembly instantiation is counted.
  const code = `
    let instantiations = 0;
    for (const name of ['instantiate', 'instantiateStreaming']) {
      const original = WebAssembly[name];
      WebAssembly[name] = function (...args) { ++instantiations; return original.apply(this, args); };
    }
    const simkit = await import('simkit');
    const { instance } = await import('./npm/dist/instance.js');
    await Promise.all(Array.from({ length: 20 }, () => simkit.init()));
    const raw = instance('test').raw;
    const afterConcurrent = instantiations;
    await simkit.init();
    const sameInstance = instance('test').raw === raw;
    await simkit.init({ fresh: true });  // the counter does see a second load
    console.log(JSON.stringify({ afterConcurrent, sameInstance, afterFresh: instantiations, hash: String(simkit.xxh3('')) }));`;
  const out = JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: new URL('../../', import.meta.url).pathname,
      encoding: 'utf8',
      timeout: 60_000, // a hang fails loudly (this takes about a second)
    }),
  );
  assert.deepEqual(out, { afterConcurrent: 1, sameInstance: true, afterFresh: 2, hash: String(0x2d06800538d394c2n) });
  healthy();
});

test('memory: 1M hash calls, 1M MinHash sign calls and 100k index create/dispose cycles leave the heap flat', async () => {
  const { heapBytes } = await import('./helpers.mjs');
  const { MinHasher } = await import('simkit');
  const mh = new MinHasher({ numPerm: 32 });
  for (let i = 0; i < 1000; ++i) {
    xxh3(`warm ${i}`);
    shingles('warm up the buffers please');
    mh.sign(`warm ${i} up`);
  }
  const start = heapBytes();
  for (let i = 0; i < 1_000_000; ++i) xxh3(`key ${i}`);
  for (let i = 0; i < 1_000_000; ++i) mh.sign(`short document ${i}`);
  for (let i = 0; i < 100_000; ++i) shingles('the quick brown fox jumps over the lazy dog');
  for (let i = 0; i < 100_000; ++i) {
    const w = new WinnowIndex();
    w.add('a', 'short text here');
    w.dispose();
  }
  assert.equal(heapBytes(), start);
});

test('forgotten indexes are freed by the FinalizationRegistry (heap stays bounded)', () => {
  const code = `
    import { init, WinnowIndex } from 'simkit';
    import { instance } from './npm/dist/instance.js';
    import { heapBytes } from './tests/js/helpers.mjs';
    await init();
    // Count the native deletes (what the finalizer does) to wait for exactly that.
    const proto = instance('test').raw.NativeWinnowIndex.prototype;
    const originalDelete = proto.delete;
    let deleted = 0;
    proto.delete = function () { ++deleted; return originalDelete.call(this); };
    const text = 'word '.repeat(200000);
    const sizes = [];
    for (let round = 0; round < 6; ++round) {
      for (let i = 0; i < 20; ++i) { const w = new WinnowIndex({ ngramSize: 5, window: 1 }); w.add('a', text + i); }
      const deadline = Date.now() + 60_000;
      // All but the newest index: V8 may keep the last object a loop made reachable for a while
      // (seen: 119 of 120 freed for a minute); the next round then still needs it freed.
      while (deleted < 20 * round + 19) {
        if (Date.now() > deadline) throw new Error('finalizers freed only ' + deleted + ' of ' + (20 * round + 19) + ' indexes in 60 s');
        globalThis.gc();
        await new Promise((r) => setTimeout(r, 5));
      }
      sizes.push(heapBytes());
    }
    console.log(JSON.stringify(sizes));`;
  const out = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', code], {
    cwd: new URL('../../', import.meta.url).pathname,
    encoding: 'utf8',
    timeout: 180_000, // a hang fails loudly
  });
  const sizes = JSON.parse(out);
  // Without finalization 120 live indexes hold ~120 × 8 MB of fingerprints: far past the last size.
  assert.equal(sizes[5], sizes[2], `heap kept growing: ${sizes}`);
});
