// Every CLI command's --help and every flag, run on real files in a temp folder: each flag
// changes the output as the package computes it with the same option, and flags or values
// that do not apply are usage errors (exit 2) naming the flag, never silently ignored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthorshipModel, extract, init, MinHasher, setSimilarity, VERSION, WinnowIndex } from 'simkit';
import { STYLE_AUTHOR_A, STYLE_AUTHOR_B, STYLE_UNKNOWN } from '../golden/style-cases.mjs';

await init();
const dist = new URL('../../npm/dist/cli/', import.meta.url);
const cli = new URL('main.js', dist).pathname;
let dir;

function run(...args) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function json(...args) {
  const r = run(...args);
  assert.equal(r.code, 0, `${args.join(' ')}: ${r.err}`);
  return JSON.parse(r.out);
}
const write = (path, text) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};
const read = (path) => readFileSync(join(dir, path), 'utf8');

// Shared passages: P is in all three essays, Q only in x and y.
const P =
  'The lighthouse keeper climbed the spiral stairs every evening at dusk to light the great lamp for the ships.';
const Q = 'Bees communicate the direction and distance of flowers to their sisters by dancing on the honeycomb.';
const ESSAYS = {
  'essays/x.txt': `${P} My own opening words about the sea. ${Q}`,
  'essays/y.txt': `A different start entirely, written by someone else. ${Q} ${P}`,
  'essays/z.txt': `${P} Nothing here about insects, only trains and timetables and stations.`,
};

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'simkit-cli-flags-'));
  for (const [path, text] of Object.entries(ESSAYS)) write(path, text);
  for (const path of ['inc/a.txt', 'inc/b.md', 'inc/c.text', 'inc/d.rst', 'inc/sub/e.txt'])
    write(path, `document ${path} with a few words`);
  write(
    'named.jsonl',
    [
      { name: 'first', body: P },
      { name: 'second', body: Q },
    ]
      .map((x) => JSON.stringify(x))
      .join('\n'),
  );
  write('cities.txt', ['Paris', 'Parma', 'Pari', '🇫🇷 Paris', 'London', 'Zürich'].join('\n'));
  for (const [name, texts] of [
    ['Formal', STYLE_AUTHOR_A],
    ['Chatty', STYLE_AUTHOR_B],
  ])
    texts.forEach((t, i) => write(`authors/${name}/${i}.txt`, t));
  write('unknown.txt', STYLE_UNKNOWN[0]);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('--help of every command documents every flag it accepts; --version prints VERSION', async () => {
  const top = run('--help');
  assert.equal(top.code, 0);
  const names = [...top.out.split('Commands:\n')[1].matchAll(/^ {2}(\w+) /gm)].map((m) => m[1]);
  assert.deepEqual(names.sort(), ['author', 'compare', 'dedup', 'index', 'match', 'plagiarism', 'sign']);
  for (const name of names) {
    const { [name]: command } = await import(new URL(`commands/${name}.js`, dist));
    for (const h of [run(name, '--help'), run(name, '-h')]) {
      assert.equal(h.code, 0, name);
      assert.ok(h.out.startsWith(`Usage: simkit ${name}`), name);
      assert.match(h.out, /Examples:\n {2}simkit /);
      for (const flag of Object.keys(command.flags)) {
        if (flag !== 'help')
          assert.match(h.out, new RegExp(`--${flag}\\b`), `${name} --help does not mention --${flag}`);
      }
    }
  }
  const pkg = JSON.parse(readFileSync(new URL('../../npm/package.json', import.meta.url), 'utf8'));
  assert.equal(VERSION, pkg.version);
  for (const flag of ['--version', '-v']) assert.deepEqual(run(flag), { code: 0, out: `${VERSION}\n`, err: '' });
});

/** What the CLI's plagiarism table holds, computed with the package. */
function plagiarismRows(options, pairOptions) {
  const index = new WinnowIndex(options);
  for (const [path, text] of Object.entries(ESSAYS)) index.add(path.slice('essays/'.length), text);
  const rows = index.pairs({ limit: 50, passages: true, ...pairOptions }).map((p, i) => ({
    rank: i + 1,
    a: p.a,
    b: p.b,
    similarity: p.similarity,
    coverageA: p.match.coverageA,
    coverageB: p.match.coverageB,
    passages: p.match.passages.length,
  }));
  index.dispose();
  return rows;
}

test('plagiarism --window, --max-df and --threshold: the pairs the package finds with the same options', () => {
  const pairs = (...args) => {
    // --format json: { pairs, notRead }
    const out = json(...args);
    assert.deepEqual(out.notRead, []);
    return out.pairs;
  };
  const base = pairs('plagiarism', 'essays', '--ngram-size', '15', '--format', 'json');
  assert.deepEqual(base, plagiarismRows({ ngramSize: 15, window: 10 }, { threshold: 0.05 }));
  assert.equal(base.length, 3);
  const window = pairs('plagiarism', 'essays', '--ngram-size', '15', '--window', '3', '--format', 'json');
  assert.deepEqual(window, plagiarismRows({ ngramSize: 15, window: 3 }, { threshold: 0.05 }));
  assert.notDeepEqual(
    window.map((r) => r.similarity),
    base.map((r) => r.similarity),
  );
  // P's fingerprints are in all three documents: with --max-df 2 only x and y (sharing Q) pair.
  const maxDf = pairs('plagiarism', 'essays', '--ngram-size', '15', '--max-df', '2', '--format', 'json');
  assert.deepEqual(maxDf, plagiarismRows({ ngramSize: 15, window: 10, maxDocumentFrequency: 2 }, { threshold: 0.05 }));
  assert.deepEqual(
    maxDf.map((r) => [r.a, r.b].sort()),
    [['x.txt', 'y.txt']],
  );
  const cut = (base[0].similarity + base[1].similarity) / 2; // between the best pair and the next
  const minScore = pairs('plagiarism', 'essays', '--ngram-size', '15', '--threshold', String(cut), '--format', 'json');
  assert.deepEqual(minScore, plagiarismRows({ ngramSize: 15, window: 10 }, { threshold: cut }));
  assert.ok(minScore.length >= 1 && minScore.length < base.length && minScore.every((r) => r.similarity >= cut));
});

test('--include, --exclude, --field and --id-field choose the documents and their keys', () => {
  const keys = (...args) =>
    run('sign', ...args)
      .out.trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l).key);
  assert.deepEqual(keys('inc'), ['a.txt', 'b.md', 'c.text', 'sub/e.txt']);
  assert.deepEqual(keys('inc', '--include', '*.rst'), ['d.rst']);
  assert.deepEqual(keys('inc', '--include', '*.rst', '--include', '*.md'), ['b.md', 'd.rst']);
  assert.deepEqual(keys('inc', '--exclude', 'sub'), ['a.txt', 'b.md', 'c.text']);
  assert.deepEqual(keys('inc', '--exclude', '*.md', '--exclude', '*.text'), ['a.txt', 'sub/e.txt']);
  assert.deepEqual(keys('named.jsonl', '--field', 'body', '--id-field', 'name'), ['first', 'second']);
  assert.deepEqual(keys('named.jsonl', '--field', 'body'), ['named.jsonl:1', 'named.jsonl:2']);
});

test('--analyzer and --ngram-size: sign and compare use them as the package does', () => {
  const text = ESSAYS['essays/x.txt'];
  const [row] = run('sign', 'essays/x.txt', '--analyzer', 'char', '--ngram-size', '4')
    .out.trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(row.analyzer, 'char');
  assert.equal(row.ngramSize, 4);
  // the deprecated field names are still written, with the same values
  assert.equal(row.shingle, 'char');
  assert.equal(row.size, 4);
  const raw = Buffer.from(row.signature, 'base64');
  const signature = new Uint32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length));
  const hasher = (options) => new MinHasher({ numPerm: row.numPerm, scheme: row.scheme, seed: row.seed, ...options });
  assert.deepEqual(signature, hasher({ analyzer: 'char', ngramSize: 4 }).sign(text));
  assert.notDeepEqual(signature, hasher({}).sign(text));
  const compared = json('compare', 'essays/x.txt', 'essays/y.txt', '--analyzer', 'char', '--format', 'json');
  assert.equal(
    compared.jaccard,
    setSimilarity(text, ESSAYS['essays/y.txt'], { analyzer: 'char', ngramSize: 5 }).jaccard,
  );
  assert.notEqual(compared.jaccard, setSimilarity(text, ESSAYS['essays/y.txt']).jaccard);
});

test('index query --threshold keeps matches at or above it', () => {
  write('near/a.txt', `${P} ${Q}`);
  write('near/b.txt', `${P} ${Q}`.replace('evening', 'morning'));
  assert.equal(run('index', 'build', 'near', '--out', 'near.skindex', '--threshold', '0.5').code, 0);
  const all = json('index', 'query', 'near.skindex', 'near/a.txt', '--format', 'json');
  assert.deepEqual(all.map((m) => m.match).sort(), ['a.txt', 'b.txt']);
  const b = all.find((m) => m.match === 'b.txt').similarity;
  assert.ok(b < 1);
  const strict = json(
    'index',
    'query',
    'near.skindex',
    'near/a.txt',
    '--threshold',
    String((b + 1) / 2),
    '--format',
    'json',
  );
  assert.deepEqual(
    strict.map((m) => [m.match, m.similarity]),
    [['a.txt', 1]],
  );
});

test("match --threshold and --unit: the package's extract with the same options", () => {
  const candidates = read('cities.txt').split('\n');
  const cut = json('match', 'Pariss', '--in', 'cities.txt', '--limit', '10', '--threshold', '0.6', '--format', 'json');
  const expected = extract('Pariss', candidates, { limit: 10, threshold: 0.6 });
  assert.deepEqual(
    cut.map((r) => [r.candidate, r.score]),
    expected.map((m) => [m.candidate, m.score]),
  );
  assert.ok(cut.length >= 2 && cut.length < candidates.length);
  for (const unit of ['grapheme', 'utf16']) {
    const rows = json('match', '🇫🇷Paris', '--in', 'cities.txt', '--limit', '1', '--unit', unit, '--format', 'json');
    const [best] = extract('🇫🇷Paris', candidates, { limit: 1, unit });
    assert.deepEqual([rows[0].candidate, rows[0].score], [best.candidate, best.score], unit);
  }
  const [codepoint] = json('match', '🇫🇷Paris', '--in', 'cities.txt', '--limit', '1', '--format', 'json');
  const [grapheme] = json(
    'match',
    '🇫🇷Paris',
    '--in',
    'cities.txt',
    '--limit',
    '1',
    '--unit',
    'grapheme',
    '--format',
    'json',
  );
  assert.notEqual(codepoint.score, grapheme.score); // the flag is not ignored
});

test('author --mfc: attribution with character n-gram features, as AuthorshipModel', () => {
  const [row] = json(
    'author',
    '--authors',
    'authors',
    'unknown.txt',
    '--mfw',
    '0',
    '--mfc',
    '150',
    '--explain',
    '0',
    '--format',
    'json',
  );
  // In the order the CLI reads the folder (sorted), so that sums round alike.
  const training = [
    ...STYLE_AUTHOR_B.map((text) => ({ author: 'Chatty', text })),
    ...STYLE_AUTHOR_A.map((text) => ({ author: 'Formal', text })),
  ];
  const model = new AuthorshipModel(training, { mfw: 0, mfc: 150 });
  const expected = model.attribute(STYLE_UNKNOWN[0]);
  assert.ok(
    model.features.length > 0 && model.features.every((f) => f.kind !== 'word'),
    JSON.stringify(model.features.slice(0, 3)),
  );
  model.dispose();
  assert.equal(row.author, expected.author);
  assert.deepEqual(
    row.ranking.map((r) => [r.author, r.distance]),
    expected.ranking.map((r) => [r.author, r.distance]),
  );
});

test('flags and values that do not apply are usage errors naming them', () => {
  const cases = [
    [['sign', 'essays', '--format', 'csv'], /--format applies to --bands/],
    [['sign', 'essays', '--threshold', '0.7'], /--threshold applies to --bands/],
    [['sign', 'essays', '--bands', '--format', 'xml'], /--format must be one of csv, parquet, got "xml"/],
    [['sign', 'essays', '--bands', '--format', 'json'], /--format must be one of csv, parquet, got "json"/],
    [['sign', 'essays', '--bands', '--binary', 's.sksg'], /--binary and --bands are alternatives/],
    [['sign', 'essays', '--bands', '--format', 'parquet'], /--format parquet needs --out FILE/],
    [['sign', 'essays', '--bands', '--threshold', '1.5'], /--threshold must be a number in \[0.01, 0.99\]/],
    [['sign', 'essays', '--out', 's.jsonl', '--binary', 's.sksg'], /--out and --binary are alternatives/],
    [['index', 'build', 'essays', '--out', 'e.skindex', '--format', 'json'], /--format applies to 'index query'/],
    [
      ['index', 'build', 'essays', '--out', 'e.skindex', '--min-similarity', '0.5'],
      /--min-similarity applies to 'index query'/,
    ],
    [['index', 'query', 'near.skindex', 'near/a.txt', '--num-perm', '64'], /--num-perm applies to 'index build'/],
    [['index', 'query', 'near.skindex', 'near/a.txt', '--out', 'x'], /--out applies to 'index build'/],
    [
      ['compare', 'essays/x.txt', 'essays/y.txt', '--passages', '--format', 'csv'],
      /--passages lists passages in table and json output, not csv/,
    ],
    [['author', '--known', 'authors/Formal', 'unknown.txt', '--mfw', '50'], /--mfw applies to attribution/],
    [['author', '--authors', 'authors', 'unknown.txt', '--seed', '3'], /--seed applies to verification/],
    [['author', '--authors', 'authors', 'unknown.txt', '--band', '0.2,0.3'], /--band applies to verification/],
    [['author', '--pairs', 'pairs.jsonl', '--band', '0.2,0.3'], /--band does not apply to --pairs/],
    [['author', '--pairs', 'pairs.jsonl', 'unknown.txt'], /--pairs reads its texts from the file/],
    [['author', '--authors', 'authors', 'unknown.txt', '--distortion', 'none'], /--distortion applies to verification/],
    [
      ['author', '--known', 'authors/Formal', 'unknown.txt', '--distortion', 'mask'],
      /--distortion must be one of mask-content-words, none, got "mask"/,
    ],
    [
      [
        'author',
        '--known',
        'authors/Formal',
        'unknown.txt',
        '--method',
        'cosine',
        '--distortion',
        'mask-content-words',
      ],
      /--distortion mask-content-words needs --method combined/,
    ],
    [
      ['author', '--pairs', 'pairs.jsonl', '--method', 'impostors', '--distortion', 'mask-content-words'],
      /--distortion mask-content-words needs --method combined/,
    ],
    [
      ['compare', 'essays/x.txt', 'essays/y.txt', '--format', 'xml'],
      /--format must be one of table, json, csv, got "xml"/,
    ],
    [
      ['compare', 'essays/x.txt', 'essays/y.txt', '--analyzer', 'line'],
      /--analyzer must be one of word, char, got "line"/,
    ],
    [['sign', 'essays', '--scheme', 'minhash'], /--scheme must be one of oph, classic, got "minhash"/],
    [
      ['match', 'Paris', '--in', 'cities.txt', '--unit', 'byte'],
      /--unit must be one of codepoint, utf16, grapheme, got "byte"/,
    ],
    [['match', 'Paris', '--in', 'cities.txt', '--scorer', 'soundex'], /--scorer must be one of/],
    [
      ['match', 'Paris', '--in', 'cities.txt', '--threshold', '1.5'],
      /--threshold must be a number in \[0, 1\], got "1.5"/,
    ],
    [['plagiarism', 'essays', '--window', '0'], /--window must be an integer in \[1, 1024\], got "0"/],
    [['plagiarism', 'essays', '--max-df', '-1'], /--max-df must be an integer/],
    [['plagiarism', 'essays', '--threshold', 'high'], /--threshold must be a number/],
    [['author', '--authors', 'authors', 'unknown.txt', '--mfc', '1.5'], /--mfc must be an integer/],
  ];
  write('pairs.jsonl', `${JSON.stringify({ id: '1', pair: [P, Q] })}\n`);
  for (const [args, message] of cases) {
    const r = run(...args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, message, args.join(' '));
    assert.equal(r.out, '', args.join(' '));
  }
});
