// The golden vectors (tests/golden/vectors.tsv) through the public package API in Node:
// xxHash reference values and pinned pipeline outputs, bit for bit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { init, normalize, shingles, tokenize, xxh3, xxh32, xxh64 } from 'simkit';
import { sanityBuffer, toApiOptions } from '../golden/cases.mjs';

await init();
const lines = readFileSync(new URL('../golden/vectors.tsv', import.meta.url), 'utf8')
  .split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
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
    if (kind.startsWith('xxh')) continue;
    const o = toApiOptions([Number(norm), Number(unit), Number(size), BigInt(`0x${seed}`)]);
    const t = text(input);
    if (kind === 'normalize') {
      assert.equal(normalize(t, o.normalize), text(expected));
    } else if (kind === 'tokens') {
      assert.equal(tokenize(t, { normalize: o.normalize }).map((k) => `${k.start}:${k.end}`).join(','), expected);
    } else {
      const s = shingles(t, o);
      assert.equal([...s.hashes].map((h) => h.toString(16)).join(','), expected, `shingles of ${JSON.stringify(t)}`);
      assert.equal(spanList(s.spans), spans ?? '');
    }
    ++n;
  }
  assert.ok(n > 100);
});
