// MinHash checked against references written in this file from the definitions, not against
// vectors the code itself produced: classic MinHash is Broder's min over numPerm hash functions,
// here Dietzfelbinger's multiply-add-shift h_i(x) = ((a_i·x + b_i) mod 2^64) >> 32 with odd a_i
// and b_i drawn from splitmix64(seed) (Vigna's generator, as published); one-permutation hashing
// (Li, Owen & Zhang 2012) puts each shingle in one bin by the high half of an avalanched hash and
// keeps the low half's minimum, and empty bins borrow a non-empty bin's value chosen by a seeded
// hash (Shrivastava 2017, optimal densification). BigInt arithmetic, slow and plain on purpose.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { init, MinHasher, shingles, xxh3 } from 'simkit';

before(() => init());

const M64 = (1n << 64n) - 1n;
const EMPTY = 0xffffffff;

function* splitmix64(seed) {
  let state = seed & M64;
  for (;;) {
    state = (state + 0x9e3779b97f4a7c15n) & M64;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M64;
    yield z ^ (z >> 31n);
  }
}

function classicReference(hashes, numPerm, seed) {
  const gen = splitmix64(seed);
  const out = new Uint32Array(numPerm).fill(EMPTY);
  for (let i = 0; i < numPerm; ++i) {
    const a = gen.next().value | 1n;
    const b = gen.next().value;
    for (const x of hashes) {
      const h = Number(((((a * x) & M64) + b) & M64) >> 32n);
      if (h < out[i]) out[i] = h;
    }
  }
  return out;
}

/** XXH3's final avalanche (x ^= x >> 37; x *= 0x165667919E3779F9; x ^= x >> 32). */
function avalanche(x) {
  x ^= x >> 37n;
  x = (x * 0x165667919e3779f9n) & M64;
  return x ^ (x >> 32n);
}

function le64(values) {
  const bytes = new Uint8Array(8 * values.length);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setBigUint64(8 * i, v, true));
  return bytes;
}

function ophReference(hashes, numPerm, seed) {
  const n = BigInt(numPerm);
  const out = new Uint32Array(numPerm).fill(EMPTY);
  if (hashes.length === 0) return out;
  const salt = (seed * 0x9e3779b97f4a7c15n) & M64;
  for (const x of hashes) {
    const h = avalanche(x ^ salt);
    const bin = Number(((h >> 32n) * n) >> 32n);
    let v = Number(h & 0xffffffffn);
    if (v === EMPTY) v = EMPTY - 1;
    if (v < out[bin]) out[bin] = v;
  }
  const filled = Array.from(out, (v) => v !== EMPTY);
  for (let i = 0; i < numPerm; ++i) {
    if (filled[i]) continue;
    for (let attempt = 0n; ; ++attempt) {
      const probe = Number(((xxh3(le64([seed, BigInt(i), attempt])) >> 32n) * n) >> 32n);
      if (filled[probe]) {
        out[i] = out[probe];
        break;
      }
    }
  }
  return out;
}

const texts = [
  '',
  'one',
  'The quick brown fox jumps over the lazy dog, and the dog sleeps on.',
  'A quick brown fox jumped over a lazy dog; the dog slept on and on and on.',
  'Съешь же ещё этих мягких французских булок, да выпей чаю. 北京市 🙂 café',
  Array.from({ length: 300 }, (_, i) => `word${(i * 7919) % 97}`).join(' '),
];
const shinglings = [
  { analyzer: 'word', ngramSize: 3 },
  { analyzer: 'char', ngramSize: 5 },
  { analyzer: 'word', ngramSize: 1 },
];

for (const scheme of ['classic', 'oph']) {
  test(`MinHash ${scheme} equals the reference written from its definition`, () => {
    let compared = 0;
    for (const seed of [1n, 0n, 42n, (1n << 64n) - 1n]) {
      for (const numPerm of [1, 7, 64, 130]) {
        for (const shingling of shinglings) {
          const hasher = new MinHasher({ numPerm, seed, scheme, ...shingling });
          for (const text of texts) {
            const hashes = [...shingles(text, shingling).hashes];
            const want =
              scheme === 'classic' ? classicReference(hashes, numPerm, seed) : ophReference(hashes, numPerm, seed);
            assert.deepEqual(
              hasher.sign(text),
              want,
              `${scheme} seed ${seed} numPerm ${numPerm} ${JSON.stringify(shingling)}: ${text.slice(0, 30)}`,
            );
            ++compared;
          }
        }
      }
    }
    assert.equal(compared, 4 * 4 * shinglings.length * texts.length);
  });
}
