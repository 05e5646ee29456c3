// Stylometry: profile speed (1 MB in Node vs native vs a plain-JS Map count of the same
// features, checked equal first); attribution accuracy on a classic corpus, the New Testament
// (King James Version, public domain, Debian's bible-kjv) by traditional author — leave-one-out
// by chunk and by whole book, the disputed Pauline epistles — and PAN-style verification pairs
// across books, calibrated on one half and scored on the other (AUC, c@1, F0.5u, F1, Brier);
// modern prose by distinct people: Debian changelog entries grouped by maintainer; and first,
// the PAN 2013-2015 training splits cross-validated (style-pan.mjs).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { AuthorshipModel, AuthorshipVerifier, evaluateVerification, styleProfile } from 'simkit';
import { englishCorpus, fmt, measure, native, saveInput, table } from '../lib.mjs';
import { STYLE_AUTHOR_A, STYLE_AUTHOR_B } from '../../tests/golden/style-cases.mjs';
import { run as panTrainingSplits } from './style-pan.mjs';

/** The obvious JS: lower-cased word and code-point 3-gram counts in Maps, sentence lengths. */
function plainJsProfile(text) {
  const words = new Map();
  const grams = new Map();
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const m of t.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) words.set(m[0], (words.get(m[0]) ?? 0) + 1);
  const cps = [...t];
  for (let i = 0; i + 3 <= cps.length; ++i) {
    const g = cps[i] + cps[i + 1] + cps[i + 2];
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  const sentences = t
    .split(/[.!?…]+/)
    .map((s) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length)
    .filter((n) => n > 0);
  return { words, grams, sentences: sentences.length };
}

function profileSpeed() {
  let text = englishCorpus();
  while (text.length < 1 << 20) text += text;
  text = text.slice(0, 1 << 20);
  const bytes = new TextEncoder().encode(text);
  const mine = styleProfile(text, { top: 20 });
  const theirs = plainJsProfile(text);
  const jsTop = [...theirs.words].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 20);
  if (JSON.stringify(jsTop) !== JSON.stringify(mine.topWords.map((w) => [w.text, w.count])))
    throw new Error('style: plain-JS word counts differ');
  const ours = measure(() => styleProfile(text), 1500);
  const js = measure(() => plainJsProfile(text), 1500);
  const nat = native('style-profile', saveInput('style-1mb.txt', bytes));
  table(
    `Profile of 1 MB of English (${bytes.length} bytes; words, char 3-grams, punctuation, lengths)`,
    ['implementation', 'ms', 'MB/s', 'simkit speed-up'],
    [
      ['simkit styleProfile (Node)', (ours / 1e6).toFixed(1), fmt.rate(bytes.length / ours), '1.00x'],
      [
        'simkit native (same C++)',
        nat === null ? 'n/a' : (nat / 1e6).toFixed(1),
        nat === null ? 'n/a' : fmt.rate(bytes.length / nat),
        nat === null ? 'n/a' : `wasm tax ${fmt.ratio(ours / nat)}`,
      ],
      [
        'plain JS Maps (same words and 3-grams)',
        (js / 1e6).toFixed(1),
        fmt.rate(bytes.length / js),
        fmt.ratio(js / ours),
      ],
    ],
  );
}

const NT = {
  Paul: ['Rom', '1Co', '2Co', 'Gal', 'Php', '1Th', 'Phm'],
  Luke: ['Lu', 'Ac'],
  John: ['Joh', '1Jo', '2Jo', '3Jo'],
  Matthew: ['Mt'],
  Mark: ['Mr'],
};
const DISPUTED = [
  ['Heb', 'Hebrews'],
  ['Eph', 'Ephesians'],
  ['Col', 'Colossians'],
  ['2Th', '2 Thessalonians'],
  ['1Ti', '1 Timothy'],
  ['2Ti', '2 Timothy'],
  ['Tit', 'Titus'],
  ['Re', 'Revelation'],
  ['1Pe', '1 Peter'],
  ['2Pe', '2 Peter'],
  ['Jas', 'James'],
  ['Jude', 'Jude'],
];
const OT = [
  'Ge',
  'Ex',
  'De',
  'Jos',
  'Jdg',
  '1Sa',
  '2Ki',
  'Isa',
  'Jer',
  'Eze',
  'Ps',
  'Pr',
  'Ec',
  'Job',
  'Da',
  'Ho',
  'Am',
  'Ne',
  'Es',
  'Ru',
];

function book(b) {
  return execFileSync('bible', [`${b}1:1-${b}199:999`], { encoding: 'utf8', maxBuffer: 64 << 20 })
    .replace(/^\s*\S+ \d+\s*$/gm, ' ')
    .replace(/^\s*\d+ /gm, ' ');
}
function chunks(text, words) {
  const w = text.split(/\s+/).filter(Boolean);
  const out = [];
  for (let i = 0; i + words <= w.length || (i === 0 && w.length); i += words) out.push(w.slice(i, i + words).join(' '));
  return out;
}

function attribution(training, byBook) {
  const authors = [...new Set(training.map((t) => t.author))];
  const majority = Math.max(...authors.map((a) => training.filter((t) => t.author === a).length)) / training.length;
  const rows = [];
  for (const method of ['cosine', 'burrows', 'eder']) {
    for (const mfw of [100, 300, 1000]) {
      const model = new AuthorshipModel(training, { mfw, method });
      const loo = model.leaveOneOut();
      model.dispose();
      // Leave one book out: every chunk of a book attributed by a model that saw none of it.
      let correct = 0;
      let evaluated = 0;
      for (const [b, author] of byBook) {
        if (NT[author].length < 2) continue;
        const held = training.filter((t) => t.book === b);
        const m = new AuthorshipModel(
          training.filter((t) => t.book !== b),
          { mfw, method },
        );
        for (const t of held) {
          ++evaluated;
          if (m.attribute(t.text, { explain: 0 }).author === author) ++correct;
        }
        m.dispose();
      }
      rows.push([
        `${method} delta`,
        mfw,
        `${loo.accuracy.toFixed(3)} (${loo.correct}/${loo.evaluated})`,
        `${(correct / evaluated).toFixed(3)} (${correct}/${evaluated})`,
      ]);
    }
  }
  rows.push(['majority class', '', majority.toFixed(3), '']);
  table(
    `Attribution, New Testament (KJV) by traditional author: ${training.length} chunks of 1500 words, ${authors.length} authors`,
    ['method', 'MFW', 'leave-one-chunk-out accuracy', 'leave-one-book-out accuracy (Paul, Luke, John)'],
    rows,
  );

  const model = new AuthorshipModel(training, { mfw: 300 });
  table(
    'Disputed and other books attributed as a whole (cosine delta, 300 MFW, trained on all chunks above)',
    ['book', 'attributed to', 'runner-up', 'margin', 'top features for the winner'],
    DISPUTED.map(([b, name]) => {
      const r = model.attribute(book(b), { explain: 5 });
      return [name, r.author, r.runnerUp, r.margin.toFixed(3), r.explanation.for.map((e) => e.feature).join(', ')];
    }),
  );
  model.dispose();
}

function verification(byBookChunks, impostors) {
  // Problems: a known chunk and an unknown chunk from another book; same author when both books
  // are by one author (Paul, Luke, John), else different. Deterministic selection.
  const problems = [];
  const entries = [...byBookChunks];
  for (let i = 0; i < entries.length; ++i) {
    for (let j = 0; j < entries.length; ++j) {
      if (i === j) continue;
      const [bi, ai, ci] = entries[i];
      const [bj, aj, cj] = entries[j];
      const same = ai === aj;
      for (let k = 0; k < (same ? 2 : 1); ++k) {
        problems.push({
          known: [ci[(k * 7 + j) % ci.length]],
          unknown: cj[(k * 5 + i) % cj.length],
          sameAuthor: same,
          pair: `${bi}/${bj}`,
        });
      }
    }
  }
  const halves = [problems.filter((_, i) => i % 2 === 0), problems.filter((_, i) => i % 2 === 1)];
  const rows = [];
  const variants = [
    ['general impostors (char 4-grams, min-max), Old Testament impostors', { method: 'impostors', impostors }],
    [
      "general impostors, impostors: 'others' (the other problems' texts)",
      { method: 'impostors', impostors: 'others' },
    ],
    ['combined (default: character language model both ways + cosine), no impostors', {}],
    ['char 4-gram cosine (PAN baseline)', { method: 'cosine' }],
  ];
  for (const [name, options] of variants) {
    const truth = [];
    const scores = [];
    let ms = 0;
    for (let h = 0; h < 2; ++h) {
      const v = new AuthorshipVerifier(options);
      v.calibrate(halves[1 - h]);
      const t0 = performance.now();
      for (const r of v.verifyMany(halves[h], { explain: 0 })) scores.push(r.score);
      for (const p of halves[h]) truth.push(p.sameAuthor);
      ms += performance.now() - t0;
      v.dispose();
    }
    const e = evaluateVerification(truth, scores);
    rows.push([
      name,
      ...[e.auc, e.cAt1, e.f05u, e.f1, e.brier, e.overall].map((x) => x.toFixed(3)),
      `${(ms / problems.length).toFixed(1)} ms`,
    ]);
  }
  const pos = problems.filter((p) => p.sameAuthor).length;
  table(
    `Verification, NT (KJV): ${problems.length} problems (${pos} same-author across books, ${problems.length - pos} different), ${impostors.length} impostor chunks from the Old Testament; band calibrated on one half, scored on the other`,
    ['method', 'AUC', 'c@1', 'F0.5u', 'F1', 'Brier', 'overall', 'time/problem'],
    rows,
  );
}

/**
 * Modern prose by distinct people: Debian changelog entries on this machine, grouped by the
 * maintainer who signed them and by package — so every text of one person is about a different
 * package (attribution across topics). Deterministic for a given machine's installed packages.
 */
function changelogCorpus() {
  const byKey = new Map();
  let files = [];
  try {
    files = readdirSync('/usr/share/doc').sort();
  } catch {
    return [];
  }
  for (const pkg of files) {
    let raw;
    try {
      raw = gunzipSync(readFileSync(`/usr/share/doc/${pkg}/changelog.Debian.gz`)).toString('utf8');
    } catch {
      continue;
    }
    let body = [];
    for (const line of raw.split('\n')) {
      const sig = /^ -- ([^<]+?)\s*</.exec(line);
      if (sig) {
        const key = `${sig[1]}\t${pkg}`;
        if (!byKey.has(key)) byKey.set(key, []);
        byKey.get(key).push(body.join('\n'));
        body = [];
      } else if (/^\S/.test(line)) {
        body = []; // an entry header: "package (version) distribution; urgency=..."
      } else if (line.trim() && !/^\s*\[ .* \]\s*$/.test(line)) {
        // "[ Name ]" lines of team uploads name the author: left out, as are e-mail addresses.
        body.push(line.trim().replace(/<[^>\s]+@[^>\s]+>|\S+@\S+\.\w+/g, ' '));
      }
    }
  }
  const byAuthor = new Map();
  for (const [key, entries] of byKey) {
    const [author, pkg] = key.split('\t');
    const words = entries.join('\n').split(/\s+/).filter(Boolean);
    if (words.length < 200) continue;
    if (!byAuthor.has(author)) byAuthor.set(author, []);
    byAuthor.get(author).push({ author, book: pkg, text: words.slice(0, 3000).join(' ') });
  }
  return [...byAuthor.values()]
    .filter((t) => t.length >= 4)
    .sort((a, b) => b.length - a.length || (a[0].author < b[0].author ? -1 : 1))
    .slice(0, 10)
    .flatMap((t) => t.slice(0, 12));
}

function changelogs() {
  const corpus = changelogCorpus();
  const authors = [...new Set(corpus.map((t) => t.author))];
  if (authors.length < 3) {
    console.log(
      '\n(style: fewer than three Debian maintainers with four packages of changelog text on this machine; skipped)',
    );
    return;
  }
  const majority = Math.max(...authors.map((a) => corpus.filter((t) => t.author === a).length)) / corpus.length;
  const rows = [];
  for (const [method, mfw] of [
    ['cosine', 300],
    ['cosine', 1000],
    ['burrows', 300],
    ['eder', 300],
  ]) {
    const model = new AuthorshipModel(corpus, { mfw, method });
    const loo = model.leaveOneOut();
    model.dispose();
    const chars = new AuthorshipModel(corpus, { mfw: 0, mfc: 2000, ngramSize: 4, method });
    const looChars = chars.leaveOneOut();
    chars.dispose();
    rows.push([
      `${method} delta`,
      mfw,
      `${loo.accuracy.toFixed(3)} (${loo.correct}/${loo.evaluated})`,
      `${looChars.accuracy.toFixed(3)}`,
    ]);
  }
  rows.push(['majority class', '', majority.toFixed(3), '']);
  table(
    `Attribution, Debian changelogs on this machine: ${corpus.length} texts (each one maintainer's entries for one package, 200-3000 words) by ${authors.length} maintainers; leave one package out`,
    ['method', 'MFW', 'accuracy (words)', 'accuracy (2000 char 4-grams)'],
    rows,
  );
  // Verification: pairs of texts of one maintainer (different packages) and of two maintainers.
  const problems = [];
  for (let i = 0; i < corpus.length; ++i) {
    for (let j = i + 1; j < corpus.length; ++j) {
      const same = corpus[i].author === corpus[j].author;
      if (same ? (i + j) % 2 === 0 : (i * 7 + j) % 11 === 0)
        problems.push({ known: [corpus[i].text], unknown: corpus[j].text, sameAuthor: same });
    }
  }
  const halves = [problems.filter((_, i) => i % 2 === 0), problems.filter((_, i) => i % 2 === 1)];
  const vrows = [];
  for (const [name, options] of [
    ["general impostors, impostors: 'others'", { method: 'impostors', impostors: 'others' }],
    ['combined (default), no impostors', {}],
    ['char 4-gram cosine (PAN baseline)', { method: 'cosine' }],
  ]) {
    const truth = [];
    const scores = [];
    for (let h = 0; h < 2; ++h) {
      const v = new AuthorshipVerifier(options);
      v.calibrate(halves[1 - h]);
      for (const r of v.verifyMany(halves[h], { explain: 0 })) scores.push(r.score);
      for (const p of halves[h]) truth.push(p.sameAuthor);
      v.dispose();
    }
    const e = evaluateVerification(truth, scores);
    vrows.push([name, ...[e.auc, e.cAt1, e.f05u, e.f1, e.brier, e.overall].map((x) => x.toFixed(3))]);
  }
  const pos = problems.filter((p) => p.sameAuthor).length;
  table(
    `Verification, Debian changelogs: ${problems.length} pairs (${pos} same maintainer, different packages; ${problems.length - pos} different maintainers); band calibrated on one half, scored on the other`,
    ['method', 'AUC', 'c@1', 'F0.5u', 'F1', 'Brier', 'overall'],
    vrows,
  );
}

export async function run() {
  await panTrainingSplits();
  profileSpeed();
  const fixture = [
    ...STYLE_AUTHOR_A.map((text) => ({ author: 'A', text })),
    ...STYLE_AUTHOR_B.map((text) => ({ author: 'B', text })),
  ];
  const small = new AuthorshipModel(fixture, { mfw: 50 }).leaveOneOut();
  console.log(
    `\nSelf-written fixture (tests/golden/style-cases.mjs, 2 authors x 4 paragraphs): leave-one-out accuracy ${small.correct}/${small.evaluated}`,
  );
  changelogs();
  try {
    execFileSync('bible', ['Joh3:16'], { stdio: 'ignore' });
  } catch {
    console.log(
      "\n(style: Debian's bible-kjv is not installed — `apt-get install bible-kjv` — so the New Testament corpus is skipped)",
    );
    return;
  }
  const training = [];
  const byBook = [];
  const byBookChunks = [];
  for (const [author, books] of Object.entries(NT)) {
    for (const b of books) {
      const cs = chunks(book(b), 1500);
      byBook.push([b, author]);
      byBookChunks.push([b, author, cs]);
      for (const text of cs) training.push({ author, text, book: b });
    }
  }
  attribution(training, byBook);
  const impostors = OT.flatMap((b) => chunks(book(b), 1500).slice(0, 2));
  verification(
    byBookChunks.filter(([, a]) => ['Paul', 'Luke', 'John', 'Matthew', 'Mark'].includes(a)),
    impostors,
  );
}
