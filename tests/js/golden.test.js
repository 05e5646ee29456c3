// The golden vectors (tests/golden/vectors.tsv) through the public package API in Node:
// xxHash reference values and pinned pipeline outputs, bit for bit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  comparePassages,
  fingerprint,
  init,
  LshIndex,
  lshBandKeys,
  MinHasher,
  normalize,
  simhash,
  shingles,
  tokenize,
  xxh3,
  xxh32,
  xxh64,
} from 'simkit';
import * as simkit from 'simkit';
import { sanityBuffer, toApiOptions } from '../golden/cases.mjs';
import { styleVectorLines } from '../golden/style-cases.mjs';

await init();
const lines = readFileSync(new URL('../golden/vectors.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t'));
const buffer = sanityBuffer(4096);
const text = (h) => Buffer.from(h, 'hex').toString('utf8');
const spanList = (spans) => {
  const out = [];
  for (let i = 0; i < spans.length; i += 2) out.push(`${spans[i]}:${spans[i + 1]}`);
  return out.join(',');
};

test('xxHash equals the xxHash project reference values', () => {
  let n = 0;
  for (const [alg, len, seed, expected] of lines) {
    if (!alg.startsWith('xxh')) continue;
    const data = buffer.subarray(0, Number(len));
    const s = BigInt(`0x${seed}`);
    const got = alg === 'xxh3' ? xxh3(data, s) : alg === 'xxh64' ? xxh64(data, s) : BigInt(xxh32(data, Number(s)));
    assert.equal(got.toString(16), expected, `${alg} len ${len} seed ${seed}`);
    ++n;
  }
  assert.ok(n >= 30);
});

test('pipeline outputs equal the pinned vectors', () => {
  let n = 0;
  for (const [kind, norm, unit, size, seed, input, expected, spans] of lines) {
    if (
      kind.startsWith('xxh') ||
      ['winnow', 'passages', 'minhash', 'lshbands', 'simhash', 'style', 'delta', 'impostors'].includes(kind)
    )
      continue;
    const o = toApiOptions([Number(norm), Number(unit), Number(size), BigInt(`0x${seed}`)]);
    const t = text(input);
    if (kind === 'normalize') {
      assert.equal(normalize(t, o.normalize), text(expected));
    } else if (kind === 'tokens') {
      assert.equal(
        tokenize(t, { normalize: o.normalize })
          .map((k) => `${k.start}:${k.end}`)
          .join(','),
        expected,
      );
    } else {
      const s = shingles(t, o);
      assert.equal([...s.hashes].map((h) => h.toString(16)).join(','), expected, `shingles of ${JSON.stringify(t)}`);
      assert.equal(spanList(s.spans), spans ?? '');
    }
    ++n;
  }
  assert.ok(n > 100);
});

test('winnowing fingerprints and passages equal the pinned vectors, scores bit for bit', () => {
  let n = 0;
  for (const [kind, , unit, k, window, input, expected, extra] of lines) {
    const o = { analyzer: unit === '0' ? 'word' : 'char', ngramSize: Number(k) };
    if (kind === 'winnow') {
      const f = fingerprint(text(input), { ...o, window: Number(window) });
      assert.equal([...f.hashes].map((h) => h.toString(16)).join(','), expected);
      assert.equal(spanList(f.spans), extra ?? '');
      ++n;
    } else if (kind === 'passages') {
      const [a, b] = input.split(':');
      const m = comparePassages(text(a), text(b), o);
      assert.equal(
        m.passages.map((p) => `${p.aStart}:${p.aEnd}:${p.bStart}:${p.bEnd}:${p.kgrams}`).join(','),
        expected,
      );
      assert.deepEqual([m.coverageA, m.coverageB, m.score], extra.split(',').map(Number));
      ++n;
    }
  }
  assert.equal(n, 48);
});

test('MinHash signatures equal the pinned vectors', () => {
  let n = 0;
  for (const [kind, scheme, numPerm, seed, , input, expected] of lines) {
    if (kind !== 'minhash') continue;
    const mh = new MinHasher({
      scheme: scheme === '0' ? 'classic' : 'oph',
      numPerm: Number(numPerm),
      seed: BigInt(`0x${seed}`),
    });
    assert.equal([...mh.sign(text(input))].map((v) => v.toString(16)).join(','), expected);
    ++n;
  }
  assert.equal(n, 32);
});

test('LSH band keys equal the pinned vectors, from lshBandKeys and LshIndex.bandKeys', () => {
  const rows = lines.filter((f) => f[0] === 'lshbands');
  assert.equal(rows.length, 32);
  for (const [, numPerm, bands, rows_, , slots, expected] of rows) {
    const sig = Uint32Array.from(slots.split(','), (v) => parseInt(v, 16));
    const params = { bands: Number(bands), rows: Number(rows_) };
    assert.equal([...lshBandKeys([sig], params)].map((k) => k.toString(16)).join(','), expected);
    const index = new LshIndex({ numPerm: Number(numPerm), ...params });
    try {
      assert.equal([...index.bandKeys([sig, sig])].map((k) => k.toString(16)).join(','), `${expected},${expected}`);
    } finally {
      index.dispose();
    }
  }
});

test('SimHash fingerprints equal the pinned vectors', () => {
  const rows = lines.filter((f) => f[0] === 'simhash');
  assert.equal(rows.length, 8);
  for (const f of rows) assert.equal(simhash(text(f[6])).toString(16), f[7]);
});

test('stylometry profiles, Delta distances and impostor scores equal the pinned vectors', () => {
  const pinned = lines.filter((f) => ['style', 'delta', 'impostors'].includes(f[0])).map((f) => f.join('\t'));
  assert.ok(pinned.length >= 40);
  assert.deepEqual(styleVectorLines(simkit), pinned);
});
