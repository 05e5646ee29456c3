// Inputs of the golden vectors, shared by the generator and the JS/browser checks.
// Each pipeline case: [options as packed integers, input text].
export const TEXTS = [
  '',
  'The quick brown fox jumps over the lazy dog.',
  '  Straße,\tSTRASSE   und  Café — café\u0301!  ',
  'ﬁne ① Ｆｕｌｌｗｉｄｔｈ “quotes” naïve ÅNGSTRÖM',
  '日本語のテキスト、漢字とかな。中文文本。',
  'emoji 😀 family 👨‍👩‍👧 flags 🇫🇷 and ΣΊΣΥΦΟΣ σίσυφος',
  'e\u0301 vs é, a\u0308 vs ä; Ωhm Ω ohm; İstanbul ıi',
  'one two three four five six seven eight nine ten eleven twelve',
];

// [normFlags, unit (0 word, 1 char), size, seed]
// normFlags bits: 0-1 form (0 none, 1 NFC, 2 NFKC), 4 caseFold, 8 stripDiacritics, 16 collapseWhitespace.
export const OPTIONS = [
  [2 | 4 | 16, 0, 3, 0n], // defaults, word 3-grams
  [2 | 4 | 16, 1, 5, 0n], // defaults, char 5-grams
  [1, 0, 1, 0n], // NFC only, single words
  [2 | 4 | 8 | 16, 1, 3, 42n], // strip diacritics, char 3-grams, seed 42
  [0, 0, 2, 0xdeadbeefcafebaben], // no normalization at all, 64-bit seed
];

/** Converts packed options to the public API's options object. */
export function toApiOptions([norm, unit, size, seed]) {
  return {
    analyzer: unit === 0 ? 'word' : 'char',
    ngramSize: size,
    seed,
    normalize: {
      form: ['none', 'NFC', 'NFKC'][norm & 3],
      caseFold: (norm & 4) !== 0,
      stripDiacritics: (norm & 8) !== 0,
      collapseWhitespace: (norm & 16) !== 0,
    },
  };
}

/** xxHash's own sanity buffer (xsum_sanity_check.c): the top byte of a 64-bit LCG. */
export function sanityBuffer(length) {
  const out = new Uint8Array(length);
  let state = 2654435761n;
  for (let i = 0; i < length; ++i) {
    out[i] = Number(state >> 56n);
    state = (state * 11400714785074694797n) & 0xffffffffffffffffn;
  }
  return out;
}

// Reference values published by the xxHash project (tests/sanity_test_vectors.h):
// [algorithm, length of the sanity buffer prefix, seed, expected].
export const XXHASH_REFERENCE = [
  ['xxh32', 0, 0n, 0x02cc5d05n],
  ['xxh32', 0, 2654435761n, 0x36b78ae7n],
  ['xxh32', 1, 0n, 0xcf65b03en],
  ['xxh32', 1, 2654435761n, 0xb4545aa4n],
  ['xxh32', 14, 0n, 0x1208e7e2n],
  ['xxh32', 14, 2654435761n, 0x6af1d1fen],
  ['xxh32', 222, 0n, 0x5bd11dbdn],
  ['xxh32', 222, 2654435761n, 0x58803c5fn],
  ['xxh64', 0, 0n, 0xef46db3751d8e999n],
  ['xxh64', 0, 2654435761n, 0xac75fda2929b17efn],
  ['xxh64', 1, 0n, 0xe934a84adb052768n],
  ['xxh64', 1, 2654435761n, 0x5014607643a9b4c3n],
  ['xxh64', 4, 0n, 0x9136a0dca57457een],
  ['xxh64', 14, 0n, 0x8282dcc4994e35c8n],
  ['xxh64', 14, 2654435761n, 0xc3bd6bf63deb6df0n],
  ['xxh64', 222, 0n, 0xb641ae8cb691c174n],
  ['xxh64', 222, 2654435761n, 0x20cb8ab7ae10c14an],
  ['xxh3', 0, 0n, 0x2d06800538d394c2n],
  ['xxh3', 0, 0x9e3779b185ebca8dn, 0xa8a6b918b2f0364an],
  ['xxh3', 1, 0n, 0xc44bdff4074eecdbn],
  ['xxh3', 6, 0n, 0x27b56a84cd2d7325n],
  ['xxh3', 12, 0n, 0xa713daf0dfbb77e7n],
  ['xxh3', 24, 0n, 0xa3fe70bf9d3510ebn],
  ['xxh3', 48, 0n, 0x397da259ecba1f11n],
  ['xxh3', 80, 0n, 0xbcdefbbb2c47c90an],
  ['xxh3', 195, 0n, 0xcd94217ee362ec3an],
  ['xxh3', 403, 0n, 0xcdeb804d65c6dea4n],
  ['xxh3', 512, 0n, 0x617e49599013cb6bn],
  ['xxh3', 2048, 0n, 0xdd59e2c3a5f038e0n],
  ['xxh3', 2099, 0n, 0xc6b9d9b3fc9ac765n],
  ['xxh3', 2240, 0n, 0x6e73a90539cf2948n],
  ['xxh3', 2367, 0n, 0xcb37aeb9e5d361edn],
];
