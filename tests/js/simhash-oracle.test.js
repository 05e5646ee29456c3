// SimHash checked against Charikar's definition (2002) written out here: every feature votes +1
// on the bits its 64-bit hash has set and −1 on the others; the fingerprint has bit b set when
// the vote is positive. Features are word n-grams of sizes 1 to 3 (the default): a word's feature
// is XXH3 of the word, an n-gram's is XXH3 with seed n of its words' hashes, little-endian —
// the documented construction — and tokenize()/xxh3() are checked elsewhere against references.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { init, simhash, simhashBatch, tokenize, xxh3 } from 'simkit';

before(() => init());

function features(text, [min, max]) {
  const words = tokenize(text).map((t) => xxh3(t.text));
  const out = [];
  for (let n = min; n <= max && n <= words.length; ++n) {
    for (let i = 0; i + n <= words.length; ++i) {
      if (n === 1) {
        out.push(words[i]);
        continue;
      }
      const bytes = new Uint8Array(8 * n);
      const view = new DataView(bytes.buffer);
      for (let j = 0; j < n; ++j) view.setBigUint64(8 * j, words[i + j], true);
      out.push(xxh3(bytes, BigInt(n)));
    }
  }
  return out;
}

function simhashReference(hashes) {
  let fingerprint = 0n;
  for (let b = 0n; b < 64n; ++b) {
    let vote = 0;
    for (const h of hashes) vote += (h >> b) & 1n ? 1 : -1;
    if (vote > 0) fingerprint |= 1n << b;
  }
  return fingerprint;
}

const texts = [
  '',
  'one',
  'two words',
  'The quick brown fox jumps over the lazy dog, and the dog sleeps on.',
  'Съешь же ещё этих мягких французских булок, да выпей чаю. 北京市 🙂 café',
  Array.from({ length: 600 }, (_, i) => `w${(i * 7919) % 101}`).join(' '), // > 255 features: the counters drain
];

test("simhash() equals the voting of Charikar's SimHash over the documented features", () => {
  let nonZero = 0;
  for (const text of texts) {
    for (const range of [
      [1, 3],
      [1, 1],
      [2, 4],
    ]) {
      const want = simhashReference(features(text, range));
      assert.equal(simhash(text, { ngramRange: range }), want, `ngramRange ${range}: ${text.slice(0, 30)}`);
      if (want !== 0n) ++nonZero;
    }
  }
  assert.ok(nonZero >= 12, `${nonZero} non-zero fingerprints compared`);
  const batch = simhashBatch(texts);
  texts.forEach((t, i) => assert.equal(batch[i], simhashReference(features(t, [1, 3]))));
});
