// The text pipeline and hashing as a user calls them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  containment,
  init,
  jaccard,
  normalize,
  setSimilarity,
  shingles,
  tokenize,
  xxh3,
  xxh3Batch,
  xxh32Batch,
  xxh64,
  xxh64Batch,
} from 'simkit';

await init();

test('token spans are UTF-16 offsets into the original string, after normalization', () => {
  const text = 'Ｈｅｌｌｏ 😀 wörld — 漢字!';
  const tokens = tokenize(text);
  assert.deepEqual(
    tokens.map((t) => t.text),
    ['hello', 'wörld', '漢', '字'],
  );
  assert.deepEqual(
    tokens.map((t) => text.slice(t.start, t.end)),
    ['Ｈｅｌｌｏ', 'wörld', '漢', '字'],
  );
});

test('shingle spans slice the shingle out of the source', () => {
  const text = 'Alpha  BETA gamma';
  const s = shingles(text, { ngramSize: 2 });
  assert.equal(s.hashes.length, 2);
  assert.equal(text.slice(s.spans[0], s.spans[1]), 'Alpha  BETA');
  assert.equal(text.slice(s.spans[2], s.spans[3]), 'BETA gamma');
});

test('jaccard and containment match the set definitions', () => {
  assert.equal(jaccard('a b c d', 'a b c e', { ngramSize: 1 }), 3 / 5);
  assert.equal(containment('a b', 'a b c d', { ngramSize: 1 }), 1);
  assert.equal(containment('a b c d', 'a b', { ngramSize: 1 }), 0.5);
  const r = setSimilarity('The cat sat.', 'the CAT sat', { ngramSize: 2 });
  assert.equal(r.jaccard, 1);
  assert.equal(jaccard('', ''), 0);
});

test('strings and their UTF-8 bytes give identical results', () => {
  const s = 'naïve café 日本';
  const bytes = new TextEncoder().encode(s);
  assert.equal(xxh3(s), xxh3(bytes));
  assert.deepEqual(shingles(s).hashes, shingles(bytes).hashes);
  assert.equal(normalize(bytes), normalize(s));
});

test('batch hashing equals one-at-a-time hashing, for arrays and packed keys', () => {
  const keys = ['', 'a', 'hello world', 'ünïcödé', 'x'.repeat(300)];
  const h3 = xxh3Batch(keys, 7n);
  const h64 = xxh64Batch(keys);
  const h32 = xxh32Batch(keys, 9);
  keys.forEach((k, i) => {
    assert.equal(h3[i], xxh3(k, 7n));
    assert.equal(h64[i], xxh64(k));
  });
  const enc = new TextEncoder();
  const parts = keys.map((k) => enc.encode(k));
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  const ends = new Uint32Array(parts.length);
  let at = 0;
  parts.forEach((p, i) => {
    bytes.set(p, at);
    at += p.length;
    ends[i] = at;
  });
  assert.deepEqual(xxh3Batch({ bytes, ends }, 7n), h3);
  assert.deepEqual(xxh32Batch(parts, 9), h32);
  assert.equal(xxh3Batch([]).length, 0);
});

test('lone surrogates hash like U+FFFD, as TextEncoder encodes them, with offsets intact', () => {
  assert.equal(xxh3('a\ud800b'), xxh3('a\ufffdb'));
  const t = tokenize('x\udc00 word');
  assert.deepEqual(
    t.map((k) => k.start),
    [0, 3],
  );
});
