// String distances: 100k pairs of 5-40 character strings through the batch API vs
// fastest-levenshtein, string-similarity and natural; Levenshtein on 10k pairs of 100-500
// character English passages with typos, on 20k pairs of 5-40 character Cyrillic and CJK, and with
// unit 'utf16' (fastest-levenshtein's own semantics) on ASCII, Cyrillic and emoji-mixed
// strings, and with unit 'grapheme', vs fastest-levenshtein and vs the default unit on the same
// pairs; the 100k pairs also through
// python-Levenshtein (Debian's python3-levenshtein, C, run by /usr/bin/python3: the native
// anchor, Python's per-call overhead included); best match of a query among 10k
// candidates with a prepared Matcher vs fastest-levenshtein's closest and string-similarity's
// findBestMatch. Results are checked equal before timing.
import { closest, distance } from 'fastest-levenshtein';
import stringSimilarity from 'string-similarity';
import { Matcher, distanceBatch, dice, jaroWinkler, levenshtein } from 'simkit';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fmt, measure, measureInterleaved, record, recordRatio, saveInput, table } from '../lib.mjs';
import { rawTexts, rng } from '../fixtures/corpus.mjs';

// natural is loaded only after the Levenshtein, Dice and best-match rows: with it loaded,
// fastest-levenshtein runs 2.4-5x slower in the same process (seen here, cause unknown), which
// would flatter simkit. Run this workload before `vector`, which loads natural too.
let natural = null;
const loadNatural = () => (natural ??= createRequire(import.meta.url)('natural'));

function strings(n, seed) {
  const random = rng(seed);
  const letters = 'etaoinshrdlucmfwypvbgkjqxz    ';
  return Array.from({ length: n }, () => {
    const len = 5 + Math.floor(random() * 36);
    let s = '';
    for (let i = 0; i < len; ++i) s += letters[Math.floor(random() * letters.length)];
    return s;
  });
}

// Passages of 100-500 characters of the shipped texts (ASCII only), each paired with a copy
// with character edits at a 1-6% rate (typos), or, one pair in four, another passage.
function passages(n, seed) {
  const random = rng(seed);
  const text = rawTexts()
    .join(' ')
    .replace(/[^\x20-\x7e]+/g, ' ')
    .replace(/\s+/g, ' ');
  const passage = () => {
    const len = 100 + Math.floor(random() * 401);
    const at = Math.floor(random() * (text.length - len));
    return text.slice(at, at + len);
  };
  const letters = 'etaoinshrdlucmfwypvbgkjqxz ';
  const typo = (s) => {
    const rate = 0.01 + random() * 0.05;
    let out = '';
    for (const c of s) {
      if (random() >= rate) {
        out += c;
        continue;
      }
      const r = random();
      const l = letters[Math.floor(random() * letters.length)];
      if (r < 0.4) out += l;
      else if (r < 0.7) out += c + l; // else: deleted
    }
    return out;
  };
  const as = Array.from({ length: n }, passage);
  const bs = as.map((a) => (random() < 0.25 ? passage() : typo(a)));
  return [as, bs];
}

// 5-40 symbols of an alphabet of `letters` (a string of BMP characters), pairs as in the
// first row: every other pair an edited copy, the rest unrelated strings.
function scriptPairs(n, seed, letters) {
  const random = rng(seed);
  const alphabet = [...letters];
  const make = () => {
    const len = 5 + Math.floor(random() * 36);
    let s = '';
    for (let i = 0; i < len; ++i) s += alphabet[Math.floor(random() * alphabet.length)];
    return s;
  };
  const as = Array.from({ length: n }, make);
  const bs = as.map((s, i) => (i % 2 ? make() : s.slice(1) + alphabet[i % alphabet.length]));
  return [as, bs];
}
const CYRILLIC = 'оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё    ';
// Frequent BMP ideographs (UTF-16 units and code points agree, as fastest-levenshtein counts units).
const CJK =
  '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跑';
// Latin letters with a few emoji: surrogate pairs, where UTF-16 units and code points differ.
const EMOJI_MIX = 'abcdefghijklmnop😀🙂🎉👍';

export async function run() {
  const n = 100_000;
  const as = strings(n, 1);
  const bs = as.map((s, i) => (i % 2 ? strings(1, i)[0] : `${s.slice(1)}x`));
  // Check equality first.
  const lev = distanceBatch('levenshtein', as, bs);
  for (let i = 0; i < 2000; ++i) if (lev[i] !== distance(as[i], bs[i])) throw new Error(`levenshtein differs at ${i}`);
  const dices = as.slice(0, 2000).map((a, i) => dice(a, bs[i], { compat: 'string-similarity' }));
  dices.forEach((d, i) => {
    if (Math.abs(d - stringSimilarity.compareTwoStrings(as[i], bs[i])) > 1e-12) throw new Error(`dice differs at ${i}`);
  });

  const rows = [];
  const [oursTimed, theirsTimed] = measureInterleaved(
    [
      () => distanceBatch('levenshtein', as, bs),
      () => {
        for (let i = 0; i < n; ++i) distance(as[i], bs[i]);
      },
    ],
    1500,
  );
  recordRatio('levenshtein', oursTimed, theirsTimed);
  const ours = oursTimed.best;
  const theirs = theirsTimed.best;
  rows.push([
    'Levenshtein',
    fmt.perSec(ours / n),
    'fastest-levenshtein',
    fmt.perSec(theirs / n),
    fmt.ratio(theirs / ours),
  ]);
  // The form most code has: one call per pair, in a loop (no batch).
  const single = 20_000;
  for (let i = 0; i < 2000; ++i)
    if (levenshtein(as[i], bs[i]) !== lev[i]) throw new Error(`levenshtein() differs at ${i}`);
  const [oursSingleTimed, theirsSingleTimed] = measureInterleaved(
    [
      () => {
        for (let i = 0; i < single; ++i) levenshtein(as[i], bs[i]);
      },
      () => {
        for (let i = 0; i < single; ++i) distance(as[i], bs[i]);
      },
    ],
    1500,
  );
  recordRatio('levenshtein.singleCall', oursSingleTimed, theirsSingleTimed);
  rows.push([
    'Levenshtein, one levenshtein(a, b) call per pair',
    fmt.perSec(oursSingleTimed.best / single),
    'fastest-levenshtein',
    fmt.perSec(theirsSingleTimed.best / single),
    fmt.ratio(theirsSingleTimed.best / oursSingleTimed.best),
  ]);
  const [oursDiceTimed, theirsDiceTimed] = measureInterleaved(
    [
      () => distanceBatch('similarity:dice', as, bs),
      () => {
        for (let i = 0; i < n; ++i) stringSimilarity.compareTwoStrings(as[i], bs[i]);
      },
    ],
    1500,
  );
  recordRatio('dice', oursDiceTimed, theirsDiceTimed);
  const oursDice = oursDiceTimed.best;
  const theirsDice = theirsDiceTimed.best;
  rows.push([
    'Dice bigrams',
    fmt.perSec(oursDice / n),
    'string-similarity',
    fmt.perSec(theirsDice / n),
    fmt.ratio(theirsDice / oursDice),
  ]);
  // Long ASCII passages and non-Latin scripts: Levenshtein only, checked whole before timing.
  const longRows = [];
  const setups = [
    ['100-500 char English passages with typos', 'passages', 10_000, passages(10_000, 21)],
    ['5-40 char Cyrillic', 'cyrillic', 20_000, scriptPairs(20_000, 23, CYRILLIC)],
    ['5-40 char CJK (BMP)', 'cjk', 20_000, scriptPairs(20_000, 29, CJK)],
    // unit 'utf16' is exactly fastest-levenshtein's semantics (JS .length)
    ["5-40 char ASCII, unit 'utf16'", 'asciiUtf16', 100_000, [as, bs], { unit: 'utf16' }],
    ["5-40 char Cyrillic, unit 'utf16'", 'cyrillicUtf16', 20_000, scriptPairs(20_000, 23, CYRILLIC), { unit: 'utf16' }],
    ["5-40 char with emoji, unit 'utf16'", 'emojiUtf16', 20_000, scriptPairs(20_000, 31, EMOJI_MIX), { unit: 'utf16' }],
    // each character its own grapheme here, so fastest-levenshtein's answers are the same
    ["5-40 char ASCII, unit 'grapheme'", 'asciiGrapheme', 100_000, [as, bs], { unit: 'grapheme' }],
    [
      "5-40 char Cyrillic, unit 'grapheme'",
      'cyrillicGrapheme',
      20_000,
      scriptPairs(20_000, 23, CYRILLIC),
      { unit: 'grapheme' },
    ],
  ];
  for (const [label, id, count, [xs, ys], options] of setups) {
    const got = distanceBatch('levenshtein', xs, ys, options);
    for (let i = 0; i < count; ++i)
      if (got[i] !== distance(xs[i], ys[i])) throw new Error(`levenshtein differs at ${i} (${label})`);
    // With a unit other than the default, the default unit on the same pairs too.
    const [oTimed, tTimed, dTimed] = measureInterleaved(
      [
        () => distanceBatch('levenshtein', xs, ys, options),
        () => {
          for (let i = 0; i < count; ++i) distance(xs[i], ys[i]);
        },
        ...(options ? [() => distanceBatch('levenshtein', xs, ys)] : []),
      ],
      1500,
    );
    recordRatio(`levenshtein.${id}`, oTimed, tTimed);
    const o = oTimed.best;
    const t = tTimed.best;
    // A unit other than the default, against the default unit on the same pairs (the target:
    // within 1.2x, i.e. a figure of at least 0.83).
    let vsDefault = '';
    if (options) {
      recordRatio(`levenshtein.${id}.vsDefaultUnit`, oTimed, dTimed);
      vsDefault = fmt.ratio(dTimed.best / o);
    }
    longRows.push([
      `${label} (${count / 1000}k pairs)`,
      fmt.perSec(o / count),
      fmt.perSec(t / count),
      fmt.ratio(t / o),
      vsDefault,
    ]);
  }
  const python = pythonLevenshtein(as, bs, lev);
  const candidates = strings(10_000, 9);
  const queries = strings(50, 11);
  const matcher = new Matcher(candidates);
  for (const q of queries) {
    const mine = matcher.bestMatch(q, { scorer: 'levenshteinDistance' });
    if (distance(q, closest(q, candidates)) !== distance(q, mine.candidate))
      throw new Error(`closest differs for ${q}`);
  }
  const [mqTimed, fqTimed] = measureInterleaved(
    [
      () => {
        for (const q of queries) matcher.bestMatch(q, { scorer: 'levenshteinDistance' });
      },
      () => {
        for (const q of queries) closest(q, candidates);
      },
    ],
    1500,
  );
  recordRatio('closest', mqTimed, fqTimed);
  const mq = mqTimed.best / queries.length;
  const fq = fqTimed.best / queries.length;
  const sq =
    measure(() => {
      for (const q of queries.slice(0, 10)) stringSimilarity.findBestMatch(q, candidates);
    }, 1500) / 10;
  const md =
    measure(() => {
      for (const q of queries) matcher.bestMatch(q, { scorer: 'dice' });
    }, 1500) / queries.length;
  record('findBestMatch', sq / md);

  // Now natural (see the note at the top).
  loadNatural();
  for (let i = 0; i < 2000; ++i)
    if (
      Math.abs(
        jaroWinkler(as[i], bs[i], { boostThreshold: 0, halfTranspositions: 'exact' }) -
          natural.JaroWinklerDistance(as[i], bs[i]),
      ) > 1e-9
    )
      throw new Error(
        `jaro-winkler differs at ${i}: ${JSON.stringify([as[i], bs[i], jaroWinkler(as[i], bs[i]), natural.JaroWinklerDistance(as[i], bs[i])])}`,
      );
  const oursJw = measure(
    () => distanceBatch('jaroWinkler', as, bs, { boostThreshold: 0, halfTranspositions: 'exact' }),
    1500,
  );
  const theirsJw = measure(() => {
    for (let i = 0; i < n; ++i) natural.JaroWinklerDistance(as[i], bs[i]);
  }, 1500);
  if (python) {
    record('pythonLevenshtein', python.levenshtein / (ours / n));
    rows.splice(1, 0, [
      'Levenshtein',
      fmt.perSec(ours / n),
      'python-Levenshtein',
      fmt.perSec(python.levenshtein),
      fmt.ratio(python.levenshtein / (ours / n)),
    ]);
  }
  rows.push([
    'Jaro-Winkler (natural semantics)',
    fmt.perSec(oursJw / n),
    'natural',
    fmt.perSec(theirsJw / n),
    fmt.ratio(theirsJw / oursJw),
  ]);
  if (python) {
    const oursJwDefault = measure(() => distanceBatch('jaroWinkler', as, bs), 1500);
    record('pythonJaroWinkler', python.jaroWinkler / (oursJwDefault / n));
    rows.push([
      'Jaro-Winkler (default; timing only*)',
      fmt.perSec(oursJwDefault / n),
      'python-Levenshtein',
      fmt.perSec(python.jaroWinkler),
      fmt.ratio(python.jaroWinkler / (oursJwDefault / n)),
    ]);
  }
  if (python?.partialRatio) {
    // RapidFuzz's exact partial_ratio against thefuzz's heuristic one (matching blocks): the answers
    // differ where the heuristic misses the best alignment, so only the speed is compared.
    const oursPartial = measure(() => distanceBatch('similarity:partialRatio', as, bs), 1500);
    record('thefuzzPartialRatio', python.partialRatio / (oursPartial / n));
    rows.push([
      'partialRatio (timing only†)',
      fmt.perSec(oursPartial / n),
      'thefuzz partial_ratio',
      fmt.perSec(python.partialRatio),
      fmt.ratio(python.partialRatio / (oursPartial / n)),
    ]);
  }
  const theirsAfter = measure(() => {
    for (let i = 0; i < n; ++i) distance(as[i], bs[i]);
  }, 1500);
  table(
    `${n} pairs of 5-40 character strings (simkit batch API)`,
    ['metric', 'simkit pairs/s', 'peer', 'peer pairs/s', 'simkit speed-up'],
    rows,
  );
  if (python) {
    console.log(
      "(* python-Levenshtein 0.12's Jaro-Winkler is another definition: a wider match window and an always-on boost, so its answers differ and only its speed is compared)",
    );
    if (python.partialRatio)
      console.log(
        "(† thefuzz 0.19's partial_ratio aligns at matching blocks only and rounds to an integer; simkit's tries every alignment RapidFuzz's exact search does)",
      );
  } else {
    console.log('(python-Levenshtein rows left out: /usr/bin/python3 with python3-levenshtein not found)');
  }
  console.log(
    `(fastest-levenshtein measured before natural was loaded; after loading it: ${fmt.perSec(theirsAfter / n)}, ${fmt.ratio(theirsAfter / ours)} — not the figure above)`,
  );
  table(
    'Levenshtein on long and non-Latin strings (simkit distanceBatch vs fastest-levenshtein distance() in a loop; before natural was loaded)',
    ['pairs', 'simkit pairs/s', 'fastest-levenshtein pairs/s', 'simkit speed-up', 'speed vs the default unit'],
    longRows,
  );
  table(
    'Best match of one query among 10,000 candidates (prepared Matcher)',
    ['implementation', 'queries/s', 'simkit speed-up'],
    [
      ['simkit Matcher, levenshteinDistance', fmt.perSec(mq), '1.00x'],
      ['fastest-levenshtein closest()', fmt.perSec(fq), fmt.ratio(fq / mq)],
      ['simkit Matcher, dice', fmt.perSec(md), ''],
      ['string-similarity findBestMatch()', fmt.perSec(sq), `${fmt.ratio(sq / md)} (vs simkit dice)`],
    ],
  );
  matcher.dispose();
}

/**
 * python-Levenshtein on the same pairs in a Python process (distance_python.py): its
 * Levenshtein distances checked equal to simkit's `lev` first, then ns per pair of a loop of
 * calls for distance() and jaro_winkler(). Null when Debian's python3-levenshtein is missing.
 */
function pythonLevenshtein(as, bs, lev) {
  const input = saveInput('distance-pairs.json', JSON.stringify([as, bs]));
  const script = new URL('distance_python.py', import.meta.url).pathname;
  let out;
  try {
    out = JSON.parse(execFileSync('/usr/bin/python3', [script, input], { encoding: 'utf8', stdio: 'pipe' }));
  } catch {
    return null;
  }
  out.distances.forEach((d, i) => {
    if (d !== lev[i]) throw new Error(`python-Levenshtein differs at ${i}`);
  });
  return out;
}
