// TF-IDF (against scikit-learn's TfidfVectorizer, committed fixture), TF cosine, SimHash and
// its index, and compare().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  compare,
  containment,
  cosine,
  hammingDistance,
  init,
  jaccard,
  SimHashIndex,
  simhash,
  simhashBatch,
  TfIdfModel,
  xxh3,
} from 'simkit';
import { DOCS } from '../golden/tfidf_docs.mjs';

await init();
const fixture = JSON.parse(readFileSync(new URL('../golden/tfidf_sklearn.json', import.meta.url), 'utf8'));

test('TF-IDF cosines equal scikit-learn TfidfVectorizer to 1e-6 (smooth idf, sublinear tf, l2)', () => {
  for (const v of fixture.variants) {
    const model = new TfIdfModel(DOCS, { smoothIdf: v.smoothIdf, sublinearTf: v.sublinearTf });
    for (let i = 0; i < DOCS.length; ++i) {
      for (let j = 0; j < DOCS.length; ++j) {
        assert.ok(
          Math.abs(model.cosine(i, j) - v.cosine[i][j]) < 1e-6,
          `${JSON.stringify(v)} [${i}][${j}] ${model.cosine(i, j)} vs ${v.cosine[i][j]}`,
        );
      }
      const top = model.similar(i, 3);
      const expected = v.cosine[i]
        .map((c, j) => [j, c])
        .filter(([j, c]) => j !== i && c > 0)
        .sort((x, y) => y[1] - x[1] || x[0] - y[0])
        .slice(0, 3);
      assert.deepEqual(
        top.map((n) => n.index),
        expected.map(([j]) => j),
      );
    }
    model.dispose();
  }
});

test('TF-IDF model: query, stop words, char analyzer, vocabulary', () => {
  const model = new TfIdfModel(DOCS, { stopWords: ['the', 'a', 'and', 'is', 'are'] });
  assert.equal(model.query('quick fox', 1)[0].index, 1);
  assert.ok(model.vocabularySize > 30);
  const chars = new TfIdfModel(DOCS, { analyzer: 'char', ngramRange: [3, 4] });
  assert.deepEqual(
    chars
      .similar(0, 2)
      .map((n) => n.index)
      .sort(),
    [1, 7],
  );
  model.dispose();
  chars.dispose();
});

test('TF cosine, SimHash separation, SimHash index', () => {
  assert.ok(Math.abs(cosine('the cat sat on the mat', 'the cat sat') - 0.8164965809277261) < 1e-12);
  assert.equal(cosine('', 'x'), 0);
  const base =
    'The committee met on Tuesday to discuss the budget for the new library and the repairs to the old bridge over the river.';
  const near = base.replace('Tuesday', 'Wednesday');
  const far = 'A recipe for bread: flour, water, salt and a long slow rise overnight in a cold kitchen before baking.';
  const [fb, fn, ff] = simhashBatch([base, near, far]);
  assert.equal(simhash(base), fb);
  assert.ok(hammingDistance(fb, fn) < hammingDistance(fb, ff));
  const index = new SimHashIndex({ maxDistance: 16 });
  index.insert('base', fb);
  index.insert('far', ff);
  const hits = index.query(fn);
  // Exactly the stored fingerprints within 16 bits, each with its exact distance.
  const expected = [
    ['base', hammingDistance(fb, fn)],
    ['far', hammingDistance(ff, fn)],
  ].filter(([, d]) => d <= 16);
  assert.deepEqual(
    hits.map((h) => [h.key, h.distance]).sort((x, y) => x[1] - y[1]),
    expected.sort((x, y) => x[1] - y[1]),
  );
  assert.equal(hits[0].key, 'base');
  assert.ok(hits[0].distance > 0); // near differs from base: a real distance, not a self-match
  index.remove('base');
  assert.ok(!index.query(fn).some((h) => h.key === 'base'));
  index.dispose();
});

test('compare() explains: scores plus the shared n-grams with spans in both texts', () => {
  const a = 'It was a bright cold day in April, and the clocks were striking thirteen.';
  const b = 'The clocks were striking thirteen on a bright cold day in April.';
  const r = compare(a, b);
  assert.equal(r.jaccard, jaccard(a, b));
  assert.ok(r.minhash > 0 && r.cosine > 0.5);
  assert.equal(r.simhashDistance, hammingDistance(simhash(a), simhash(b)));
  assert.ok(r.simhashDistance > 0);
  // Containment in both directions on an asymmetric pair: b's 3-grams are all in a + more.
  const longer = `${a} The hour struck and nobody moved.`;
  const c = compare(longer, a);
  assert.equal(c.containmentBInA, 1);
  assert.equal(c.containmentAInB, containment(longer, a));
  assert.ok(c.containmentAInB < 1 && c.containmentAInB > 0.5);
  assert.equal(c.containmentBInA, containment(a, longer));
  assert.ok(r.shared.some((s) => s.text === 'bright cold day'));
  for (const s of r.shared)
    assert.equal(a.slice(s.aStart, s.aEnd).toLowerCase(), b.slice(s.bStart, s.bEnd).toLowerCase());
});

test('bad arguments name the parameter', () => {
  const cases = [
    [() => cosine(1, 'a'), TypeError, /simkit\.cosine: a must be a string/],
    [() => cosine('a', 'b', { ngramRange: [2, 1] }), RangeError, /ngramRange must have min <= max/],
    [() => cosine('a', 'b', { analyzer: 'line' }), RangeError, /analyzer must be one of 'word', 'char'/],
    [() => new TfIdfModel(['a'], { norm: 'l1' }), RangeError, /norm must be one of 'l2', 'none'/],
    [() => new TfIdfModel(['a'], { stopWords: 'the' }), TypeError, /stopWords must be an array/],
    [() => new SimHashIndex({ maxDistance: 20 }), RangeError, /maxDistance must be an integer in \[0, 16\]/],
    [() => hammingDistance(1, 2), TypeError, /must be bigints/],
    [() => compare('a', 'b', { top: -1 }), RangeError, /top must be an integer/],
  ];
  const model = new TfIdfModel(['one', 'two']);
  cases.push([() => model.similar(5), RangeError, /index must be an integer in \[0, 1\]/]);
  for (const [call, type, message] of cases) {
    assert.throws(call, (e) => e instanceof type && message.test(e.message), String(message));
    assert.equal(xxh3(''), 0x2d06800538d394c2n);
  }
  model.dispose();
});

test('the shipped stop-word lists load and remove their words', async () => {
  const { readdirSync } = await import('node:fs');
  const dir = new URL('../../npm/stopwords/', import.meta.url);
  const langs = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  assert.deepEqual(langs.sort(), ['de.txt', 'en.txt', 'es.txt', 'fr.txt', 'it.txt', 'nl.txt', 'pt.txt']);
  const english = readFileSync(new URL('en.txt', dir), 'utf8').split('\n').filter(Boolean);
  const model = new TfIdfModel(['the cat and the dog', 'a cat with a hat'], { stopWords: english });
  assert.equal(model.vocabularySize, 3); // cat, dog, hat
  model.dispose();
});
