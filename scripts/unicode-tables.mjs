#!/usr/bin/env node
// Generates simkit's Unicode tables (src/simkit/text/unicode.cpp includes the output) from the
// Unicode Character Database files Debian's unicode-data package installs: general category,
// canonical combining class, decompositions, full case folding and the canonical compositions.
// Only what NFC/NFKC, case folding, diacritic stripping and the tokenizer's categories need, so
// the wasm carries a fraction of a general-purpose Unicode library's data.
// Usage: node scripts/unicode-tables.mjs <out.inc> [ucd dir, default /usr/share/unicode]
// The data is © Unicode, Inc., under the Unicode licence (unicode.org/license.txt).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [out, ucd = '/usr/share/unicode'] = process.argv.slice(2);
if (!out) {
  console.error('usage: node scripts/unicode-tables.mjs <out.inc> [ucd dir]');
  process.exit(2);
}
const read = (name) => readFileSync(join(ucd, name), 'utf8');
const rows = (text) =>
  text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((line) => line.split(';').map((f) => f.trim()));
const hexes = (s) =>
  s
    .split(/\s+/)
    .filter(Boolean)
    .map((h) => Number.parseInt(h, 16));

// The order of utf8proc's and ICU's category enums: Cn (unassigned) is 0.
const CATEGORIES = 'Cn Lu Ll Lt Lm Lo Mn Mc Me Nd Nl No Pc Pd Ps Pe Pi Pf Po Sm Sc Sk So Zs Zl Zp Cc Cf Cs Co'.split(
  ' ',
);
const N = 0x110000;
const category = new Uint8Array(N);
const ccc = new Uint8Array(N);
const decomp = new Map(); // cp -> { compat, seq } (one level; decompose() recurses)
let rangeStart = -1;
for (const f of rows(read('UnicodeData.txt'))) {
  const cp = Number.parseInt(f[0], 16);
  const cat = CATEGORIES.indexOf(f[2]);
  if (cat < 0) throw new Error(`UnicodeData.txt: unknown category ${f[2]}`);
  if (f[1].endsWith(', First>')) {
    rangeStart = cp;
    continue;
  }
  const from = f[1].endsWith(', Last>') ? rangeStart : cp;
  for (let c = from; c <= cp; ++c) {
    category[c] = cat;
    ccc[c] = Number(f[3]);
  }
  if (f[5]) {
    const compat = f[5].startsWith('<');
    decomp.set(cp, { compat, seq: hexes(f[5].replace(/<[^>]*>/, '')) });
  }
}

const fold = new Map(); // cp -> full case folding (statuses C and F)
for (const f of rows(read('CaseFolding.txt'))) {
  if (f[1] === 'C' || f[1] === 'F') fold.set(Number.parseInt(f[0], 16), hexes(f[2]));
}

const excluded = new Set();
for (const f of rows(read('DerivedNormalizationProps.txt'))) {
  if (f[1] !== 'Full_Composition_Exclusion') continue;
  const [a, b = a] = f[0].split('..').map((h) => Number.parseInt(h, 16));
  for (let c = a; c <= b; ++c) excluded.add(c);
}
// The primary composites (a canonical pair, not excluded) are flagged for the composition
// table built at start-up; Hangul syllables are computed, not listed.
const firsts = new Set();
const seconds = new Set();
for (const [cp, d] of decomp) {
  if (d.compat || d.seq.length !== 2 || excluded.has(cp)) continue;
  firsts.add(d.seq[0]);
  seconds.add(d.seq[1]);
}

// Per code point, a small record: category, combining class and flags saying which of the
// sparse tables hold it, so most code points need no search.
const FLAGS = { canonical: 1, compat: 2, fold: 4, first: 8, second: 16, excluded: 32 };
const recordIds = new Map([[0, 0]]); // record 0: unassigned, also returned beyond U+10FFFF
const records = [[0, 0, 0]];
const recordOf = new Uint16Array(N);
for (let cp = 0; cp < N; ++cp) {
  const d = decomp.get(cp);
  const flags =
    (d ? (d.compat ? FLAGS.compat : FLAGS.canonical) : 0) |
    (fold.has(cp) ? FLAGS.fold : 0) |
    (firsts.has(cp) ? FLAGS.first : 0) |
    (seconds.has(cp) ? FLAGS.second : 0) |
    (excluded.has(cp) ? FLAGS.excluded : 0);
  const key = (category[cp] << 16) | (ccc[cp] << 8) | flags;
  let id = recordIds.get(key);
  if (id === undefined) {
    id = records.length;
    recordIds.set(key, id);
    records.push([category[cp], ccc[cp], flags]);
  }
  recordOf[cp] = id;
}
if (records.length > 256) throw new Error(`${records.length} records do not fit a byte`);

// Two-stage table: blocks of 2^SHIFT code points, identical blocks stored once.
const SHIFT = 6;
const blockIds = new Map();
const stage2 = [];
const stage1 = [];
for (let b = 0; b < N >> SHIFT; ++b) {
  const block = Array.from(recordOf.subarray(b << SHIFT, (b + 1) << SHIFT));
  const key = block.join(',');
  let id = blockIds.get(key);
  if (id === undefined) {
    id = blockIds.size;
    blockIds.set(key, id);
    stage2.push(...block);
  }
  stage1.push(id);
}
if (blockIds.size > 0xffff) throw new Error('too many blocks');

// Sparse mappings as three byte streams, decoded once at start-up: each key's distance from the
// previous key (varint), each mapping's length, then each code point as the zigzag varint
// difference from the code point at the same position in the previous mapping (or, past its end,
// from the code point before it in this one). Neighbouring entries map alike (A-Z, the math
// alphabets, Latin letters with one mark), so the streams are mostly small repeating bytes; kept
// apart, each repeats more (the decompositions gzip 15% smaller than interleaved).
const varintTo = (bytes, value) => {
  let v = value;
  for (; v >= 0x80; v = Math.floor(v / 128)) bytes.push((v % 128) | 0x80);
  bytes.push(v);
};
function streams(map) {
  const keys = [];
  const lengths = [];
  const points = [];
  let key = 0;
  let prev = [];
  for (const k of [...map.keys()].sort((a, b) => a - b)) {
    const seq = map.get(k);
    if (seq.length < 1 || seq.length > 255)
      throw new Error(`mapping of ${k.toString(16)} has ${seq.length} code points`);
    varintTo(keys, k - key);
    lengths.push(seq.length);
    seq.forEach((cp, i) => {
      const d = cp - (i < prev.length ? prev[i] : i > 0 ? seq[i - 1] : 0);
      varintTo(points, d >= 0 ? 2 * d : -2 * d - 1);
    });
    key = k;
    prev = seq;
  }
  return { keys, lengths, points };
}
const decompStreams = streams(new Map([...decomp].map(([cp, d]) => [cp, d.seq])));
const foldStreams = streams(fold);

// Grapheme cluster break classes (UAX #29) for segmenting text into user-perceived characters:
// Grapheme_Cluster_Break, Extended_Pictographic (emoji-data.txt) for the emoji ZWJ rule, and a
// class of its own for viramas and invisible stackers (IndicSyllabicCategory.txt), where later
// Unicode versions join Indic conjuncts (GB9c) that these tables cannot. Stored as runs, one
// varint (length << 4 | class) each; the core expands them on first use.
const GRAPHEME_CLASSES = [
  'Other',
  'CR',
  'LF',
  'Control',
  'Extend',
  'ZWJ',
  'Regional_Indicator',
  'Prepend',
  'SpacingMark',
  'L',
  'V',
  'T',
  'LV',
  'LVT',
  'Extended_Pictographic',
  'Linker',
];
const grapheme = new Uint8Array(N);
const assign = (file, wanted, value) => {
  for (const f of rows(read(file))) {
    if (!wanted(f[1])) continue;
    const [a, b = a] = f[0].split('..').map((h) => Number.parseInt(h, 16));
    for (let c = a; c <= b; ++c) grapheme[c] = value(f[1], c);
  }
};
assign(
  'auxiliary/GraphemeBreakProperty.txt',
  () => true,
  (v) => {
    const k = GRAPHEME_CLASSES.indexOf(v);
    if (k < 0) throw new Error(`GraphemeBreakProperty.txt: unknown class ${v}`);
    return k;
  },
);
assign(
  'emoji/emoji-data.txt',
  (v) => v === 'Extended_Pictographic',
  (_, c) => {
    if (grapheme[c] !== 0) throw new Error(`U+${c.toString(16)}: Extended_Pictographic with a break class`);
    return GRAPHEME_CLASSES.indexOf('Extended_Pictographic');
  },
);
assign(
  'IndicSyllabicCategory.txt',
  (v) => v === 'Virama' || v === 'Invisible_Stacker',
  () => GRAPHEME_CLASSES.indexOf('Linker'),
);
const graphemeStream = [];
for (let start = 0; start < N; ) {
  let end = start + 1;
  while (end < N && grapheme[end] === grapheme[start]) ++end;
  varintTo(graphemeStream, (end - start) * 16 + grapheme[start]);
  start = end;
}

const array = (type, name, values) => {
  const lines = [];
  for (let i = 0; i < values.length; i += 16) lines.push(`  ${values.slice(i, i + 16).join(',')},`);
  return `constexpr ${type} ${name}[${values.length}] = {\n${lines.join('\n')}\n};\n`;
};
const version = (read('ReadMe.txt').match(/Version (\d+\.\d+\.\d+)/) ?? [])[1] ?? 'unknown';
const text = [
  `// Generated by scripts/unicode-tables.mjs from the Unicode Character Database ${version}`,
  '// (© Unicode, Inc., Unicode licence). Do not edit.',
  `constexpr char kUnicodeVersion[] = "${version}";`,
  `constexpr unsigned kBlockShift = ${SHIFT};`,
  `constexpr uint8_t kFlagCanonical = ${FLAGS.canonical}, kFlagCompat = ${FLAGS.compat}, kFlagFold = ${FLAGS.fold},`,
  `                  kFlagFirst = ${FLAGS.first}, kFlagSecond = ${FLAGS.second}, kFlagExcluded = ${FLAGS.excluded};`,
  array(
    'Record',
    'kRecords',
    records.map((r) => `{${r.join(',')}}`),
  ),
  array(blockIds.size > 256 ? 'uint16_t' : 'uint8_t', 'kStage1', stage1),
  array('uint8_t', 'kStage2', stage2),
  array('uint8_t', 'kDecompKeys', decompStreams.keys),
  array('uint8_t', 'kDecompLengths', decompStreams.lengths),
  array('uint8_t', 'kDecompPoints', decompStreams.points),
  array('uint8_t', 'kFoldKeys', foldStreams.keys),
  array('uint8_t', 'kFoldLengths', foldStreams.lengths),
  array('uint8_t', 'kFoldPoints', foldStreams.points),
  array('uint8_t', 'kGraphemeStream', graphemeStream),
].join('\n');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text);
