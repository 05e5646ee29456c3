// String distances against independent implementations, value by value, on seeded random
// ASCII and Unicode pairs: Debian's jellyfish, python-Levenshtein and thefuzz (one python3
// process for the whole batch), and the npm peers fastest-levenshtein, string-similarity and
// natural. Every difference is either none or a documented, tested option or rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { distance as fastestLevenshtein } from 'fastest-levenshtein';
import stringSimilarity from 'string-similarity';
import * as simkit from 'simkit';

const {
  init,
  levenshtein,
  damerauLevenshtein,
  osaDistance,
  hamming,
  jaro,
  jaroWinkler,
  ratio,
  dice,
  tokenSortRatio,
  tokenSetRatio,
  distanceBatch,
} = simkit;
await init();
// natural's distance module alone (the package root loads far more than these functions).
const natural = createRequire(import.meta.url)('natural/lib/natural/distance/index.js');

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ASCII = [...'abcde'];
// Latin-1, a combining mark, Cyrillic, CJK and characters outside the BMP (one code point, two
// UTF-16 units; 😀 and 😁 share their first unit, 🇫 does not).
const UNICODE = [...'aéßЖжд東京\u0301😀😁🇫'];

/** Seeded pairs over `alphabet`: unrelated strings, or a copy with a few edits and swaps. */
function pairs(seed, count, alphabet, maxLength) {
  const r = random(seed);
  const pick = () => alphabet[Math.floor(r() * alphabet.length)];
  const make = (n) => Array.from({ length: n }, pick);
  const out = [];
  for (let i = 0; i < count; ++i) {
    const a = make(Math.floor(r() * (maxLength + 1)));
    let b;
    if (r() < 0.4) b = make(Math.floor(r() * (maxLength + 1)));
    else {
      b = [...a];
      for (let e = Math.floor(r() * 5); e > 0; --e) {
        const at = Math.floor(r() * (b.length + 1));
        const kind = r();
        if (kind < 0.25) b.splice(at, 0, pick());
        else if (kind < 0.5) b.splice(at, 1);
        else if (kind < 0.75) b[at] = pick();
        else if (at + 1 < b.length) [b[at], b[at + 1]] = [b[at + 1], b[at]];
      }
    }
    out.push([a.join(''), b.join('')]);
  }
  return out;
}

const CHARACTER_PAIRS = [
  ...pairs(1, 600, ASCII, 12),
  ...pairs(2, 300, [...ASCII, 'f', 'g', 'h', ' '], 90), // across the 64-symbol bit-parallel limit
  ...pairs(3, 600, UNICODE, 12),
  ...pairs(4, 200, UNICODE, 80),
  ['aabcbb', 'babac'],
  ['Sint-Pietersplein 6, 9000 Gent', 'Test 10, 1010 Brussel'],
  ['', ''],
  ['', 'abc'],
  ['MARTHA', 'MARHTA'],
];

const VOCABULARY = [
  'new',
  'york',
  'mets',
  'New',
  'YORK',
  'yankees',
  'café',
  'naïve',
  'Straße',
  'москва',
  'Москва',
  '東京',
  '10',
  'b2',
  'a',
  'the',
];
const GLUE = [' ', ' ', ' ', ', ', '!!! ', ' - ', '.'];
/** Seeded word lists joined with punctuation; some sides have no word at all. */
function wordPairs(seed, count) {
  const r = random(seed);
  const side = () => {
    if (r() < 0.12) return ['', '!!!', ' , ', '  '][Math.floor(r() * 4)];
    let s = '';
    for (let n = 1 + Math.floor(r() * 5); n > 0; --n)
      s += VOCABULARY[Math.floor(r() * VOCABULARY.length)] + GLUE[Math.floor(r() * GLUE.length)];
    return s;
  };
  return Array.from({ length: count }, () => [side(), side()]);
}
const WORD_PAIRS = [
  ...wordPairs(5, 600),
  ['', 'new york mets'],
  ['hello', '!!!'],
  ['fuzzy was a bear', 'fuzzy fuzzy was a bear'],
];

// One python3 run for everything: Debian's modules live under /usr/bin/python3 (not any other
// python3 on PATH).
const PYTHON_ORACLES = `
import json, sys, warnings
warnings.simplefilter('ignore')
import jellyfish, Levenshtein
from thefuzz import fuzz
batch = json.load(sys.stdin)
def hamming_or_none(f, a, b):
    try:
        return f(a, b)
    except ValueError:
        return None
chars = [dict(
    jf_jaro=jellyfish.jaro_similarity(a, b),
    jf_jaro_winkler=jellyfish.jaro_winkler_similarity(a, b),
    jf_levenshtein=jellyfish.levenshtein_distance(a, b),
    jf_damerau=jellyfish.damerau_levenshtein_distance(a, b),
    jf_hamming=jellyfish.hamming_distance(a, b),
    lev_distance=Levenshtein.distance(a, b),
    lev_ratio=Levenshtein.ratio(a, b),
    lev_hamming=hamming_or_none(Levenshtein.hamming, a, b),
) for a, b in batch['chars']]
words = [dict(
    token_set=fuzz.token_set_ratio(a, b, force_ascii=False),
    token_sort=fuzz.token_sort_ratio(a, b, force_ascii=False),
) for a, b in batch['words']]
json.dump(dict(chars=chars, words=words), sys.stdout)
`;

function runPython() {
  const run = spawnSync('/usr/bin/python3', ['-c', PYTHON_ORACLES], {
    input: JSON.stringify({ chars: CHARACTER_PAIRS, words: WORD_PAIRS }),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    timeout: 120_000,
  });
  assert.equal(
    run.status,
    0,
    `python3 oracles failed (apt-get install python3-jellyfish python3-levenshtein python3-thefuzz): ${run.error ?? ''} ${run.stderr}`,
  );
  const out = JSON.parse(run.stdout);
  assert.equal(out.chars.length, CHARACTER_PAIRS.length);
  assert.equal(out.words.length, WORD_PAIRS.length);
  return out;
}
const oracle = runPython();

const close = (actual, expected, what) =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${what}: simkit ${actual}, oracle ${expected}`);

test('jellyfish: jaro and jaroWinkler equal on every pair (t / 2 rounded down), but for two empty strings', () => {
  let compared = 0;
  let exactDiffers = 0;
  CHARACTER_PAIRS.forEach(([a, b], i) => {
    const o = oracle.chars[i];
    const what = `pair ${i} ${JSON.stringify([a, b])}`;
    if (a === '' && b === '') {
      // Documented: two empty strings are identical (1, as RapidFuzz); jellyfish returns 0.
      assert.equal(o.jf_jaro, 0);
      assert.equal(jaro(a, b), 1);
      assert.equal(jaroWinkler(a, b), 1);
      return;
    }
    close(jaro(a, b), o.jf_jaro, `jaro ${what}`);
    close(jaroWinkler(a, b), o.jf_jaro_winkler, `jaroWinkler ${what}`);
    if (jaro(a, b, { halfTranspositions: 'exact' }) !== jaro(a, b)) ++exactDiffers;
    ++compared;
  });
  assert.ok(compared > 1500, `compared ${compared}`);
  // The option is not a no-op on this data: an odd transposition count exists in many pairs.
  assert.ok(exactDiffers > 50, `'exact' differed on ${exactDiffers} pairs`);
  close(jaro('aabcbb', 'babac'), 79 / 90, 'aabcbb/babac');
  close(jaro('aabcbb', 'babac', { halfTranspositions: 'exact' }), 76 / 90, 'aabcbb/babac exact');
});

test('distanceBatch jaroWinkler equals jellyfish too (both code paths: joined UTF-8 and symbols)', () => {
  const nonEmpty = CHARACTER_PAIRS.map((p, i) => [p, i]).filter(([[a, b]]) => a !== '' || b !== '');
  const as = nonEmpty.map(([[a]]) => a);
  const bs = nonEmpty.map(([[, b]]) => b);
  for (const options of [{}, { unit: 'grapheme' }]) {
    const batch = distanceBatch('jaroWinkler', as, bs, options);
    nonEmpty.forEach(([[a, b], i], k) => {
      if (options.unit === 'grapheme' && /\u0301|🇫/u.test(a + b)) return; // graphemes differ from code points there
      close(batch[k], oracle.chars[i].jf_jaro_winkler, `batch ${JSON.stringify(options)} pair ${i}`);
    });
  }
  const exact = distanceBatch('jaroWinkler', as, bs, { halfTranspositions: 'exact', boostThreshold: 0 });
  nonEmpty.forEach(([[a, b]], k) =>
    assert.equal(exact[k], jaroWinkler(a, b, { halfTranspositions: 'exact', boostThreshold: 0 })),
  );
});

test('jellyfish and python-Levenshtein: levenshtein, damerauLevenshtein and ratio equal on every pair', () => {
  CHARACTER_PAIRS.forEach(([a, b], i) => {
    const o = oracle.chars[i];
    const what = `pair ${i} ${JSON.stringify([a, b])}`;
    const d = levenshtein(a, b);
    assert.equal(d, o.jf_levenshtein, what);
    assert.equal(d, o.lev_distance, what);
    assert.equal(damerauLevenshtein(a, b), o.jf_damerau, what);
    close(ratio(a, b), 100 * o.lev_ratio, `ratio ${what}`);
  });
});

test('hamming: equal to both oracles on equal lengths; unequal lengths throw (jellyfish counts them instead)', () => {
  let equalLengths = 0;
  let unequalLengths = 0;
  CHARACTER_PAIRS.forEach(([a, b], i) => {
    const o = oracle.chars[i];
    const [la, lb] = [[...a].length, [...b].length];
    if (la === lb) {
      assert.equal(hamming(a, b), o.jf_hamming);
      assert.equal(hamming(a, b), o.lev_hamming);
      ++equalLengths;
      return;
    }
    // Documented difference: RangeError here, as python-Levenshtein; jellyfish (and RapidFuzz)
    // count each extra symbol of the longer string as one more difference.
    assert.throws(() => hamming(a, b), RangeError);
    assert.equal(o.lev_hamming, null);
    const n = Math.min(la, lb);
    const prefix = (s) => [...s].slice(0, n).join('');
    assert.equal(o.jf_hamming, hamming(prefix(a), prefix(b)) + Math.abs(la - lb));
    ++unequalLengths;
  });
  assert.ok(equalLengths > 100 && unequalLengths > 100, `${equalLengths} equal, ${unequalLengths} unequal`);
});

test('thefuzz (python-Levenshtein ratio, punctuation dropped): tokenSetRatio and tokenSortRatio within its integer rounding', () => {
  let noWords = 0;
  WORD_PAIRS.forEach(([a, b], i) => {
    const o = oracle.words[i];
    const what = `pair ${i} ${JSON.stringify([a, b])}`;
    const set = tokenSetRatio(a, b);
    assert.ok(
      Math.abs(set - o.token_set) <= 0.5 + 1e-9,
      `tokenSetRatio ${what}: simkit ${set}, thefuzz ${o.token_set}`,
    );
    const hasWords = (s) => /[\p{L}\p{N}]/u.test(s);
    if (!hasWords(a) || !hasWords(b)) {
      ++noWords;
      assert.equal(set, 0, `no words on one side: ${what}`); // RapidFuzz and thefuzz: 0
      // tokenSortRatio is fuzz.ratio of the joined words: two empty sides are equal (100, as
      // RapidFuzz's ratio), where thefuzz returns 0 for any empty side.
      if (!hasWords(a) && !hasWords(b)) {
        assert.equal(tokenSortRatio(a, b), 100);
        return;
      }
    }
    const sort = tokenSortRatio(a, b);
    assert.ok(
      Math.abs(sort - o.token_sort) <= 0.5 + 1e-9,
      `tokenSortRatio ${what}: simkit ${sort}, thefuzz ${o.token_sort}`,
    );
  });
  assert.ok(noWords > 50, `only ${noWords} pairs with an empty side`);
  assert.equal(tokenSetRatio('', 'new york mets'), 0);
  assert.equal(tokenSetRatio('hello', '!!!'), 0);
  assert.equal(tokenSetRatio('', ''), 0);
  // Documented: punctuation is dropped (RapidFuzz without a processor gives 85.71 here).
  assert.equal(tokenSortRatio('a, b', 'b a'), 100);
});

// natural's unrestricted DamerauLevenshteinDistance is not an oracle: it gives 1 for
// ('aceebddc', 'acceecbddc'), whose lengths differ by 2; jellyfish checks damerauLevenshtein.
test('natural: JaroWinklerDistance with boostThreshold 0, halfTranspositions exact, UTF-16 units; Levenshtein, OSA', () => {
  let defaultsDiffer = 0;
  const natural_ = { unit: 'utf16', boostThreshold: 0, halfTranspositions: 'exact' };
  CHARACTER_PAIRS.forEach(([a, b], i) => {
    const what = `pair ${i} ${JSON.stringify([a, b])}`;
    close(jaroWinkler(a, b, natural_), natural.JaroWinklerDistance(a, b), `JaroWinklerDistance ${what}`);
    if (Math.abs(jaroWinkler(a, b, { unit: 'utf16', boostThreshold: 0 }) - natural.JaroWinklerDistance(a, b)) > 1e-12)
      ++defaultsDiffer;
    if (i % 4 === 0) {
      // natural's dynamic programming is slow: a quarter of the pairs
      assert.equal(levenshtein(a, b, { unit: 'utf16' }), natural.LevenshteinDistance(a, b), what);
      assert.equal(
        osaDistance(a, b, { unit: 'utf16' }),
        natural.DamerauLevenshteinDistance(a, b, { restricted: true }),
        what,
      );
    }
  });
  assert.ok(defaultsDiffer > 50, `natural differs from the default halving on only ${defaultsDiffer} pairs`);
});

test('fastest-levenshtein and string-similarity on Unicode: equal in UTF-16 units', () => {
  CHARACTER_PAIRS.forEach(([a, b], i) => {
    const what = `pair ${i} ${JSON.stringify([a, b])}`;
    assert.equal(levenshtein(a, b, { unit: 'utf16' }), fastestLevenshtein(a, b), what);
    close(dice(a, b, { compat: 'string-similarity' }), stringSimilarity.compareTwoStrings(a, b), `dice ${what}`);
  });
});

test('documented limits: prefixWeight in [0, 0.25], halfTranspositions floor or exact (errors name the option)', () => {
  // 0.25 is the largest weight that keeps four common prefix symbols within 1.
  close(
    jaroWinkler('abcdx', 'abcdy', { prefixWeight: 0.25 }),
    jaro('abcdx', 'abcdy') + 4 * 0.25 * (1 - jaro('abcdx', 'abcdy')),
    'prefixWeight 0.25',
  );
  assert.ok(jaroWinkler('abcdx', 'abcdy', { prefixWeight: 0.25 }) <= 1);
  for (const bad of [0.26, -0.01, Number.NaN]) {
    assert.throws(
      () => jaroWinkler('a', 'b', { prefixWeight: bad }),
      (e) => e instanceof RangeError && /prefixWeight/.test(e.message),
    );
    assert.throws(() => distanceBatch('jaroWinkler', ['a'], ['b'], { prefixWeight: bad }), /prefixWeight/);
  }
  for (const bad of ['round', 'Exact', 1, null]) {
    assert.throws(() => jaro('a', 'b', { halfTranspositions: bad }), /halfTranspositions/);
    assert.throws(() => jaroWinkler('a', 'b', { halfTranspositions: bad }), /halfTranspositions/);
    assert.throws(() => distanceBatch('jaroWinkler', ['a'], ['b'], { halfTranspositions: bad }), /halfTranspositions/);
  }
  assert.equal(jaro('aabcbb', 'babac', { halfTranspositions: 'floor' }), jaro('aabcbb', 'babac'));
});
