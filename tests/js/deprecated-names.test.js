// The names deprecated for one minor version (CHANGELOG.md, "Deprecated"): each old option, flag
// and field still works with the new name's result, warns once per process, and an old name
// given with its new one is an error naming both. Each old name is used first in its own test,
// since its warning is given once per process.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AuthorshipModel,
  AuthorshipVerifier,
  compare,
  comparePassages,
  evaluateVerification,
  extract,
  fingerprint,
  init,
  jaccard,
  LshIndex,
  Matcher,
  MinHasher,
  plagiarismReport,
  setSimilarity,
  shingles,
  styleProfile,
  WinnowIndex,
} from 'simkit';
import { analyzeCollection, collectionReport, compareTexts } from 'simkit/jobs';

await init();

const warnings = [];
process.on('warning', (w) => {
  if (w.code === 'SIMKIT_DEPRECATED_NAME') warnings.push(w.message);
});
/** The deprecation warnings about `what` (e.g. 'option shingle', '--size') so far. */
async function warned(what) {
  await new Promise((resolve) => setImmediate(resolve)); // emitWarning reports on a later tick
  return warnings.filter((m) => m.startsWith(`simkit: ${what} is deprecated`));
}

/** Old name works like the new, warns once over several calls, and both together throw naming both. */
async function checkRenamed(old, name, call, equal = assert.deepEqual) {
  assert.equal((await warned(`option ${old}`)).length, 0, `${old} warned before its test`);
  const byNew = call(name);
  equal(call(old), byNew);
  equal(call(old), byNew);
  const got = await warned(`option ${old}`);
  assert.equal(got.length, 1, `${old}: ${got.length} warnings`);
  assert.match(got[0], new RegExp(`use ${name}$`));
  assert.throws(
    () => call(old, name),
    (e) => e instanceof TypeError && e.message.includes(`give ${name} or its deprecated name ${old}, not both`),
  );
}

const A = 'the quick brown fox jumps over the lazy dog and runs far away from the farm';
const B = 'the quick brown fox leaps over the lazy dog and runs far away from the barn';
/** An options object with `value` under each name in `names`. */
const opts = (names, value, rest = {}) => ({ ...rest, ...Object.fromEntries(names.map((n) => [n, value])) });

test('shingle → analyzer, shingleSize → ngramSize (ShingleOptions, MinHashOptions, compare)', async () => {
  await checkRenamed('shingle', 'analyzer', (...names) => setSimilarity(A, B, opts(names, 'char')));
  await checkRenamed('shingleSize', 'ngramSize', (...names) => shingles(A, opts(names, 2)).hashes);
  // the same names, already warned, in the other entry points: same results, no second warning
  assert.equal(jaccard(A, B, { shingleSize: 1 }), jaccard(A, B, { ngramSize: 1 }));
  const old = new MinHasher({ shingle: 'char', shingleSize: 4 });
  const now = new MinHasher({ analyzer: 'char', ngramSize: 4 });
  assert.deepEqual(old.sign(A), now.sign(A));
  assert.deepEqual(old.options, now.options); // spelt with the new names
  assert.deepEqual(compare(A, B, { shingleSize: 2 }), compare(A, B, { ngramSize: 2 }));
  assert.throws(() => compare(A, B, { shingleSize: 2, ngramSize: 2 }), /give ngramSize or its deprecated name/);
  assert.equal((await warned('option shingle')).length, 1);
  assert.equal((await warned('option shingleSize')).length, 1);
});

test("unit: 'char' | 'word' → analyzer, k → ngramSize (FingerprintOptions)", async () => {
  await checkRenamed('unit', 'analyzer', (...names) => comparePassages(A, B, opts(names, 'word', { ngramSize: 3 })));
  await checkRenamed('k', 'ngramSize', (...names) => fingerprint(A, opts(names, 8)));
  // a WinnowIndex made with the old names saves and loads like one made with the new
  const make = (o) => {
    const index = new WinnowIndex(o);
    index.add('a', A);
    index.add('b', B);
    return index;
  };
  const [old, now] = [make({ unit: 'word', k: 3 }), make({ analyzer: 'word', ngramSize: 3 })];
  assert.deepEqual(old.save(), now.save());
  // the saved options keep the format's first field names
  assert.match(new TextDecoder().decode(now.save()), /"options":\{"unit":"word","k":3\}/);
  const loaded = WinnowIndex.load(old.save());
  assert.deepEqual(loaded.pairs({ passages: true }), now.pairs({ passages: true }));
  for (const i of [old, now, loaded]) i.dispose();
});

test('minScore → threshold (WinnowIndex.pairs/query, plagiarismReport)', async () => {
  const index = new WinnowIndex({ ngramSize: 10 });
  index.add('a', A);
  index.add('b', B);
  await checkRenamed('minScore', 'threshold', (...names) => index.pairs(opts(names, 0.1)));
  assert.deepEqual(index.query(A, { minScore: 0.1 }), index.query(A, { threshold: 0.1 }));
  assert.equal(
    plagiarismReport(index, { minScore: 0.1, format: 'json' }),
    plagiarismReport(index, { threshold: 0.1, format: 'json' }),
  );
  index.dispose();
});

test('minSimilarity → threshold (LshIndex.query, duplicates)', async () => {
  const hasher = new MinHasher();
  const index = new LshIndex({ threshold: 0.5 });
  index.insertMany(['a', 'b'], hasher.signBatch([A, B]));
  const sig = hasher.sign(A);
  await checkRenamed('minSimilarity', 'threshold', (...names) => index.query(sig, opts(names, 0)));
  assert.deepEqual(index.duplicates({ minSimilarity: 0 }), index.duplicates({ threshold: 0 }));
  index.dispose();
});

test('cutoff → threshold (Matcher.extract, bestMatch, extract)', async () => {
  const candidates = ['apple', 'apply', 'ample', 'maple', 'banana'];
  const matcher = new Matcher(candidates);
  await checkRenamed('cutoff', 'threshold', (...names) => matcher.extract('appel', opts(names, 0.5)));
  assert.deepEqual(matcher.bestMatch('zzz', { cutoff: 0.9 }), matcher.bestMatch('zzz', { threshold: 0.9 }));
  assert.deepEqual(extract('appel', candidates, { cutoff: 0.6 }), extract('appel', candidates, { threshold: 0.6 }));
  matcher.dispose();
});

test('charNgram → ngramSize (styleProfile, AuthorshipModel, AuthorshipVerifier)', async () => {
  await checkRenamed('charNgram', 'ngramSize', (...names) => styleProfile(A, opts(names, 2)));
  const training = [
    { author: 'x', text: A },
    { author: 'x', text: `${A} again` },
    { author: 'y', text: B },
    { author: 'y', text: `${B} again` },
  ];
  const attribute = (o) => {
    const m = new AuthorshipModel(training, { mfw: 0, mfc: 50, ...o });
    const r = m.attribute(`${A} once more`);
    m.dispose();
    return r;
  };
  assert.deepEqual(attribute({ charNgram: 2 }), attribute({ ngramSize: 2 }));
  const verify = (o) => {
    const v = new AuthorshipVerifier({ method: 'cosine', ...o });
    const r = v.verify({ known: [A], unknown: B });
    v.dispose();
    return r;
  };
  assert.deepEqual(verify({ charNgram: 3 }), verify({ ngramSize: 3 }));
  assert.throws(() => verify({ charNgram: 3, ngramSize: 3 }), /give ngramSize or its deprecated name charNgram/);
});

test("features: 'chars' | 'words' → analyzer: 'char' | 'word' (AuthorshipVerifier)", async () => {
  const verify = (o) => {
    const v = new AuthorshipVerifier({ method: 'cosine', ...o });
    const r = v.verify({ known: [A], unknown: B });
    v.dispose();
    return r;
  };
  assert.equal((await warned('option features')).length, 0);
  assert.deepEqual(verify({ features: 'words' }), verify({ analyzer: 'word' }));
  assert.deepEqual(verify({ features: 'chars' }), verify({ analyzer: 'char' }));
  assert.notDeepEqual(verify({ analyzer: 'word' }).similarity, verify({ analyzer: 'char' }).similarity);
  assert.equal((await warned('option features')).length, 1);
  // each name keeps its own values
  assert.throws(() => verify({ features: 'word' }), /features must be one of 'chars', 'words'/);
  assert.throws(() => verify({ analyzer: 'words' }), /analyzer must be one of 'char', 'word'/);
  assert.throws(() => verify({ features: 'words', analyzer: 'word' }), /give analyzer or its deprecated name features/);
});

test('c_at_1 → cAt1, f_05_u → f05u (VerificationEvaluation): non-enumerable getters that warn once', async () => {
  const e = evaluateVerification([true, false, true, false], [0.9, 0.2, 0.5, 0.7]);
  assert.deepEqual(Object.keys(e), ['auc', 'cAt1', 'f05u', 'f1', 'brier', 'overall']);
  assert.equal(JSON.stringify(e).includes('c_at_1'), false);
  assert.equal((await warned('field c_at_1')).length, 0);
  assert.equal(e.c_at_1, e.cAt1);
  assert.equal(e.f_05_u, e.f05u);
  assert.equal(evaluateVerification([true], [0.8]).c_at_1, 1);
  assert.equal((await warned('field c_at_1')).length, 1);
  assert.equal((await warned('field f_05_u')).length, 1);
});

test('jobs: compareTexts, analyzeCollection and collectionReport accept the old names', async () => {
  const texts = [A, B, `${A} ${B}`];
  assert.deepEqual(
    compareTexts(A, B, { shingle: 'char', shingleSize: 4, k: 12 }),
    compareTexts(A, B, {
      analyzer: 'char',
      ngramSize: 4,
      passageNgramSize: 12,
    }),
  );
  assert.throws(
    () => compareTexts(A, B, { k: 12, passageNgramSize: 12 }),
    /give passageNgramSize or its deprecated name k/,
  );
  const collection = (o) => {
    const r = analyzeCollection(texts, o);
    return { ...r, matrix: [...r.matrix] };
  };
  assert.deepEqual(collection({ k: 12 }), collection({ ngramSize: 12 }));
  assert.equal(
    collectionReport(['a', 'b', 'c'], texts, { format: 'json', minScore: 0.1, k: 12 }),
    collectionReport(['a', 'b', 'c'], texts, { format: 'json', threshold: 0.1, ngramSize: 12 }),
  );
});

// --- CLI: a new process per run, so "once" is per run

const cli = new URL('../../npm/dist/cli/main.js', import.meta.url).pathname;
let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'simkit-deprecated-'));
  writeFileSync(join(dir, 'a.txt'), `${A}. ${B}.`);
  writeFileSync(join(dir, 'b.txt'), `${B}. ${A}, twice.`);
  writeFileSync(join(dir, 'c.txt'), 'something else entirely, written by nobody in particular');
  writeFileSync(join(dir, 'cities.txt'), 'Paris\nParma\nLondon\nLyon\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

function run(...args) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The old flags give the new flags' output, with one warning per old flag; both together exit 2. */
function checkFlags(args, renames) {
  const withNew = run(...args, ...renames.flatMap(([, name, value]) => [`--${name}`, value]));
  assert.equal(withNew.code, 0, withNew.err);
  assert.doesNotMatch(withNew.err, /deprecated/);
  const withOld = run(...args, ...renames.flatMap(([old, , value]) => [`--${old}`, value]));
  assert.equal(withOld.code, 0, withOld.err);
  assert.equal(withOld.out, withNew.out);
  for (const [old, name] of renames) {
    const said = withOld.err.split(`simkit: --${old} is deprecated`).length - 1;
    assert.equal(said, 1, `--${old}: ${withOld.err}`);
    assert.match(withOld.err, new RegExp(`--${old} is deprecated[^\\n]*use --${name}`));
    const both = run(...args, `--${old}`, renames.find((r) => r[0] === old)[2], `--${name}`, '1');
    assert.equal(both.code, 2);
    assert.match(both.err, new RegExp(`give --${name} or its deprecated name --${old}, not both`));
  }
}

test('CLI: --shingle/--size → --analyzer/--ngram-size, compare --k → --passage-ngram-size', () => {
  checkFlags(
    ['compare', 'a.txt', 'b.txt', '--format', 'json', '--passages'],
    [
      ['shingle', 'analyzer', 'char'],
      ['size', 'ngram-size', '4'],
      ['k', 'passage-ngram-size', '12'],
    ],
  );
  checkFlags(
    ['sign', 'a.txt', 'b.txt'],
    [
      ['shingle', 'analyzer', 'char'],
      ['size', 'ngram-size', '4'],
    ],
  );
  checkFlags(
    ['dedup', '.', '--include', '*.txt', '--format', 'json', '--quiet'],
    [
      ['shingle', 'analyzer', 'char'],
      ['size', 'ngram-size', '4'],
    ],
  );
});

test('CLI: plagiarism --k/--min-score, match --cutoff, index query --min-similarity', () => {
  checkFlags(
    ['plagiarism', '.', '--include', '*.txt', '--format', 'json'],
    [
      ['k', 'ngram-size', '12'],
      ['min-score', 'threshold', '0.2'],
    ],
  );
  checkFlags(['match', 'Pariss', '--in', 'cities.txt', '--format', 'json'], [['cutoff', 'threshold', '0.6']]);
  const built = run('index', 'build', 'a.txt', 'b.txt', 'c.txt', '--out', 'i.skindex', '--threshold', '0.5');
  assert.equal(built.code, 0, built.err);
  // the file header keeps its first field names; reading them back warns about nothing
  const saved = run('index', 'build', 'a.txt', '--out', 'char.skindex', '--analyzer', 'char', '--ngram-size', '4');
  assert.equal(saved.code, 0, saved.err);
  assert.match(readFileSync(join(dir, 'char.skindex'), 'latin1'), /"shingle":"char","shingleSize":4/);
  const query = run('index', 'query', 'char.skindex', 'a.txt', '--format', 'json');
  assert.equal(query.code, 0, query.err);
  assert.doesNotMatch(query.err, /deprecated/);
  assert.equal(JSON.parse(query.out)[0].similarity, 1);
  checkFlags(['index', 'query', 'i.skindex', 'a.txt', '--format', 'json'], [['min-similarity', 'threshold', '0.9']]);
  // in build, --threshold is the index's own: --min-similarity there is still a usage error
  const build = run('index', 'build', 'a.txt', '--out', 'j.skindex', '--min-similarity', '0.5');
  assert.equal(build.code, 2);
  assert.match(build.err, /--min-similarity applies to 'index query'/);
});
