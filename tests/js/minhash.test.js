// MinHash and LSH through the package: estimates track exact Jaccard, batch = single, the
// index finds planted duplicates, save/load, dedup with progress, errors and disposal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  dedup,
  estimateJaccard,
  init,
  jaccard,
  LshIndex,
  lshBandKeys,
  lshCandidateProbability,
  lshParams,
  mergeSignatures,
  MinHasher,
  SimkitError,
  xxh3,
} from 'simkit';

await init();

const words =
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega'.split(
    ' ',
  );
function text(seed, n = 200) {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return words[x % words.length] + (x % 7);
  }).join(' ');
}
function edit(t, every) {
  return t
    .split(' ')
    .map((w, i) => (i % every === 0 ? `${w}x` : w))
    .join(' ');
}

test('estimates are close to exact Jaccard, for both schemes; batch equals single', () => {
  for (const scheme of ['classic', 'oph']) {
    const mh = new MinHasher({ scheme, numPerm: 256 });
    const pairs = [
      [text(1), edit(text(1), 10)],
      [text(2), edit(text(2), 4)],
      [text(3), text(4)],
    ];
    for (const [a, b] of pairs) {
      const [sa, sb] = mh.signBatch([a, b]);
      assert.deepEqual(sa, mh.sign(a));
      assert.ok(
        Math.abs(estimateJaccard(sa, sb) - jaccard(a, b)) < 0.08,
        `${scheme}: ${estimateJaccard(sa, sb)} vs ${jaccard(a, b)}`,
      );
    }
  }
});

test('signatures: deterministic, seed-dependent, Unicode-normalized input, merge = union for classic', () => {
  const mh = new MinHasher();
  assert.deepEqual(mh.sign('Ｔｈｅ QUICK brown fox'), new MinHasher().sign('the quick brown fox'));
  assert.notDeepEqual(mh.sign('the quick brown fox'), new MinHasher({ seed: 2 }).sign('the quick brown fox'));
  // Two different sets: the merge is the slot-wise minimum, and equals the signature of the
  // union ('a b c d e f' has exactly the word 3-grams of both halves), unlike either input.
  const sa = mh.sign('a b c d');
  const sb = mh.sign('c d e f');
  const merged = mergeSignatures(sa, sb);
  assert.deepEqual(
    merged,
    Uint32Array.from(sa, (x, i) => Math.min(x, sb[i])),
  );
  assert.deepEqual(merged, mh.sign('a b c d e f'));
  assert.notDeepEqual(merged, sa);
  assert.notDeepEqual(merged, sb);
  assert.deepEqual(mergeSignatures(merged, merged), merged);
  assert.equal(estimateJaccard(mh.sign(''), mh.sign('')), 0);
  assert.equal(mh.options.numPerm, 128);
});

test('serialize/deserialize: round trip, options checked, damage detected', () => {
  const mh = new MinHasher({ scheme: 'oph', numPerm: 64, seed: 99n });
  const sigs = mh.signBatch(['one two three', 'four five six seven']);
  const bytes = mh.serialize(sigs);
  assert.deepEqual(mh.deserialize(bytes), sigs);
  assert.throws(() => new MinHasher({ numPerm: 64 }).deserialize(bytes), /made with other options/);
  const bad = bytes.slice();
  bad[bad.length - 9] ^= 4;
  assert.throws(
    () => mh.deserialize(bad),
    (e) => e instanceof SimkitError && e.code === 'CORRUPT_DATA',
  );
  assert.throws(
    () => mh.deserialize(bytes.subarray(0, 20)),
    (e) => e.code === 'CORRUPT_DATA',
  );
});

test('LshIndex: parameters, S-curve, warnings, planted duplicates found, remove, save/load', () => {
  const mh = new MinHasher();
  const index = new LshIndex({ threshold: 0.8 });
  assert.deepEqual([index.params.bands, index.params.rows], [14, 9]);
  assert.ok(index.warnings[0].includes('< numPerm'));
  const curve = index.sCurve(11);
  assert.equal(curve[0].probability, 0);
  assert.equal(curve[10].probability, 1);
  assert.equal(lshCandidateProbability(0.8, 14, 9), curve[8].probability);
  const explicit = new LshIndex({ bands: 16, rows: 8 });
  assert.deepEqual(explicit.warnings, []);
  explicit.dispose();
  const docs = Array.from({ length: 60 }, (_, i) => text(100 + i));
  docs.push(edit(docs[0], 60), edit(docs[1], 70));
  index.insertMany(
    docs.map((_, i) => `d${i}`),
    mh.signBatch(docs),
  );
  assert.equal(index.size, 62);
  const hits = index.query(mh.sign(docs[0]), { exclude: 'd0' });
  assert.deepEqual(
    hits.map((h) => h.key),
    ['d60'],
  );
  assert.deepEqual(index.duplicates(), [
    ['d0', 'd60'],
    ['d1', 'd61'],
  ]);
  assert.ok(index.memoryBytes / index.size < 4000);
  const loaded = LshIndex.load(index.save());
  assert.deepEqual(loaded.duplicates(), index.duplicates());
  assert.deepEqual(loaded.params, index.params);
  assert.equal(index.remove('d60'), true);
  assert.equal(index.remove('d60'), false);
  assert.deepEqual(index.duplicates(), [['d1', 'd61']]);
  assert.throws(
    () => LshIndex.load(new Uint8Array(50)),
    (e) => e instanceof SimkitError && e.code === 'CORRUPT_DATA',
  );
  index.dispose();
  loaded.dispose();
  assert.throws(() => index.query(mh.sign('x')), /used after dispose/);
});

test('band keys: a shared (band, key) is exactly an LshIndex candidate; lshParams = the index params; errors', () => {
  const mh = new MinHasher({ numPerm: 32 });
  const texts = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? text(i) : edit(text(i - (i % 3)), 4 + (i % 3))));
  const sigs = mh.signBatch(texts);
  const index = new LshIndex({ numPerm: 32, threshold: 0.5 });
  try {
    assert.deepEqual(lshParams({ numPerm: 32, threshold: 0.5 }), index.params);
    const { bands } = index.params;
    const keys = lshBandKeys(sigs, index.params);
    assert.equal(keys.length, sigs.length * bands);
    assert.deepEqual(index.bandKeys(sigs), keys);
    index.insertMany(
      texts.map((_, i) => String(i)),
      sigs,
    );
    let shared = 0;
    sigs.forEach((s, q) => {
      const byKeys = [];
      for (let d = 0; d < sigs.length; ++d) {
        if (
          d !== q &&
          Array.from({ length: bands }, (_, b) => keys[q * bands + b] === keys[d * bands + b]).some(Boolean)
        )
          byKeys.push(String(d));
      }
      const byIndex = index
        .query(s, { threshold: 0, exclude: String(q) })
        .map((m) => m.key)
        .sort((a, b) => a - b);
      assert.deepEqual(byIndex, byKeys);
      shared += byKeys.length;
    });
    assert.ok(shared > 0);
  } finally {
    index.dispose();
  }
  assert.equal(lshBandKeys([], { bands: 2, rows: 2 }).length, 0);
  assert.throws(
    () => lshBandKeys([sigs[0]], { bands: 9, rows: 4 }),
    /lshBandKeys: params.bands × params.rows must be at most the signature length \(32\), got 9 × 4/,
  );
  assert.throws(() => lshBandKeys([sigs[0]], { bands: 2 }), /lshBandKeys: params.rows/);
  assert.throws(
    () => lshBandKeys([sigs[0], new Uint32Array(16)], { bands: 2, rows: 2 }),
    /signatures\[1\] has 16 slots/,
  );
  assert.throws(() => lshBandKeys(['x'], { bands: 2, rows: 2 }), /signatures\[0\] must be a Uint32Array/);
});

test('dedup: clusters, keep list, progress callback', () => {
  const base = Array.from({ length: 30 }, (_, i) => text(500 + i));
  const texts = [...base, edit(base[3], 40), base[7], edit(base[7], 50)];
  const calls = [];
  const r = dedup(texts, { threshold: 0.8, batchSize: 10, onProgress: (d, t) => calls.push([d, t]) });
  assert.deepEqual(r.clusters, [
    [3, 30],
    [7, 31, 32],
  ]);
  assert.equal(r.keep.length, 30);
  assert.equal(r.duplicateOf[31], 7);
  assert.equal(r.duplicateOf[0], -1);
  assert.deepEqual(calls, [
    [10, 33],
    [20, 33],
    [30, 33],
    [33, 33],
  ]);
});

test('bad arguments name the parameter; the module keeps working', () => {
  const mh = new MinHasher();
  const cases = [
    [() => new MinHasher({ numPerm: 0 }), RangeError, /numPerm must be an integer in \[1, 4096\], got 0/],
    [() => new MinHasher({ scheme: 'fast' }), RangeError, /scheme must be one of 'classic', 'oph'/],
    [() => mh.signBatch('text'), TypeError, /texts must be an array/],
    [() => mh.signBatch(['ok', 3]), TypeError, /texts\[1\] must be a string/],
    [() => estimateJaccard(new Uint32Array(3), new Uint32Array(4)), RangeError, /same non-zero length/],
    [() => new LshIndex({ threshold: 1 }), RangeError, /threshold must be a number in \(0, 1\)/],
    [() => new LshIndex({ bands: 20, rows: 20 }), RangeError, /bands × rows must be at most numPerm/],
    [() => new LshIndex({ weights: { falsePositive: 0, falseNegative: 0 } }), RangeError, /weights must not both be 0/],
    [() => dedup(['a'], { threshold: 2 }), RangeError, /threshold/],
    [() => dedup(['a'], { onProgress: 3 }), TypeError, /onProgress must be a function/],
  ];
  const index = new LshIndex();
  cases.push([() => index.insert('k', new Uint32Array(5)), RangeError, /signature must have 128 slots/]);
  cases.push([() => index.insert(1, mh.sign('x')), TypeError, /LshIndex.insert: key must be a string/]);
  cases.push([() => index.query([1, 2]), TypeError, /signature must be a Uint32Array/]);
  for (const [call, type, message] of cases) {
    assert.throws(call, (e) => e instanceof type && message.test(e.message), String(message));
    assert.equal(xxh3(''), 0x2d06800538d394c2n);
  }
  index.dispose();
});

test('LshIndex.load takes its parameters from the loaded native index, not from header bytes', () => {
  const mh = new MinHasher({ numPerm: 64 });
  const index = new LshIndex({ numPerm: 64, bands: 5, rows: 12, threshold: 0.6 });
  index.insertMany(['x', 'y'], mh.signBatch(['one two three four five', 'one two three four six']));
  const loaded = LshIndex.load(index.save());
  assert.deepEqual(loaded.params, index.params);
  assert.deepEqual(loaded.warnings, index.warnings);
  assert.deepEqual(loaded.keys(), ['x', 'y']);
  assert.deepEqual(loaded.sCurve(5), index.sCurve(5));
  assert.throws(() => loaded.insert('z', new MinHasher().sign('a')), /must have 64 slots/);
  index.dispose();
  loaded.dispose();
  // Damage anywhere (header included) is CORRUPT_DATA, and no native index is left behind.
  const bytes = new LshIndex({ numPerm: 64 }).save();
  for (const at of [0, 16, 20, 24, bytes.length - 1]) {
    const bad = bytes.slice();
    bad[at] ^= 1;
    assert.throws(
      () => LshIndex.load(bad),
      (e) => e instanceof SimkitError && (e.code === 'CORRUPT_DATA' || e.code === 'UNSUPPORTED_VERSION'),
      `byte ${at}`,
    );
  }
});

test('lshCandidateProbability: the core S-curve, arguments checked', () => {
  assert.equal(lshCandidateProbability(0, 3, 4), 0);
  assert.equal(lshCandidateProbability(1, 3, 4), 1);
  assert.ok(Math.abs(lshCandidateProbability(0.5, 3, 4) - (1 - (1 - 0.5 ** 4) ** 3)) < 1e-15);
  assert.throws(() => lshCandidateProbability(1.5, 3, 4), /s must be a number in \[0, 1\]/);
  assert.throws(() => lshCandidateProbability(0.5, 0, 4), /bands must be an integer/);
  assert.throws(() => lshCandidateProbability(0.5, 3, 2.5), /rows must be an integer/);
});

test('estimateJaccard (TS) equals the core estimate the index ranks by, empty signatures included', () => {
  const mh = new MinHasher({ numPerm: 32 });
  const texts = ['a b c d e f', 'a b c d e g', 'a b x y z w', '', 'q r s t u v'];
  const sigs = mh.signBatch(texts);
  const index = new LshIndex({ numPerm: 32, bands: 32, rows: 1 });
  index.insertMany(
    texts.map((_, i) => String(i)),
    sigs,
  );
  for (let i = 0; i < texts.length; ++i) {
    const hits = index.query(sigs[i], { minSimilarity: 0 });
    for (const h of hits) assert.equal(h.similarity, estimateJaccard(sigs[i], sigs[Number(h.key)]), `${i}/${h.key}`);
  }
  assert.equal(estimateJaccard(sigs[3], sigs[3]), 0);
  index.dispose();
});
