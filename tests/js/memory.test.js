// Memory behaviour: results are JS-owned copies that survive heap growth, and repeated calls
// do not grow the wasm heap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { init, jaccard, shingles, tokenize, xxh3, xxh3Batch } from 'simkit';
import { heapBytes } from './helpers.mjs';

await init();

test('results stay valid after the heap grows', () => {
  const before = shingles('one two three four five');
  const snapshot = [...before.hashes];
  // Force growth: a 48 MB input needs a far larger arena than the initial 16 MB heap.
  const big = 'word '.repeat(10_000_000);
  assert.ok(xxh3(big) > 0n);
  assert.deepEqual([...before.hashes], snapshot);
  assert.ok(before.hashes.buffer.byteLength > 0);
});

test('10k calls leave the heap size flat', () => {
  const text = 'The quick brown fox jumps over the lazy dog. '.repeat(20);
  for (let i = 0; i < 200; ++i) {
    shingles(text);
    tokenize(text);
    jaccard(text, text);
  }
  const start = heapBytes();
  for (let i = 0; i < 10_000; ++i) {
    shingles(text);
    jaccard(text, 'x');
    xxh3Batch(['a', 'b', 'c']);
  }
  assert.equal(heapBytes(), start);
});
