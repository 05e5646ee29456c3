// Every batch entry point takes the lists users have (strings, Uint8Arrays, views cut from one
// buffer, mixed) and gives exactly what one call per item gives, whichever placement path the
// list takes: all-ASCII strings joined, non-ASCII strings measured, lone surrogates (which must
// not pair up across two items), byte views back to back in one buffer, or anything else.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { init, MinHasher, simhash, simhashBatch, xxh3, xxh3Batch, xxh32, xxh32Batch, xxh64, xxh64Batch } from 'simkit';

before(() => init());

/** A seeded xorshift32: rand(n) is an integer in [0, n). */
function xorshift(seed) {
  let state = seed;
  return (n) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
}

const encoder = new TextEncoder();
const buffer = encoder.encode('alpha beta gamma delta epsilon zeta eta theta iota kappa');
const cuts = [0, 6, 11, 17, 17, 24, 32, 37, 41, 47, buffer.length];
const adjacentViews = cuts.slice(1).map((end, i) => buffer.subarray(cuts[i], end));
const gappedViews = adjacentViews.filter((_, i) => i % 2 === 0);
const lists = {
  'ASCII strings': ['', 'a', 'hello world', 'x'.repeat(300), ''],
  'non-ASCII strings': ['café', 'Москва', '北京市', '🙂🙃', 'a', ''],
  'high surrogate ending one item, low starting the next': ['end\uD83D', '\uDE42start', 'ok'],
  'lone surrogates inside items': ['a\uDC00b', '\uD800', 'c\uD83Dd'],
  'views back to back in one buffer': adjacentViews,
  'views with gaps in one buffer': gappedViews,
  'views of one buffer out of order': [...adjacentViews].reverse(),
  'views back to back, then a view of another buffer': [...adjacentViews, encoder.encode('alpha beta').subarray(6)],
  'back to back over the same bytes in two buffers': [adjacentViews[0], buffer.slice().subarray(6, 11)],
  'separate Uint8Arrays': [new Uint8Array([1, 2, 3]), new Uint8Array(0), encoder.encode('zz')],
  'strings and bytes mixed': ['abc', encoder.encode('abc'), 'Ωmega', encoder.encode('über')],
  'empty list': [],
};
// Keys are bytes, not text: hashes take any bytes (text entry points refuse invalid UTF-8).
const keyLists = {
  ...lists,
  'bytes that are not UTF-8': [new Uint8Array([0xff, 0x00]), 'ok', new Uint8Array([0xc3])],
  // Short arrays are copied byte by byte, longer ones with set(): both sides of the switch.
  'Uint8Arrays and Buffers of every length up to 130': Array.from({ length: 131 }, (_, n) => {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
    return n % 3 === 0 ? Buffer.from(bytes) : n % 3 === 1 ? bytes : new Uint8Array(bytes.buffer, 0, n);
  }),
};

for (const [name, list] of Object.entries(keyLists)) {
  test(`xxh3/xxh64/xxh32 batches equal one call per key: ${name}`, () => {
    const b3 = xxh3Batch(list, 7n);
    const b64 = xxh64Batch(list, 7n);
    const b32 = xxh32Batch(list, 7);
    assert.equal(b3.length, list.length);
    for (let i = 0; i < list.length; ++i) {
      assert.equal(b3[i], xxh3(list[i], 7n), `xxh3 item ${i}`);
      assert.equal(b64[i], xxh64(list[i], 7n), `xxh64 item ${i}`);
      assert.equal(b32[i], xxh32(list[i], 7), `xxh32 item ${i}`);
    }
  });
}

test('a high and a low surrogate in two items are two U+FFFD, never one emoji', () => {
  const [a, b] = xxh3Batch(['\uD83D', '\uDE42']);
  assert.equal(a, xxh3('\uFFFD'));
  assert.equal(b, xxh3('\uFFFD'));
});

test('MinHasher.signBatch and simhashBatch equal one call per text on every list shape', () => {
  const mh = new MinHasher({ numPerm: 32, analyzer: 'char', ngramSize: 3 });
  for (const [name, list] of Object.entries(lists)) {
    const signed = mh.signBatch(list);
    const fingerprints = simhashBatch(list);
    assert.equal(signed.length, list.length, name);
    for (let i = 0; i < list.length; ++i) {
      assert.deepEqual(signed[i], mh.sign(list[i]), `${name}: signature ${i}`);
      assert.equal(fingerprints[i], simhash(list[i]), `${name}: simhash ${i}`);
    }
  }
});

test("distanceBatch with unit 'utf16' equals fastest-levenshtein (JS .length semantics) with and without surrogates", async () => {
  const { distanceBatch, levenshtein } = await import('simkit');
  const { distance } = await import('fastest-levenshtein');
  const alphabets = ['abcdefgh', 'абвгдежз', '北京上海天津重庆', 'àéîõüçñß', 'ab🙂🙃'];
  const rand = xorshift(0x9e3779b9);
  const word = (alphabet) => {
    const chars = [...alphabet];
    return Array.from({ length: 3 + rand(12) }, () => chars[rand(chars.length)]).join('');
  };
  let emojiPairs = 0;
  for (const [name, pool] of [
    ['no surrogates', alphabets.slice(0, 4)],
    ['one list with emoji', alphabets],
  ]) {
    const as = Array.from({ length: 300 }, (_, i) => word(pool[i % pool.length]));
    const bs = Array.from({ length: 300 }, (_, i) => word(pool[(i + 1) % pool.length]));
    const got = distanceBatch('levenshtein', as, bs, { unit: 'utf16' });
    for (let i = 0; i < as.length; ++i) {
      assert.equal(got[i], distance(as[i], bs[i]), `${name}: pair ${i} ${as[i]} / ${bs[i]}`);
      assert.equal(got[i], levenshtein(as[i], bs[i], { unit: 'utf16' }), `${name}: pair ${i}`);
      if (
        /\p{Extended_Pictographic}/u.test(as[i] + bs[i]) &&
        got[i] !== distanceBatch('levenshtein', [as[i]], [bs[i]])[0]
      )
        ++emojiPairs;
    }
  }
  assert.ok(emojiPairs > 10, `pairs where UTF-16 units and code points disagree: ${emojiPairs}`);
});

test('Levenshtein batches of text outside the BMP (the default unit) equal one call per pair, with few or many distinct code points', async () => {
  const { distanceBatch, levenshtein } = await import('simkit');
  const rand = xorshift(0x1234567);
  // Emoji in Latin and Cyrillic text, lone surrogates, and (past 2048 distinct code points
  // outside the BMP in one batch) CJK Extension B: the module's 16-bit ids run out there.
  const pools = {
    'emoji in Latin text': [...'abcdefgh', '😀', '🙂', '🎉', '👍'],
    'emoji in Cyrillic text': [...'абвгдеж', '😀', '🦀'],
    'lone surrogates': ['a', 'b', '\uD83D', '\uDE00', '😀'],
    'CJK Extension B, 3000 distinct': Array.from({ length: 3000 }, (_, i) => String.fromCodePoint(0x20000 + i)),
  };
  for (const [name, pool] of Object.entries(pools)) {
    const word = () => Array.from({ length: 1 + rand(30) }, () => pool[rand(pool.length)]).join('');
    const as = Array.from({ length: 2000 }, word);
    const bs = as.map((a, i) => (i % 3 ? word() : a.slice(2) + pool[rand(pool.length)]));
    const batch = distanceBatch('levenshtein', as, bs);
    for (let i = 0; i < as.length; ++i) assert.equal(batch[i], levenshtein(as[i], bs[i]), `${name} pair ${i}`);
    // One side without astral text: the other's ids meet plain code points.
    const plain = as.map(() => 'abc');
    const mixed = distanceBatch('levenshtein', plain, bs);
    for (let i = 0; i < as.length; ++i) assert.equal(mixed[i], levenshtein(plain[i], bs[i]), `${name} mixed pair ${i}`);
  }
});

test('one call per pair equals the batch on every string shape, sizes growing and shrinking', async () => {
  const { distanceBatch, levenshtein, jaroWinkler } = await import('simkit');
  const { distance } = await import('fastest-levenshtein');
  const rand = xorshift(0x2468ace);
  // ASCII around the length where the copy switches to encodeInto, a non-ASCII character at the
  // very end of a short string (the ASCII copy must give way), lone surrogates, empty strings,
  // and a 200k-character string between small ones (the arena grows, then is reused).
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const ascii = (n) => Array.from({ length: n }, () => letters[rand(26)]).join('');
  const strings = [
    '',
    ascii(1),
    ascii(63),
    ascii(64),
    ascii(65),
    `${ascii(20)}é`,
    `${ascii(20)}🙂`,
    `ab\uD83D`,
    '\uDE42cd',
    'Москва',
    ascii(200_000),
    ascii(5),
  ];
  const as = [];
  const bs = [];
  for (const a of strings) {
    for (const b of strings) {
      if (a.length + b.length > 300_000) continue; // not the long one against itself
      as.push(a);
      bs.push(b);
    }
  }
  const batch = distanceBatch('levenshtein', as, bs);
  const jw = distanceBatch('jaroWinkler', as, bs);
  for (let i = 0; i < as.length; ++i) {
    assert.equal(levenshtein(as[i], bs[i]), batch[i], `levenshtein pair ${i}`);
    assert.equal(jaroWinkler(as[i], bs[i]), jw[i], `jaroWinkler pair ${i}`);
    if (!/[^\x00-\x7f]/.test(as[i] + bs[i])) assert.equal(batch[i], distance(as[i], bs[i]), `fastest-levenshtein ${i}`);
  }
});

test("distanceBatch with unit 'grapheme' (segmented in the module) equals one call per pair (Intl.Segmenter)", async () => {
  const { distanceBatch, levenshtein, similarity } = await import('simkit');
  // Clusters of every kind UAX #29 joins, and text each path takes: ASCII with CR LF, Latin-1,
  // Cyrillic, surrogate pairs, Hangul jamo, flags, emoji ZWJ sequences, Devanagari with a
  // virama (declined by the module: Intl.Segmenter's newer Unicode joins the conjunct).
  const pools = {
    ascii: ['a', 'b', 'c', ' ', '\r\n', '\r', '\n', 'x'],
    latin1: ['a', 'é', 'ß', '\r\n', 'ü', '\u00ad'],
    cyrillic: ['а', 'б', 'ё', 'е\u0308', 'и\u0306', ' '],
    marks: ['e', 'e\u0301', 'e\u0301\u0323', 'o', '\u0301', 'a\u200d'],
    hangul: ['\u1100\u1161', '\u1100\u1161\u11a8', '가', '각', '\u11a8', 'a'],
    flags: ['🇫🇷', '🇩🇪', '\u{1F1EB}', 'a', '🇫🇷🇩'],
    emoji: ['👩\u200d💻', '👍🏽', '😀', '\u200d', 'a', '❤\ufe0f'],
    devanagari: ['क', '्', 'ष', 'क्ष', 'a', 'ि'],
  };
  const rand = xorshift(0x2545f491);
  for (const [name, pool] of Object.entries(pools)) {
    const word = () => Array.from({ length: rand(9) }, () => pool[rand(pool.length)]).join('');
    const as = Array.from({ length: 300 }, word);
    const bs = as.map((a, i) => (i % 3 ? word() : a + pool[rand(pool.length)]));
    const lev = distanceBatch('levenshtein', as, bs, { unit: 'grapheme' });
    const sim = distanceBatch('similarity:jaroWinkler', as, bs, { unit: 'grapheme' });
    for (let i = 0; i < as.length; ++i) {
      assert.equal(lev[i], levenshtein(as[i], bs[i], { unit: 'grapheme' }), `${name} pair ${i}`);
      assert.equal(sim[i], similarity(as[i], bs[i], { unit: 'grapheme', scorer: 'jaroWinkler' }), `${name} pair ${i}`);
    }
  }
});
