// The simkit CLI run as a user runs it, on real files in a temp folder: outputs, reports,
// exit codes, and bad inputs (unreadable, not what the name says, malformed JSONL) reported by name.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STYLE_AUTHOR_A, STYLE_AUTHOR_B, STYLE_UNKNOWN } from '../golden/style-cases.mjs';
import { AuthorshipVerifier, init } from 'simkit';
import { syntheticWriter } from './helpers.mjs';

await init();

const cli = new URL('../../npm/dist/cli/main.js', import.meta.url).pathname;
let dir;

const source =
  'Photosynthesis is the process by which green plants and some other organisms use sunlight to synthesize foods from carbon dioxide and water. It generally involves the green pigment chlorophyll.';
const copy =
  'As my essay explains, photosynthesis is the process by which green plants and some other organisms use sunlight to synthesize foods from carbon dioxide and water. I find this fascinating.';
const own = 'The French Revolution began in 1789 and transformed the political landscape of Europe for decades.';
const assignment = 'Write one paragraph about a topic of your choice.';

function run(...args) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'simkit-cli-'));
  mkdirSync(join(dir, 'essays/nested'), { recursive: true });
  mkdirSync(join(dir, 'sources'));
  writeFileSync(join(dir, 'essays/alice.txt'), `${assignment}\n\n${copy}`);
  writeFileSync(join(dir, 'essays/nested/bob.md'), `${assignment}\n\n${own}`);
  writeFileSync(join(dir, 'essays/notes.pdf'), 'not a text file');
  writeFileSync(join(dir, 'essays/broken.txt'), Buffer.from([0x61, 0x62, 0xff, 0xfe, 0x63]));
  writeFileSync(join(dir, 'sources/wiki.txt'), source);
  writeFileSync(join(dir, 'assignment.txt'), assignment);
  writeFileSync(
    join(dir, 'docs.jsonl'),
    [
      JSON.stringify({ id: 'j1', body: copy }),
      '{"id": "j2", "body": ',
      JSON.stringify({ id: 'j3', title: 'no body' }),
      JSON.stringify({ id: 'j4', body: source }),
      '',
    ].join('\n'),
  );
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('--help lists commands; every command has --help with examples', () => {
  const top = run('--help');
  assert.equal(top.code, 0);
  assert.match(top.out, /compare/);
  assert.match(top.out, /plagiarism/);
  for (const c of ['compare', 'plagiarism']) {
    const h = run(c, '--help');
    assert.equal(h.code, 0);
    assert.match(h.out, /Usage: simkit/);
    assert.match(h.out, /Examples:/);
  }
});

test('compare: scores as a table, JSON with passages, --fail-on exit code', () => {
  writeFileSync(join(dir, 'a.txt'), copy);
  writeFileSync(join(dir, 'b.txt'), source);
  const t = run('compare', 'a.txt', 'b.txt', '--passages');
  assert.equal(t.code, 0);
  assert.match(t.out, /jaccard/);
  assert.match(t.out, /photosynthesis is the process by which green plants/);
  const j = JSON.parse(run('compare', 'a.txt', 'b.txt', '--format', 'json', '--passages').out);
  assert.ok(j.jaccard > 0.4 && j.jaccard < 1);
  assert.equal(j.passageList[0].aText, copy.slice(j.passageList[0].aStart, j.passageList[0].aEnd));
  assert.equal(run('compare', 'a.txt', 'b.txt', '--fail-on', '0.3').code, 1);
  assert.equal(run('compare', 'a.txt', 'b.txt', '--fail-on', '0.99').code, 0);
});

test('usage errors exit 2 with a message', () => {
  for (const args of [
    ['compare', 'a.txt'],
    ['compare', 'a.txt', 'b.txt', '--ngram-size', '0'],
    ['compare', 'a.txt', 'b.txt', '--bogus'],
    ['nope'],
  ]) {
    const r = run(...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, /^simkit: /);
  }
  const missing = run('compare', 'a.txt', 'missing.txt');
  assert.equal(missing.code, 2);
  assert.match(missing.err, /missing\.txt: cannot read \(ENOENT\)/);
});

test('plagiarism over a folder with references and a template: ranking, CSV, HTML and JSON reports', () => {
  const r = run(
    'plagiarism',
    'essays',
    '--reference',
    'sources',
    '--template',
    'assignment.txt',
    '--ngram-size',
    '20',
    '--report',
    'report.html',
    '--json',
    'report.json',
    '--format',
    'csv',
  );
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n');
  assert.equal(lines[0], 'rank,a,b,similarity,coverageA,coverageB,passages');
  assert.match(lines[1], /^1,alice\.txt,ref:wiki\.txt,/);
  assert.ok(
    !r.out.includes('nested/bob.md,ref:') && !/alice\.txt,nested\/bob\.md/.test(r.out),
    'template keeps alice and bob apart',
  );
  // notes.pdf is not a PDF: named on stderr, listed after the rows and in both reports
  assert.match(r.err, /essays\/notes\.pdf: not a readable PDF/);
  assert.match(lines.at(-1), /^not read,notes\.pdf,not a readable PDF/);
  assert.match(r.err, /simkit: read 4 documents \(text: 2 utf-8, 1 [\w-]+; markdown: 1 utf-8\); 1 could not be read\n/);
  const html = readFileSync(join(dir, 'report.html'), 'utf8');
  assert.match(html, /<a class="m"/);
  assert.match(html, /4 documents analyzed · <a href="#not-analyzed">1 not analyzed<\/a>/);
  assert.match(html, /<h2>Not analyzed \(1\)<\/h2>[\s\S]*<td>notes\.pdf<\/td><td>not a readable PDF/);
  const json = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
  assert.equal(json.pairs[0].a, 'alice.txt');
  assert.deepEqual(
    json.notAnalyzed.map((d) => d.document),
    ['notes.pdf'],
  );
  // broken.txt is not UTF-8: read in the encoding the detector finds, unless --encoding says otherwise
  const strict = run('plagiarism', 'essays', '--encoding', 'utf-8', '--strict');
  assert.equal(strict.code, 2);
  assert.match(strict.err, /essays\/broken\.txt: not valid utf-8 \(the encoding given\)/);
  assert.match(run('plagiarism', 'essays', '--encoding', 'klingon').err, /--encoding: unknown encoding "klingon"/);
  assert.equal(run('plagiarism', 'essays', '--reference', 'sources', '--fail-on', '0.2').code, 1);
});

test('plagiarism over JSONL: bad lines named with file:line and skipped, or fatal with --strict', () => {
  const r = run('plagiarism', 'docs.jsonl', '--field', 'body', '--format', 'json', '--ngram-size', '20');
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /docs\.jsonl:2: malformed JSON/);
  assert.match(r.err, /docs\.jsonl:3: missing string field "body"/);
  const { pairs, notRead } = JSON.parse(r.out);
  assert.deepEqual([pairs[0].a, pairs[0].b], ['j1', 'j4']);
  assert.deepEqual(
    notRead.map((d) => d.document),
    ['docs.jsonl:2', 'docs.jsonl:3'],
  );
  assert.match(notRead[1].reason, /^missing string field "body"/);
  const strict = run('plagiarism', 'docs.jsonl', '--field', 'body', '--strict');
  assert.equal(strict.code, 2);
  assert.match(strict.err, /docs\.jsonl:2: malformed JSON/);
});

test('dedup: clusters near-duplicates in a folder and a JSONL file, writes the deduplicated JSONL', () => {
  const base =
    'The committee met on Tuesday to discuss the budget for the new library, the repairs to the old bridge, and the schedule of the summer festival in the park near the river.';
  mkdirSync(join(dir, 'dups'), { recursive: true });
  writeFileSync(join(dir, 'dups/a.txt'), base);
  writeFileSync(join(dir, 'dups/b.txt'), base.replace('Tuesday', 'Wednesday'));
  writeFileSync(join(dir, 'dups/c.txt'), own);
  const t = run('dedup', 'dups', '--threshold', '0.7', '--format', 'json', '--quiet');
  assert.equal(t.code, 0, t.err);
  assert.deepEqual(JSON.parse(t.out).clusters, [['a.txt', 'b.txt']]);
  writeFileSync(
    join(dir, 'dups.jsonl'),
    [
      JSON.stringify({ id: 1, text: base }),
      JSON.stringify({ id: 2, text: own }),
      JSON.stringify({ id: 3, text: base.replace('summer', 'winter') }),
      'not json',
      '',
    ].join('\n'),
  );
  const j = run('dedup', 'dups.jsonl', '--threshold', '0.7', '--output', 'unique.jsonl', '--fail-on', '1');
  assert.equal(j.code, 1, 'one duplicate reaches --fail-on 1');
  assert.match(j.err, /dups\.jsonl:4: malformed JSON/);
  assert.match(j.err, /3 documents, 1 clusters, 1 duplicates/);
  assert.match(j.out, /cluster\s+size\s+keep\s+duplicates/);
  const kept = readFileSync(join(dir, 'unique.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l).id);
  assert.deepEqual(kept, [1, 2]);
  const bad = run('dedup', 'dups', '--threshold', '2');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--threshold must be a number in \[0.01, 0.99\]/);
});

test('sign and index build/query round trip on real files', async () => {
  const { init, MinHasher } = await import('simkit');
  await init();
  const signed = run('sign', 'dups', '--scheme', 'classic', '--num-perm', '64');
  assert.equal(signed.code, 0, signed.err);
  const lines = signed.out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    lines.map((l) => l.key),
    ['a.txt', 'b.txt', 'c.txt'],
  );
  const mh = new MinHasher({ scheme: 'classic', numPerm: 64 });
  const expected = mh.sign(readFileSync(join(dir, 'dups/a.txt'), 'utf8'));
  const raw = Buffer.from(lines[0].signature, 'base64');
  assert.deepEqual(new Uint32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length)), expected);
  assert.equal(run('sign', 'dups', '--binary', 'sigs.sksg').code, 0);
  const sigs = new MinHasher({ scheme: 'oph' }).deserialize(new Uint8Array(readFileSync(join(dir, 'sigs.sksg'))));
  assert.equal(sigs.length, 3);
  assert.deepEqual(JSON.parse(readFileSync(join(dir, 'sigs.sksg.keys.json'), 'utf8')), ['a.txt', 'b.txt', 'c.txt']);
  const built = run('index', 'build', 'dups', '--out', 'dups.skindex', '--threshold', '0.6');
  assert.equal(built.code, 0, built.err);
  writeFileSync(join(dir, 'query.txt'), readFileSync(join(dir, 'dups/a.txt'), 'utf8').replace('library', 'museum'));
  const q = run('index', 'query', 'dups.skindex', 'query.txt', '--format', 'json');
  assert.equal(q.code, 0, q.err);
  assert.deepEqual(
    JSON.parse(q.out)
      .map((m) => m.match)
      .sort(),
    ['a.txt', 'b.txt'],
  );
  const broken = run('index', 'query', 'query.txt', 'query.txt');
  assert.equal(broken.code, 2);
  assert.match(broken.err, /not a simkit index file/);
});

test('match: best fuzzy matches among the lines of a file, Unicode-aware', () => {
  writeFileSync(join(dir, 'cities.txt'), ['Paris', 'London', 'Berlin', 'Parma', 'Zürich', '東京'].join('\n'));
  const r = run(
    'match',
    'Pariss',
    'zurich',
    '--in',
    'cities.txt',
    '--limit',
    '1',
    '--format',
    'json',
    '--ignore-case',
    '--scorer',
    'jaroWinkler',
  );
  assert.equal(r.code, 0, r.err);
  const rows = JSON.parse(r.out);
  assert.deepEqual(
    rows.map((x) => x.candidate),
    ['Paris', 'Zürich'],
  );
  const t = run('match', '東京都', '--in', 'cities.txt', '--limit', '1');
  assert.match(t.out, /東京\s+0\.667/);
  assert.equal(run('match', 'x').code, 2);
});

test('author: attribution with explanations, verification with impostors, leave-one-out, errors', () => {
  for (const [name, texts] of [
    ['Formal', STYLE_AUTHOR_A],
    ['Chatty', STYLE_AUTHOR_B],
  ]) {
    mkdirSync(join(dir, 'authors', name), { recursive: true });
    texts.forEach((t, i) => writeFileSync(join(dir, 'authors', name, `${i}.txt`), t));
  }
  STYLE_UNKNOWN.forEach((t, i) => writeFileSync(join(dir, `unknown${i}.txt`), t));
  const a = run('author', '--authors', 'authors', 'unknown0.txt', 'unknown1.txt', '--explain', '3');
  assert.equal(a.code, 0, a.err);
  assert.match(a.out, /unknown0\.txt\s+Formal\s+[\d.]+\s+Chatty/);
  assert.match(a.out, /unknown1\.txt\s+Chatty\s+[\d.]+\s+Formal/);
  assert.match(a.out, /features that favoured Formal over Chatty/);
  const json = JSON.parse(
    run(
      'author',
      '--candidate',
      'F=authors/Formal',
      '--candidate',
      'C=authors/Chatty',
      '--unknown',
      'unknown0.txt',
      '--format',
      'json',
      '--delta',
      'burrows',
    ).out,
  );
  assert.equal(json[0].author, 'F');
  assert.ok(json[0].explanation.for.length > 0 && json[0].margin > 0);
  const withRef = run(
    'author',
    '--authors',
    'authors',
    '--reference',
    'unknown2.txt',
    'unknown1.txt',
    '--format',
    'json',
  );
  assert.equal(withRef.code, 0, withRef.err);
  assert.equal(JSON.parse(withRef.out)[0].author, 'Chatty');
  const loo = JSON.parse(
    run('author', '--authors', 'authors', '--leave-one-out', '--format', 'json', '--mfw', '50').out,
  );
  assert.equal(loo.evaluated, 8);
  assert.ok(loo.accuracy >= 0.75);
  const v = run(
    'author',
    '--known',
    'authors/Formal',
    '--impostors',
    'authors/Chatty',
    '--method',
    'impostors',
    'unknown0.txt',
    'unknown1.txt',
    '--format',
    'csv',
  );
  assert.equal(v.code, 0, v.err);
  const rows = v.out
    .trim()
    .split('\n')
    .map((l) => l.split(','));
  assert.deepEqual(rows[0], ['unknown', 'score', 'decision', 'rawScore', 'similarity', 'method', 'calibrated']);
  assert.equal(rows[1][2], 'same-author');
  assert.equal(rows[2][2], 'different-author');
  assert.equal(
    run(
      'author',
      '--known',
      'authors/Formal',
      '--impostors',
      'authors/Chatty',
      '--method',
      'impostors',
      'unknown0.txt',
      '--fail-on',
      '0.5',
    ).code,
    1,
  );
  // The default (combined) needs no impostors and says what decided.
  const t = run('author', '--known', 'authors/Formal', 'unknown1.txt', '--band', '0.2,0.3');
  assert.equal(t.code, 0, t.err);
  assert.match(t.out, /combined/);
  assert.match(t.out, /character model: reading the known texts saves \d\.\d{3} bits\/char of the unknown one/);
  assert.match(t.out, /features adding most to the similarity/);
  const c = run('author', '--known', 'authors/Formal', 'unknown1.txt', '--method', 'cosine', '--format', 'csv');
  assert.equal(c.out.split('\n')[1].split(',')[5], 'cosine');
  assert.equal(run('author', '--known', 'authors/Formal', 'unknown1.txt', '--method', 'impostors').code, 2); // needs --impostors
  for (const args of [
    ['author', 'unknown0.txt'],
    ['author', '--known', 'a.txt', '--authors', 'authors', 'x'],
    ['author', '--known', 'authors/Formal'],
    ['author', '--candidate', 'nopath', 'unknown0.txt'],
    ['author', '--authors', 'authors/Formal', 'unknown0.txt'],
    ['author', '--known', 'authors/Formal', 'unknown0.txt', '--band', '0.6,0.2'],
    ['author', '--authors', 'missing-dir', 'unknown0.txt'],
  ]) {
    const r = run(...args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, /^simkit: /);
  }
  const h = run('author', '--help');
  assert.match(h.out, /Examples:/);
});

test("author --pairs streams: the pool of the pairs' own texts equals verifyMany with impostors: 'others'; bad lines are skipped", () => {
  const writers = Array.from({ length: 30 }, (_, i) => syntheticWriter(900 + i));
  const problems = [];
  const lines = [];
  for (let i = 0; i < 150; ++i) {
    // more than one batch of pairs
    const a = writers[i % 30];
    const b = i % 3 === 0 ? a : writers[(i * 7 + 1) % 30];
    const problem = { known: [a(120)], unknown: b(120) };
    problems.push(problem);
    lines.push(JSON.stringify({ id: `p${i}`, pair: [problem.known[0], problem.unknown] }));
    if (i === 40) lines.push('{"id": "broken", "pair": ');
    if (i === 41) lines.push(JSON.stringify({ id: 'p40-again', pair: [problem.known[0], problems[40].unknown] })); // repeated texts
  }
  problems.splice(42, 0, { known: problems[41].known, unknown: problems[40].unknown });
  writeFileSync(join(dir, 'stream-pairs.jsonl'), `${lines.join('\n')}\n`);
  for (const maxPool of [40, 300]) {
    const r = run(
      'author',
      '--pairs',
      'stream-pairs.jsonl',
      '--method',
      'impostors',
      '--format',
      'json',
      '--max-pool',
      String(maxPool),
      '--seed',
      '3',
    );
    assert.equal(r.code, 0, r.err);
    assert.equal((r.err.match(/stream-pairs\.jsonl:42: malformed JSON/g) ?? []).length, 1, r.err); // warned once, not per pass
    const got = JSON.parse(r.out);
    const verifier = new AuthorshipVerifier({ method: 'impostors', impostors: 'others', maxPool, seed: 3 });
    const expected = verifier.verifyMany(problems, { explain: 0 });
    verifier.dispose();
    assert.equal(got.length, problems.length);
    assert.deepEqual(
      got.map((g) => g.rawScore),
      expected.map((e) => e.rawScore),
      `maxPool ${maxPool}`,
    );
  }
  const strict = run('author', '--pairs', 'stream-pairs.jsonl', '--method', 'impostors', '--strict');
  assert.equal(strict.code, 2);
  assert.match(strict.err, /stream-pairs\.jsonl:42: malformed JSON/);
  // A pair without truth is answered but left out of the metrics, with a warning.
  writeFileSync(
    join(dir, 'stream-truth.jsonl'),
    problems
      .slice(0, 10)
      .map((_, i) => JSON.stringify({ id: `p${i}`, same: i % 3 === 0 }))
      .join('\n'),
  );
  const m = run(
    'author',
    '--pairs',
    'stream-pairs.jsonl',
    '--truth',
    'stream-truth.jsonl',
    '--method',
    'cosine',
    '--format',
    'json',
    '--answers',
    'stream-answers.jsonl',
  );
  assert.equal(m.code, 0, m.err);
  assert.equal(JSON.parse(m.out).pairs, 10);
  assert.match(m.err, /no truth for pair "p10"/);
  assert.equal(readFileSync(join(dir, 'stream-answers.jsonl'), 'utf8').trim().split('\n').length, problems.length);
});

test('author --pairs: PAN pairs.jsonl and truth.jsonl, calibration, answers.jsonl, metrics', () => {
  const writers = Array.from({ length: 40 }, (_, i) => syntheticWriter(500 + i));
  const pan = (offset, name) => {
    const pairs = [];
    const truth = [];
    for (let i = 0; i < 10; ++i) {
      const same = i % 2 === 0;
      const a = writers[offset + 2 * i];
      const b = same ? a : writers[offset + 2 * i + 1];
      pairs.push(JSON.stringify({ id: `${name}${i}`, fandoms: ['x', 'y'], pair: [a(250), b(250)] }));
      truth.push(JSON.stringify({ id: `${name}${i}`, same, authors: ['a', 'b'] }));
    }
    writeFileSync(join(dir, `${name}-pairs.jsonl`), `${pairs.join('\n')}\n`);
    writeFileSync(join(dir, `${name}-truth.jsonl`), `${truth.join('\n')}\n`);
  };
  pan(0, 'train');
  pan(20, 'test');
  const r = run(
    'author',
    '--calibrate',
    'train-pairs.jsonl',
    '--calibrate-truth',
    'train-truth.jsonl',
    '--pairs',
    'test-pairs.jsonl',
    '--truth',
    'test-truth.jsonl',
    '--answers',
    'answers.jsonl',
    '--format',
    'json',
  );
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /calibrated on 10 pairs: band \[[^\]]*\], held to the default with strength (1|3|10|30|100),/);
  const m = JSON.parse(r.out);
  assert.equal(m.pairs, 10);
  assert.equal(m.calibrated, true);
  assert.ok(m.auc >= 0.9, `auc ${m.auc}`);
  // camelCase metrics; the deprecated PAN-style names are still written beside them, same values
  assert.ok(m.cAt1 > 0 && m.f05u > 0, `cAt1 ${m.cAt1}, f05u ${m.f05u}`);
  assert.equal(m.c_at_1, m.cAt1);
  assert.equal(m.f_05_u, m.f05u);
  const answers = readFileSync(join(dir, 'answers.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    answers.map((a) => a.id),
    Array.from({ length: 10 }, (_, i) => `test${i}`),
  );
  // Combined (the default): each answer is the fitted probability, or 0.5 inside the band.
  const [q1, q2] = JSON.parse(r.err.match(/band (\[[^\]]*\])/)[1]);
  assert.ok(q1 <= 0.5 && q2 >= 0.5);
  for (const a of answers)
    assert.ok(a.value === 0.5 || a.value <= q1 || a.value >= q2, `${a.id}: ${a.value} inside [${q1}, ${q2}]`);
  assert.ok(answers.some((a) => a.value !== 0.5));
  // The library's default gives the same answers: calibrate() on the training pairs, whose
  // texts stay the impostors of the pairs verified after.
  const problems = (name) => {
    const same = new Map(
      readFileSync(join(dir, `${name}-truth.jsonl`), 'utf8')
        .trim()
        .split('\n')
        .map((l) => [JSON.parse(l).id, JSON.parse(l).same]),
    );
    return readFileSync(join(dir, `${name}-pairs.jsonl`), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .map((p) => ({ known: [p.pair[0]], unknown: p.pair[1], sameAuthor: same.get(p.id) }));
  };
  const library = new AuthorshipVerifier();
  library.calibrate(problems('train'));
  assert.deepEqual(
    library.verifyMany(problems('test'), { explain: 0 }).map((v) => v.score),
    answers.map((a) => a.value),
  );
  library.dispose();
  // The PAN baseline's band (--method cosine): each answer is the pair's raw score (the same
  // run without calibration) through the band: linear below p1 into [0, 0.49], 0.5 inside,
  // linear above.
  const c = run(
    'author',
    '--method',
    'cosine',
    '--calibrate',
    'train-pairs.jsonl',
    '--calibrate-truth',
    'train-truth.jsonl',
    '--pairs',
    'test-pairs.jsonl',
    '--answers',
    'cosine-answers.jsonl',
    '--format',
    'json',
  );
  assert.equal(c.code, 0, c.err);
  const cosineAnswers = readFileSync(join(dir, 'cosine-answers.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const [p1, p2] = JSON.parse(c.err.match(/band (\[[^\]]*\])/)[1]);
  assert.ok(p1 <= p2);
  const uncalibrated = run('author', '--method', 'cosine', '--pairs', 'test-pairs.jsonl', '--format', 'json');
  assert.equal(uncalibrated.code, 0, uncalibrated.err);
  const raw = new Map(JSON.parse(uncalibrated.out).map((x) => [x.id, x.rawScore]));
  const banded = (x) =>
    x <= p1
      ? Math.min(0.49, (0.49 * x) / (p1 || 1e-6))
      : x < p2
        ? 0.5
        : Math.max(0.51, 0.51 + (0.49 * (x - p2)) / (1 - p2 || 1e-6));
  for (const a of cosineAnswers)
    assert.ok(
      Math.abs(a.value - banded(raw.get(a.id))) < 1e-12,
      `${a.id}: ${a.value} vs raw ${raw.get(a.id)} in [${p1}, ${p2}]`,
    );
  assert.ok(answers.some((a) => a.value !== 0.5));
  const plain = run('author', '--pairs', 'test-pairs.jsonl', '--format', 'csv');
  assert.equal(plain.code, 0, plain.err);
  assert.equal(plain.out.split('\n')[0], 'id,score,decision,rawScore');
  writeFileSync(join(dir, 'bad-pairs.jsonl'), '{"id": "1", "pair": ["only one"]}\n');
  const bad = run('author', '--pairs', 'bad-pairs.jsonl');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /bad-pairs\.jsonl:1: "pair" must be an array of two texts/);
  assert.match(bad.err, /bad-pairs\.jsonl has no pairs/);
  assert.equal(run('author', '--pairs', 'test-pairs.jsonl', '--calibrate', 'train-pairs.jsonl').code, 2);
  assert.equal(run('author', '--truth', 'test-truth.jsonl', '--known', 'a', 'b').code, 2);
});
