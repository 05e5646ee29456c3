// String distances through the package: Unicode units, equality with the npm peers on ASCII
// where definitions agree, batch = single, the prepared Matcher, errors.
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distance as fastestLevenshtein } from 'fastest-levenshtein';
import stringSimilarity from 'string-similarity';
import * as simkit from 'simkit';

const {
  init,
  levenshtein,
  osaDistance,
  damerauLevenshtein,
  hamming,
  lcsLength,
  longestCommonSubstring,
  similarity,
  jaro,
  jaroWinkler,
  dice,
  ratio,
  tokenSortRatio,
  tokenSetRatio,
  distanceBatch,
  Matcher,
  extract,
  bestMatch,
  xxh3,
} = simkit;
await init();

function randomWords(seed, n) {
  const alphabet = 'abcdeéfgh ';
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 48271) % 2147483647;
    const len = 5 + (x % 36);
    let s = '';
    for (let i = 0; i < len; ++i) {
      x = (x * 48271) % 2147483647;
      s += alphabet[x % alphabet.length];
    }
    return s;
  });
}

test('Unicode units: code points by default, UTF-16 units or graphemes on request', () => {
  assert.equal(levenshtein('😀ab', 'ab'), 1);
  assert.equal(levenshtein('😀ab', 'ab', { unit: 'utf16' }), 2);
  assert.equal(levenshtein('🇫🇷x', 'x', { unit: 'grapheme' }), 1);
  assert.equal(levenshtein('🇫🇷x', 'x'), 2);
  assert.equal(levenshtein('Café', 'CAFE', { normalize: { stripDiacritics: true } }), 0);
});

test('equal to fastest-levenshtein and string-similarity on ASCII for 2000 random pairs; batch equals single', () => {
  const as = randomWords(1, 2000).map((s) => s.replace(/é/g, 'e'));
  const bs = randomWords(2, 2000).map((s) => s.replace(/é/g, 'e'));
  const batch = distanceBatch('levenshtein', as, bs);
  const diceBatch = distanceBatch('similarity:dice', as, bs);
  for (let i = 0; i < as.length; ++i) {
    assert.equal(batch[i], fastestLevenshtein(as[i], bs[i]));
    assert.equal(levenshtein(as[i], bs[i]), batch[i]);
    assert.ok(
      Math.abs(dice(as[i], bs[i], { compat: 'string-similarity' }) - stringSimilarity.compareTwoStrings(as[i], bs[i])) <
        1e-12,
    );
    assert.equal(diceBatch[i], dice(as[i], bs[i]));
  }
});

test('batch equals single on non-ASCII, lone surrogates at string boundaries, ropes, long strings', () => {
  const as = randomWords(5, 1500); // é: the decoding path
  const bs = randomWords(6, 1500);
  // A lone high surrogate ending one string and a lone low one starting the next would join
  // into one valid pair if the list were encoded joined.
  as.splice(10, 0, 'ab\uD83D', '\uDE00cd', '\uD83D', '\uDE00', '😀x\uDE00');
  bs.splice(10, 0, 'ab', 'cd', '\uDE00\uD83D', '', 'y😀');
  let rope = '';
  for (let i = 0; i < 50; ++i) rope += 'xyz'[i % 3]; // built with +=, over 64 symbols
  as.push(rope, rope.slice(3), 'q'.repeat(200), '');
  bs.push(`${rope}w`, rope, 'q'.repeat(100) + 'r'.repeat(100), 'abc');
  for (const [x, y] of [
    [as, bs],
    [bs, as],
    [as.map((s) => s.replace(/é/g, 'e')), bs],
  ]) {
    const batch = distanceBatch('levenshtein', x, y);
    for (let i = 0; i < x.length; ++i) assert.equal(batch[i], levenshtein(x[i], y[i]), `pair ${i}`);
  }
});

test('known values of every metric', () => {
  assert.equal(levenshtein('kitten', 'sitting'), 3);
  assert.equal(levenshtein('kitten', 'sitting', { maxDistance: 1 }), 2);
  assert.equal(levenshtein('abc', 'abd', { weights: { substitute: 3 } }), 2);
  assert.equal(osaDistance('ca', 'abc'), 3);
  assert.equal(damerauLevenshtein('ca', 'abc'), 2);
  assert.equal(hamming('karolin', 'kathrin'), 3);
  assert.throws(() => hamming('a', 'ab'), /same length/);
  assert.equal(lcsLength('ABCBDAB', 'BDCABA'), 4);
  assert.deepEqual(longestCommonSubstring('xxabcdyy', 'zabcdz'), { length: 4, aStart: 2, bStart: 1 });
  assert.ok(Math.abs(jaro('MARTHA', 'MARHTA') - 0.9444444) < 1e-6);
  assert.ok(Math.abs(jaroWinkler('MARTHA', 'MARHTA') - 0.9611111) < 1e-6);
  assert.ok(Math.abs(ratio('this is a test', 'this is a test!') - 96.5517241) < 1e-6);
  assert.equal(tokenSortRatio('fuzzy wuzzy was a bear', 'wuzzy fuzzy was a bear'), 100);
  assert.equal(tokenSetRatio('fuzzy was a bear', 'fuzzy fuzzy was a bear'), 100);
  assert.equal(similarity('abcd', 'abcf'), 0.75);
  assert.equal(similarity('', ''), 1);
});

test('Matcher: same top-1 as brute force, limits, cutoffs, ties by index', () => {
  const candidates = randomWords(3, 3000);
  const m = new Matcher(candidates);
  for (const query of randomWords(4, 40)) {
    let best = -1;
    let bestScore = -1;
    candidates.forEach((c, i) => {
      const sc = similarity(query, c);
      if (sc > bestScore) {
        bestScore = sc;
        best = i;
      }
    });
    const got = m.bestMatch(query);
    assert.equal(got.index, best);
    assert.equal(got.score, bestScore);
    const top = m.extract(query, { limit: 5, scorer: 'jaroWinkler' });
    assert.equal(top.length, 5);
    for (let k = 1; k < top.length; ++k) assert.ok(top[k - 1].score >= top[k].score);
  }
  assert.deepEqual(m.extract('zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', { threshold: 0.9 }), []);
  assert.deepEqual(
    extract('aa', ['ab', 'ba', 'aa'], { limit: 2 }).map((x) => x.index),
    [2, 0],
  );
  assert.equal(bestMatch('Pariss', ['London', 'Paris']).candidate, 'Paris');
  m.dispose();
  assert.throws(() => m.extract('x'), /used after dispose/);
});

test('bad arguments name the parameter and the module keeps working', () => {
  const cases = [
    [() => levenshtein(1, 'a'), TypeError, /simkit\.levenshtein: a must be a string/],
    [() => levenshtein('a', 'b', { unit: 'byte' }), RangeError, /unit must be one of 'codepoint', 'utf16', 'grapheme'/],
    [() => levenshtein('a', 'b', { maxDistance: -1 }), RangeError, /maxDistance/],
    [() => levenshtein('a', 'b', { weights: { insert: 1.5 } }), RangeError, /weights\.insert/],
    [() => similarity('a', 'b', { scorer: 'cosine' }), RangeError, /scorer must be one of/],
    [() => distanceBatch('levenshtein', ['a'], []), RangeError, /same length/],
    [() => distanceBatch('nope', [], []), RangeError, /metric must be one of/],
    [() => new Matcher('abc'), TypeError, /candidates must be an array/],
    [() => new Matcher(['a', 2]), TypeError, /candidates\[1\] must be a string/],
    [() => extract('a', ['a'], { limit: 0 }), RangeError, /limit must be an integer/],
    [() => extract('a', ['a'], { threshold: 2 }), RangeError, /threshold must be a number in \[0, 1\]/],
    [() => dice('a', 'b', { compat: 'natural' }), RangeError, /compat must be one of 'string-similarity'/],
  ];
  for (const [call, type, message] of cases) {
    assert.throws(call, (e) => e instanceof type && message.test(e.message), String(message));
    assert.equal(xxh3(''), 0x2d06800538d394c2n);
  }
});

// Seeded strings for the long and non-Latin Levenshtein checks below.
function seeded(seed) {
  let x = seed;
  return () => {
    x = (x * 48271) % 2147483647;
    return x / 2147483647;
  };
}
function editedPairs(seed, count, minLength, maxLength, alphabet) {
  const random = seeded(seed);
  const chars = [...alphabet];
  const pick = () => chars[Math.floor(random() * chars.length)];
  const make = (n) => Array.from({ length: n }, pick);
  const pairs = [];
  for (let i = 0; i < count; ++i) {
    const a = make(minLength + Math.floor(random() * (maxLength - minLength + 1)));
    let b = [...a];
    if (i % 4 === 3) b = make(minLength + Math.floor(random() * (maxLength - minLength + 1)));
    else {
      for (let e = Math.floor(random() * (a.length / 10)); e > 0; --e) {
        const at = Math.floor(random() * b.length);
        const r = random();
        if (r < 0.33) b.splice(at, 0, pick());
        else if (r < 0.66) b.splice(at, 1);
        else b[at] = pick();
      }
    }
    pairs.push([a.join(''), b.join('')]);
  }
  return pairs;
}
// The textbook DP over arrays of units (code points here), the reference for non-BMP text.
function referenceLevenshtein(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; ++i) {
    const cur = [i];
    for (let j = 1; j <= b.length; ++j)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

test('distanceBatch levenshtein equals fastest-levenshtein on long ASCII strings (65-2000 chars)', () => {
  const pairs = [
    ...editedPairs(3, 120, 65, 400, 'etaoinshrdlu cmfwyp'),
    ...editedPairs(5, 12, 1000, 2000, 'abcdefghijklmnopqrstuvwxyz ,.'),
    ...editedPairs(7, 60, 60, 300, 'ab'), // long runs, small distances
  ];
  const as = pairs.map((p) => p[0]);
  const bs = pairs.map((p) => p[1]);
  const got = distanceBatch('levenshtein', as, bs);
  pairs.forEach(([a, b], i) => {
    const expected = fastestLevenshtein(a, b);
    assert.equal(got[i], expected, `pair ${i} (${a.length}, ${b.length})`);
    if (i % 8 === 0) {
      assert.equal(levenshtein(a, b), expected);
      for (const max of [0, expected - 1, expected, expected + 5]) {
        if (max < 0) continue;
        assert.equal(
          levenshtein(a, b, { maxDistance: max }),
          Math.min(expected, max + 1),
          `pair ${i}, maxDistance ${max}`,
        );
      }
    }
  });
});

test('distanceBatch levenshtein on Cyrillic, CJK and emoji: code points by default, UTF-16 units on request', () => {
  const pairs = [
    ...editedPairs(11, 150, 0, 90, 'абвгдежзийклмнопрстуфхцчшщъыьэюя '),
    ...editedPairs(13, 150, 0, 200, '的一是不了人我在有他这中大来上国个'),
    ...editedPairs(17, 150, 0, 150, '😀😁😂🤣😃😄😅😆a b'),
    ...editedPairs(19, 40, 0, 40, '😀😁é'),
  ];
  const as = pairs.map((p) => p[0]);
  const bs = pairs.map((p) => p[1]);
  const byCodePoint = distanceBatch('levenshtein', as, bs);
  const byUnit = distanceBatch('levenshtein', as, bs, { unit: 'utf16' });
  pairs.forEach(([a, b], i) => {
    const expected = referenceLevenshtein([...a], [...b]);
    assert.equal(byCodePoint[i], expected, `pair ${i}`);
    assert.equal(byUnit[i], fastestLevenshtein(a, b), `pair ${i} (UTF-16 units)`);
    if (i % 10 === 0) assert.equal(levenshtein(a, b, { maxDistance: 3 }), Math.min(expected, 4));
  });
});

test('distanceBatch with unit grapheme and utf16 equals the pair functions: Latin, Cyrillic, CJK, Hangul, and text whose graphemes are not code points', () => {
  const lists = [
    'abc ÿ', // ASCII and Latin-1
    'абвгдеж эюя', // Cyrillic
    '的一是不了人我', // CJK
    '한국어 문장', // Hangul syllables
    'e\u0301a\u0301 x', // combining marks: one grapheme each
    'a\r\nb\r', // CR LF is one grapheme
    '🇫🇷🇩🇪 ab', // regional indicator pairs
    'и\u0306й', // a Cyrillic combining mark
  ];
  for (const letters of lists) {
    const pairs = editedPairs(31, 60, 0, 30, letters);
    const as = pairs.map((p) => p[0]);
    const bs = pairs.map((p) => p[1]);
    for (const unit of ['grapheme', 'utf16']) {
      for (const metric of ['levenshtein', 'jaroWinkler']) {
        const batch = distanceBatch(metric, as, bs, { unit });
        pairs.forEach(([a, b], i) => {
          const one = metric === 'levenshtein' ? levenshtein(a, b, { unit }) : jaroWinkler(a, b, { unit });
          assert.equal(batch[i], one, `${unit} ${metric} ${JSON.stringify([a, b])}`);
        });
      }
    }
  }
});

test("distanceBatch where there is no Buffer (browsers): UTF-16 units copied by the package's own loop, same answers", () => {
  const pairs = [
    ...editedPairs(41, 300, 0, 40, 'абвгдежз эюя'),
    ...editedPairs(43, 300, 0, 40, '的一是😀a\uD83D'),
    ...editedPairs(47, 1200, 0, 10, 'ab'), // ASCII only: more than one joined piece
  ];
  const as = pairs.map((p) => p[0]);
  const bs = pairs.map((p) => p[1]);
  const script = `
    const { init, distanceBatch } = await import('simkit');
    await init();
    const [as, bs] = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    const out = ['codepoint', 'utf16', 'grapheme'].map((unit) => [...distanceBatch('levenshtein', as, bs, { unit })]);
    console.log(JSON.stringify(out));`;
  const stdout = execFileSync(
    process.execPath,
    [
      '--import',
      'data:text/javascript,delete globalThis.Buffer',
      '--input-type=commonjs',
      '-e',
      `(async () => {${script}})()`,
    ],
    { input: JSON.stringify([as, bs]), encoding: 'utf8' },
  );
  const expected = ['codepoint', 'utf16', 'grapheme'].map((unit) => [
    ...distanceBatch('levenshtein', as, bs, { unit }),
  ]);
  assert.deepEqual(JSON.parse(stdout), expected);
});

test('distanceBatch on non-ASCII lists split by UTF-16 ends in the module: lone surrogates, emoji, empty strings, piece boundaries, normalization', () => {
  const as = randomWords(21, 2100); // é; more than two joined pieces
  const bs = randomWords(22, 2100);
  // Lone surrogates inside strings and at ends that join nothing; astral code points (two
  // units, one symbol); empty strings; a lone high surrogate ending the last string of a
  // joined piece and a lone low one starting the next piece (encoded apart: no pair).
  as.splice(3, 0, 'a\uD83Db', '\uDE00', 'x\uD83D', '', '😀😀', '\uDE00\uD83D', 'éé😀');
  bs.splice(3, 0, 'ab', 'q', 'x', '😀', '', '\uFFFD\uFFFD', '😀é');
  as[1023] = 'end\uD83D';
  as[1024] = '\uDE00start';
  bs[1023] = 'end\uFFFD';
  bs[1024] = '\uFFFDstart';
  const ascii = as.map((s) => s.replace(/[^\x00-\x7f]/g, 'e'));
  for (const [x, y] of [
    [as, bs],
    [bs, as],
    [ascii, bs],
    [bs, ascii],
  ]) {
    const batch = distanceBatch('levenshtein', x, y);
    const lcs = distanceBatch('lcs', x, y);
    for (let i = 0; i < x.length; ++i) {
      assert.equal(batch[i], levenshtein(x[i], y[i]), `pair ${i}`);
      assert.equal(lcs[i], lcsLength(x[i], y[i]), `lcs pair ${i}`);
    }
  }
  assert.equal(distanceBatch('levenshtein', ['end\uD83D'], ['end\uFFFD'])[0], 0); // lone → U+FFFD
  const folded = distanceBatch('levenshtein', ['CAFÉ', 'Ünïcode'], ['cafe', 'unicode'], {
    normalize: { caseFold: true, stripDiacritics: true },
  });
  assert.deepEqual([...folded], [0, 0]);
});

test('partialRatio: RapidFuzz fuzz.partial_ratio (its examples, a naive reference over every alignment, as a scorer)', () => {
  const { partialRatio, ratio, extract } = simkit;
  assert.equal(partialRatio('this is a test', 'this is a test!'), 100);
  assert.equal(partialRatio('a certain string', 'cetain'), 83.33333333333334);
  assert.equal(partialRatio('', ''), 100);
  assert.equal(partialRatio('', 'abc'), 0);
  assert.equal(partialRatio('fuzzy wuzzy was a bear', 'wuzzy'), 100);
  assert.equal(partialRatio('😀ab', 'xx😀abyy'), 100); // code points by default, as RapidFuzz on str
  // Naive reference: ratio (itself checked against RapidFuzz's vectors) of the shorter string against
  // every prefix shorter than it, every window of its length and every shorter suffix of the longer.
  const bestIn = (s, l) => {
    const cs = [...s];
    const cl = [...l];
    let best = 0;
    for (let start = 0; start < cl.length; ++start)
      for (let len = 1; len <= cs.length && start + len <= cl.length; ++len)
        if (len === cs.length || start === 0 || start + len === cl.length)
          best = Math.max(best, ratio(s, cl.slice(start, start + len).join('')));
    return best;
  };
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  const word = (max) =>
    Array.from({ length: 1 + Math.floor(random() * max) }, () => 'abcдж'[Math.floor(random() * 5)]).join('');
  let checked = 0;
  for (let i = 0; i < 400; ++i) {
    const a = word(10);
    const b = word(30);
    const [s, l] = [...a].length <= [...b].length ? [a, b] : [b, a];
    let expected = bestIn(s, l);
    if ([...s].length === [...l].length) expected = Math.max(expected, bestIn(l, s));
    assert.ok(Math.abs(partialRatio(a, b) - expected) < 1e-9, `${a} / ${b}: ${partialRatio(a, b)} vs ${expected}`);
    ++checked;
  }
  assert.equal(checked, 400);
  // as a scorer: a query found inside longer candidates ranks them first
  const hits = extract('new york', ['the new york mets', 'newark', 'york new'], { scorer: 'partialRatio', limit: 3 });
  assert.equal(hits[0].index, 0);
  assert.equal(hits[0].score, 1);
  assert.ok(simkit.SCORERS.includes('partialRatio'));
});
