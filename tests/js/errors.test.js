// Every public entry rejects bad arguments with the documented error naming the parameter,
// and the next valid call still returns the right answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as simkit from 'simkit';

const { init, jaccard, normalize, shingles, tokenize, xxh3, xxh32, xxh3Batch, SimkitError } = simkit;

test('calls before init() throw SimkitError NOT_INITIALIZED', async () => {
  // A fresh module graph: a copy of the entry imported under another URL has its own instance.
  assert.throws(
    () => xxh3('x'),
    (e) => e instanceof SimkitError && e.code === 'NOT_INITIALIZED' && /init\(\)/.test(e.message),
  );
  // The error names the function the user called, not a helper it calls first.
  assert.throws(
    () => simkit.compare('a b c', 'a b d'),
    (e) => e.code === 'NOT_INITIALIZED' && /^simkit\.compare: /.test(e.message),
  );
  await init();
});

const cases = [
  ['normalize', () => normalize(42), TypeError, /text must be a string or a Uint8Array/],
  ['normalize', () => normalize('x', { form: 'NFD' }), RangeError, /form must be one of 'none', 'NFC', 'NFKC'/],
  ['normalize', () => normalize('x', { caseFold: 1 }), TypeError, /caseFold must be a boolean/],
  ['normalize', () => normalize('x', { casefold: true }), TypeError, /unknown option casefold/],
  [
    'normalize',
    () => normalize(new Uint8Array([0xc3, 0x28])),
    SimkitError,
    /text is not valid UTF-8 \(first invalid byte at offset 0\)/,
  ],
  ['tokenize', () => tokenize(null), TypeError, /text must be a string/],
  ['tokenize', () => tokenize('x', []), TypeError, /options must be an object/],
  ['shingles', () => shingles('x', { ngramSize: 0 }), RangeError, /ngramSize must be an integer in \[1, 64\], got 0/],
  ['shingles', () => shingles('x', { ngramSize: 2.5 }), RangeError, /ngramSize must be an integer/],
  ['shingles', () => shingles('x', { ngramSize: NaN }), RangeError, /ngramSize must be an integer/],
  ['shingles', () => shingles('x', { ngramSize: '3' }), TypeError, /ngramSize must be an integer/],
  ['shingles', () => shingles('x', { analyzer: 'line' }), RangeError, /analyzer must be one of 'word', 'char'/],
  ['shingles', () => shingles('x', { seed: -1 }), RangeError, /seed must be an integer in \[0, 2\^53\)/],
  ['shingles', () => shingles('x', { seed: 1n << 64n }), RangeError, /seed must be in \[0, 2\^64\)/],
  ['shingles', () => shingles('x', { seed: '1' }), TypeError, /seed must be a number or a bigint/],
  ['jaccard', () => jaccard('x'), TypeError, /b must be a string or a Uint8Array, got undefined/],
  ['jaccard', () => jaccard(['x'], 'y'), TypeError, /a must be a string/],
  ['xxh32', () => xxh32('x', 2 ** 32), RangeError, /seed must be an integer in \[0, 4294967295\]/],
  ['xxh3', () => xxh3({}), TypeError, /data must be a string or a Uint8Array/],
  ['xxh3Batch', () => xxh3Batch('abc'), TypeError, /keys must be an array/],
  ['xxh3Batch', () => xxh3Batch(['a', 5]), TypeError, /keys\[1\] must be a string or a Uint8Array/],
  [
    'xxh3Batch',
    () => xxh3Batch({ bytes: new Uint8Array(2), ends: new Uint32Array([3]) }),
    RangeError,
    /ends\[0\] is out of order or range/,
  ],
  [
    'xxh3Batch',
    () => xxh3Batch({ bytes: new Uint8Array(4), ends: new Uint32Array([3, 1]) }),
    RangeError,
    /ends\[1\] is out of order/,
  ],
];

for (const [fn, call, type, message] of cases) {
  test(`${fn}: ${message.source}`, () => {
    assert.throws(call, (e) => {
      assert.ok(e instanceof type, `expected ${type.name}, got ${e?.constructor?.name}: ${e?.message}`);
      assert.match(e.message, message);
      assert.match(e.message, new RegExp(`^simkit\\.${fn}: `));
      return true;
    });
    // The instance is still healthy.
    assert.equal(xxh3(''), 0x2d06800538d394c2n);
    assert.equal(jaccard('a b c', 'a b c'), 1);
  });
}

test('SimkitError carries a code', () => {
  try {
    normalize(new Uint8Array([0xff]));
    assert.fail('no error');
  } catch (e) {
    assert.equal(e.name, 'SimkitError');
    assert.equal(e.code, 'INVALID_UTF8');
  }
});
