// Plagiarism detection through the package: passages with exact offsets in multi-byte text,
// the corpus index (references, template, removal, queries), dispose semantics, errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparePassages, fingerprint, init, WinnowIndex, xxh3 } from 'simkit';

await init();

const source =
  'Photosynthesis is the process by which green plants use sunlight to synthesize foods from carbon dioxide and water. It generally involves the green pigment chlorophyll and generates oxygen as a by-product.';
const copied =
  'In my view, photosynthesis is the process by which green plants use SUNLIGHT to synthesize foods from carbon dioxide and water! That is all I know.';
const own =
  'Cellular respiration releases energy from glucose in the mitochondria of eukaryotic cells through several stages.';

test('comparePassages finds the copied sentence, with spans slicing the originals', () => {
  const r = comparePassages(copied, source);
  assert.equal(r.passages.length, 1);
  const p = r.passages[0];
  assert.equal(p.aText, copied.slice(p.aStart, p.aEnd));
  assert.equal(
    p.aText,
    'photosynthesis is the process by which green plants use SUNLIGHT to synthesize foods from carbon dioxide and water',
  );
  assert.equal(
    p.bText,
    'Photosynthesis is the process by which green plants use sunlight to synthesize foods from carbon dioxide and water',
  );
  assert.ok(r.coverageA > 0.7 && r.coverageA < 1, `coverageA ${r.coverageA}`);
  assert.ok(r.coverageB > 0.45 && r.coverageB < 0.7, `coverageB ${r.coverageB}`);
  assert.ok(r.score > 0.5);
  assert.deepEqual(comparePassages(own, source).passages, []);
});

test('offsets stay correct for CJK, emoji and text changed by NFKC and case folding', () => {
  const a = '前言😀😀 ＴＨＥ Ｑｕｉｃｋ brown fox jumps over the lazy dog 完';
  const b = 'x the quick brown fox jumps over the lazy dog y';
  const r = comparePassages(a, b, { ngramSize: 12 });
  assert.equal(r.passages.length, 1);
  assert.equal(r.passages[0].aText, 'ＴＨＥ Ｑｕｉｃｋ brown fox jumps over the lazy dog');
  assert.equal(r.passages[0].bText, 'the quick brown fox jumps over the lazy dog');
  const cjk = comparePassages('他说：我们明天去北京参观故宫博物院。', '我们明天去北京参观故宫博物院，好吗？', {
    ngramSize: 6,
  });
  assert.equal(cjk.passages[0].aText, '我们明天去北京参观故宫博物院');
});

test('word unit and maxGap merge a passage with one changed word', () => {
  const a = 'alpha beta gamma delta epsilon zeta eta theta iota kappa';
  const b = 'alpha beta gamma DIFFERENT epsilon zeta eta theta iota kappa';
  assert.equal(comparePassages(a, b, { analyzer: 'word', ngramSize: 2 }).passages.length, 2);
  const merged = comparePassages(a, b, { analyzer: 'word', ngramSize: 2, maxGap: 2 });
  assert.equal(merged.passages.length, 1);
  assert.equal(merged.passages[0].aText, a);
});

test('fingerprint spans slice k-grams of the source', () => {
  const text = 'The Quick Brown Fox, jumping over lazy dogs, again and again.';
  const f = fingerprint(text, { ngramSize: 8, window: 3 });
  assert.ok(f.hashes.length > 3);
  assert.equal(f.spans.length, 2 * f.hashes.length);
  for (let i = 0; i < f.spans.length; i += 2) assert.ok(f.spans[i] < f.spans[i + 1] && f.spans[i + 1] <= text.length);
});

test('WinnowIndex ranks pairs, honours references and the template, removes and queries', () => {
  const template = 'Question 1. Explain photosynthesis in your own words and give one example.';
  const index = new WinnowIndex({ ngramSize: 20, window: 5 });
  index.add('alice', `${template} ${copied}`);
  index.add('bob', `${template} ${own}`);
  index.add('carol', `${template} Plants make food from light, water and air, which is why leaves are green.`);
  index.add('wiki', source, { role: 'reference' });
  index.add('wiki2', `${source} More text.`, { role: 'reference' });
  assert.equal(index.size, 5);
  let pairs = index.pairs({ passages: true });
  assert.ok(!pairs.some((p) => p.a.startsWith('wiki') && p.b.startsWith('wiki')), 'references are never paired');
  assert.deepEqual([pairs[0].a, pairs[0].b].sort(), ['alice', 'wiki']);
  assert.ok(
    pairs.some((p) => [p.a, p.b].sort().join() === 'alice,bob'),
    'the shared question links them before the template',
  );
  index.setTemplate(template);
  pairs = index.pairs({ threshold: 0.2 });
  assert.ok(!pairs.some((p) => [p.a, p.b].sort().join() === 'alice,bob'));
  const hits = index.query(copied, { limit: 2, passages: true });
  assert.equal(hits[0].a, '');
  assert.ok(['wiki', 'wiki2', 'alice'].includes(hits[0].b));
  assert.ok(hits[0].match.passages.length >= 1);
  assert.equal(index.remove('wiki2'), true);
  assert.equal(index.remove('wiki2'), false);
  assert.deepEqual(index.keys(), ['alice', 'bob', 'carol', 'wiki']);
  index.add('alice', own); // replace
  assert.equal(index.text('alice'), own);
  assert.ok(!index.pairs().some((p) => [p.a, p.b].sort().join() === 'alice,wiki'));
  index.dispose();
  index.dispose();
  assert.throws(() => index.pairs(), /^Error: simkit\.WinnowIndex: pairs\(\) used after dispose\(\)$/);
  assert.equal(index.disposed, true);
});

test('bad arguments name the parameter and leave the module usable', () => {
  const checks = [
    [() => comparePassages('a', 1), TypeError, /simkit\.comparePassages: b must be a string/],
    [
      () => comparePassages('a', 'b', { ngramSize: 0 }),
      RangeError,
      /ngramSize must be an integer in \[1, 1024\], got 0/,
    ],
    [() => comparePassages('a', 'b', { analyzer: 'line' }), RangeError, /analyzer must be one of 'char', 'word'/],
    [() => comparePassages('a', 'b', { minKgrams: 0 }), RangeError, /minKgrams must be an integer/],
    [() => fingerprint('a', { window: 2000 }), RangeError, /window must be an integer in \[1, 1024\]/],
    [() => new WinnowIndex({ maxDocumentFrequency: -1 }), RangeError, /maxDocumentFrequency/],
    [() => new WinnowIndex({ kk: 3 }), TypeError, /unknown option kk/],
  ];
  const index = new WinnowIndex();
  checks.push([() => index.add(5, 'x'), TypeError, /simkit\.WinnowIndex\.add: key must be a string/]);
  checks.push([
    () => index.add('k', 'x', { role: 'source' }),
    RangeError,
    /role must be one of 'submission', 'reference'/,
  ]);
  checks.push([() => index.pairs({ threshold: 2 }), RangeError, /threshold must be a number in \[0, 1\]/]);
  for (const [call, type, message] of checks) {
    assert.throws(call, (e) => e instanceof type && message.test(e.message), String(message));
    assert.equal(xxh3(''), 0x2d06800538d394c2n);
  }
  index.add('k', 'still works fine here');
  assert.equal(index.size, 1);
  index.dispose();
});

test('10k index create/dispose cycles leave the heap flat', async () => {
  const { heapBytes } = await import('./helpers.mjs');
  for (let i = 0; i < 200; ++i) {
    const x = new WinnowIndex();
    x.add('a', source);
    x.dispose();
  }
  const start = heapBytes();
  for (let i = 0; i < 10_000; ++i) {
    const x = new WinnowIndex();
    x.add('a', copied);
    x.dispose();
  }
  assert.equal(heapBytes(), start);
});

test('save/load: the same pairs, passages, roles and options; damaged bytes are CORRUPT_DATA', async () => {
  const { SimkitError } = await import('simkit');
  const index = new WinnowIndex({
    ngramSize: 18,
    window: 4,
    seed: 12345678901234567890n,
    normalize: { stripDiacritics: true },
  });
  index.add('essay é', copied);
  index.add('wiki', source, { role: 'reference' });
  index.add('other', own);
  index.setTemplate('That is all I know.');
  const bytes = index.save();
  assert.deepEqual(index.save(), bytes, 'deterministic');
  const loaded = WinnowIndex.load(bytes);
  assert.deepEqual(loaded.keys(), index.keys());
  assert.equal(loaded.role('wiki'), 'reference');
  assert.equal(loaded.text('essay é'), copied);
  assert.deepEqual(loaded.pairs({ passages: true }), index.pairs({ passages: true }));
  assert.deepEqual(loaded.query(source), index.query(source));
  loaded.add('new', source);
  assert.ok(loaded.pairs().some((p) => p.a === 'new' || p.b === 'new'));
  for (const damage of [bytes.subarray(0, bytes.length - 1), bytes.subarray(0, 10), new Uint8Array(0)]) {
    assert.throws(
      () => WinnowIndex.load(damage),
      (e) => e instanceof SimkitError && e.code === 'CORRUPT_DATA',
    );
  }
  const flipped = bytes.slice();
  flipped[40] ^= 1;
  assert.throws(() => WinnowIndex.load(flipped), /checksum mismatch/);
  const future = bytes.slice();
  future[4] = 9;
  assert.throws(
    () => WinnowIndex.load(future),
    (e) => e.code === 'UNSUPPORTED_VERSION',
  );
  assert.throws(() => WinnowIndex.load('bytes'), TypeError);
  assert.equal(xxh3(''), 0x2d06800538d394c2n);
  index.dispose();
  loaded.dispose();
});
