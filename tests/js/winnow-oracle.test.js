// Winnowing checked against a reference written from Schleimer, Wilkerson & Aiken (2003), not
// against vectors the code produced: k-grams of k characters over the text's words joined by
// single spaces (word k-grams: k consecutive words), each hashed; in every window of w
// consecutive k-gram hashes the minimum is selected — on ties the one the window to the left
// selected if it is still inside, otherwise the rightmost ("robust winnowing") — and each
// selected position is recorded once. Words come from tokenize(), hashes from xxh3(), both
// checked elsewhere against independent references.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { fingerprint, init, tokenize, xxh3 } from 'simkit';

before(() => init());

/** Robust winnowing as the paper defines it: selected positions, each recorded once. */
function winnowReference(hashes, w) {
  if (hashes.length === 0) return [];
  const width = Math.min(w, hashes.length);
  const selected = [];
  let previous = -1;
  for (let start = 0; start + width <= hashes.length; ++start) {
    const window = hashes.slice(start, start + width);
    const min = window.reduce((m, h) => (h < m ? h : m));
    const minima = window.flatMap((h, i) => (h === min ? [start + i] : []));
    const pick = minima.includes(previous) ? previous : minima[minima.length - 1];
    if (pick !== previous) selected.push(pick);
    previous = pick;
  }
  return selected;
}

function kgramHashes(text, unit, k, seed) {
  const tokens = tokenize(text);
  if (unit === 'word') {
    const tokenHashes = tokens.map((t) => xxh3(t.text, seed));
    const size = Math.min(k, tokenHashes.length);
    const out = [];
    for (let i = 0; i + size <= tokenHashes.length && size > 0; ++i) {
      const bytes = new Uint8Array(8 * size);
      const view = new DataView(bytes.buffer);
      for (let j = 0; j < size; ++j) view.setBigUint64(8 * j, tokenHashes[i + j], true);
      out.push(xxh3(bytes, seed));
    }
    return out;
  }
  let joined = '';
  tokens.forEach((t, i) => {
    joined += (i > 0 && t.start > tokens[i - 1].end ? ' ' : '') + t.text;
  });
  const chars = [...joined];
  const size = Math.min(k, chars.length);
  const out = [];
  for (let i = 0; i + size <= chars.length && size > 0; ++i) out.push(xxh3(chars.slice(i, i + size).join(''), seed));
  return out;
}

const texts = [
  '',
  'Short text.',
  'It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness.',
  'Photosynthesis is the process by which green plants and some other organisms use sunlight to synthesize foods from carbon dioxide and water.',
  'Съешь же ещё этих мягких французских булок, да выпей же чаю. 北京是中国的首都。 Café — naïve — ÉCOLE.',
  // repeated k-grams make equal hashes in one window: the tie rule matters
  'abc abc abc abc abc abc abc abc abc abc abc abc abc abc abc abc abc abc abc abc abc abc abc abc',
  Array.from({ length: 400 }, (_, i) => `w${(i * 7919) % 53}`).join(' '),
];

test('fingerprint() selects exactly the k-grams robust winnowing selects (char and word k-grams, several k, windows, seeds)', () => {
  let compared = 0;
  let selectedTotal = 0;
  for (const text of texts) {
    for (const [unit, k] of [
      ['char', 25],
      ['char', 5],
      ['char', 1],
      ['word', 5],
      ['word', 2],
    ]) {
      for (const window of [1, 4, 10]) {
        for (const seed of [0n, 7n]) {
          const hashes = kgramHashes(text, unit, k, seed);
          const want = winnowReference(hashes, window).map((i) => hashes[i]);
          const got = [...fingerprint(text, { analyzer: unit, ngramSize: k, window, seed }).hashes];
          assert.deepEqual(got, want, `${unit} k=${k} w=${window} seed=${seed}: ${text.slice(0, 30)}`);
          ++compared;
          selectedTotal += want.length;
        }
      }
    }
  }
  assert.equal(compared, texts.length * 5 * 3 * 2);
  assert.ok(selectedTotal > 1000, `${selectedTotal} fingerprints compared`);
});
