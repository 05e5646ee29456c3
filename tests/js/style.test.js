// Stylometry through the package: profiles, attribution (Delta family) with explanations and
// leave-one-out, verification (impostors, cosine) with calibration, PAN metrics (against a
// fixture computed with scikit-learn), and errors that name their parameters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  AuthorshipModel,
  AuthorshipVerifier,
  evaluateVerification,
  init,
  styleProfile,
  verifyAuthorship,
} from 'simkit';
import { STYLE_AUTHOR_A, STYLE_AUTHOR_B, STYLE_UNKNOWN } from '../golden/style-cases.mjs';
import { heapBytes, syntheticWriter } from './helpers.mjs';

await init();
const training = [
  ...STYLE_AUTHOR_A.map((text) => ({ author: 'Formal', text })),
  ...STYLE_AUTHOR_B.map((text) => ({ author: 'Chatty', text })),
];

test('styleProfile counts words, sentences, punctuation and n-grams of a hand-counted text', () => {
  const p = styleProfile(
    'The quick brown fox jumps over the lazy dog. It was, however, not amused! Why? Because the dog slept.',
    { top: 2 },
  );
  assert.equal(p.words, 19);
  assert.equal(p.sentences, 4);
  assert.equal(p.punctuationMarks, 6);
  assert.equal(p.meanSentenceLength, 19 / 4);
  assert.deepEqual(p.topWords, [
    { text: 'the', count: 3, frequency: 3 / 19 },
    { text: 'dog', count: 2, frequency: 2 / 19 },
  ]);
  assert.deepEqual(
    p.punctuation.map((x) => [x.text, x.count]),
    [
      [',', 2],
      ['.', 2],
      ['!', 1],
      ['?', 1],
    ],
  );
  assert.deepEqual(
    p.topCharNgrams.map((x) => x.text),
    ['he ', 'the'],
  );
  assert.equal(p.typeTokenRatio, 16 / 19);
  const cjk = styleProfile('日本語のテキスト。中文！', { ngramSize: 2, top: 1 });
  assert.equal(cjk.words, 10);
  assert.equal(cjk.sentences, 2);
  assert.equal(styleProfile('').words, 0);
  assert.equal(styleProfile('ＡＢＣ abc', { normalize: { form: 'none', caseFold: false } }).topWords.length, 2);
  assert.equal(styleProfile(new TextEncoder().encode('ok ok')).topWords[0].count, 2);
});

test('AuthorshipModel attributes held-out texts and explains the decision exactly', () => {
  for (const method of ['burrows', 'eder', 'cosine']) {
    const model = new AuthorshipModel(training, { mfw: 60, method, punctuation: true, stats: true });
    assert.deepEqual(model.authors, ['Formal', 'Chatty']);
    const a = model.attribute(STYLE_UNKNOWN[0], { explain: 500 });
    assert.equal(a.author, 'Formal', method);
    assert.equal(a.runnerUp, 'Chatty');
    assert.equal(model.attribute(STYLE_UNKNOWN[1]).author, 'Chatty', method);
    assert.ok(a.margin > 0);
    assert.equal(a.ranking[0].author, 'Formal');
    assert.ok(a.ranking[0].distance <= a.ranking[1].distance);
    // for + against cover every feature with a non-zero share; together they are the margin.
    const sum = [...a.explanation.for, ...a.explanation.against].reduce((s, e) => s + e.contribution, 0);
    assert.ok(Math.abs(sum - a.margin) < 1e-9, `${method}: ${sum} vs ${a.margin}`);
    assert.ok(a.explanation.for.every((e, i, l) => i === 0 || l[i - 1].contribution >= e.contribution));
    const kinds = new Set(model.features.map((f) => f.kind));
    assert.deepEqual([...kinds].sort(), ['punctuation', 'stat', 'word']);
    const top = model.attribute(STYLE_UNKNOWN[0], { explain: 3 }).explanation.for;
    assert.ok(top.length <= 3 && top.every((e) => typeof e.feature === 'string' && Number.isFinite(e.z)));
    model.dispose();
  }
});

test('AuthorshipModel: leave-one-out, function words, char n-grams, nearest text', () => {
  const model = new AuthorshipModel(training, { mfw: 50 });
  const loo = model.leaveOneOut();
  assert.equal(loo.evaluated, 8);
  assert.equal(loo.results.length, 8);
  assert.ok(loo.accuracy >= 0.75, `accuracy ${loo.accuracy}`);
  assert.deepEqual(
    loo.results.map((r) => r.author),
    training.map((t) => t.author),
  );
  assert.equal(model.attribute(STYLE_UNKNOWN[0]).author, 'Formal'); // refitted on everything
  model.dispose();
  const fw = new AuthorshipModel(training, { functionWords: ['the', 'Upon', 'whilst', 'really', 'so', 'it', 'upon'] });
  assert.deepEqual(
    fw.features.map((f) => f.feature),
    ['the', 'upon', 'whilst', 'really', 'so', 'it'],
  );
  assert.equal(fw.attribute(STYLE_UNKNOWN[0]).author, 'Formal');
  fw.dispose();
  const chars = new AuthorshipModel(training, { mfw: 0, mfc: 200, ngramSize: 3, aggregate: 'nearest' });
  assert.equal(chars.features.length, 200);
  assert.ok(chars.features.every((f) => f.kind === 'char' && [...f.feature].length === 3));
  assert.equal(chars.attribute(STYLE_UNKNOWN[1]).author, 'Chatty');
  chars.dispose();
});

test('AuthorshipModel with a reference corpus: features and z-scores from it, never a candidate', () => {
  const reference = [
    'Zebras quietly graze beside the wide river.',
    'Quietly the zebras crossed the river again.',
    ...STYLE_UNKNOWN.slice(2),
  ];
  const plain = new AuthorshipModel(training, { mfw: 40 });
  const withRef = new AuthorshipModel(training, { mfw: 40, reference });
  assert.equal(withRef.referenceSize, 3);
  assert.ok(withRef.features.some((f) => f.feature === 'zebras'));
  assert.ok(!plain.features.some((f) => f.feature === 'zebras'));
  const r = withRef.attribute(STYLE_UNKNOWN[0]);
  assert.equal(r.author, 'Formal');
  assert.deepEqual(r.ranking.map((x) => x.author).sort(), ['Chatty', 'Formal']);
  assert.notEqual(r.ranking[0].distance, plain.attribute(STYLE_UNKNOWN[0]).ranking[0].distance);
  const loo = withRef.leaveOneOut();
  assert.equal(loo.results.length, 8);
  assert.equal(loo.evaluated, 8);
  assert.throws(
    () => new AuthorshipModel(training, { reference: ['ok', new Uint8Array([0xff])] }),
    /reference\[1\] is not valid UTF-8/,
  );
  plain.dispose();
  withRef.dispose();
});

test('AuthorshipVerifier: impostors and cosine, calibration, determinism', () => {
  const impostors = [...STYLE_AUTHOR_B.slice(0, 3), STYLE_UNKNOWN[2]];
  const v = new AuthorshipVerifier({ method: 'impostors', impostors, seed: 3 });
  assert.equal(v.method, 'impostors');
  assert.equal(v.band, null);
  const same = v.verify({ known: STYLE_AUTHOR_A.slice(0, 3), unknown: STYLE_UNKNOWN[0] });
  const other = v.verify({ known: STYLE_AUTHOR_A.slice(0, 3), unknown: STYLE_AUTHOR_B[3] });
  assert.ok(same.rawScore > other.rawScore, `${same.rawScore} vs ${other.rawScore}`);
  assert.equal(same.calibrated, false);
  assert.equal(same.score, same.rawScore);
  assert.equal(v.verify({ known: STYLE_AUTHOR_A.slice(0, 3), unknown: STYLE_UNKNOWN[0] }).rawScore, same.rawScore);
  assert.ok(
    same.explanation.shared.length > 0 && same.explanation.shared.every((e) => e.knownZ !== null && e.contribution > 0),
  );
  const problems = [
    { known: [STYLE_AUTHOR_A[0]], unknown: STYLE_AUTHOR_A[1], sameAuthor: true },
    { known: [STYLE_AUTHOR_A[2]], unknown: STYLE_UNKNOWN[0], sameAuthor: true },
    { known: [STYLE_AUTHOR_A[3]], unknown: STYLE_AUTHOR_B[3], sameAuthor: false },
    { known: [STYLE_AUTHOR_A[1]], unknown: STYLE_UNKNOWN[1], sameAuthor: false },
  ];
  const cal = v.calibrate(problems);
  assert.deepEqual(v.band, cal.band);
  assert.ok(cal.after.overall >= cal.before.overall);
  const after = v.verify(problems[0]);
  assert.equal(after.calibrated, true);
  assert.ok(after.score >= 0 && after.score <= 1);
  v.dispose();

  const c = new AuthorshipVerifier({ method: 'cosine', band: [0.3, 0.4] });
  assert.equal(c.method, 'cosine');
  const r = c.verify({ known: [STYLE_AUTHOR_B[0]], unknown: STYLE_AUTHOR_B[1] }, { explain: 4 });
  assert.equal(r.rawScore, r.similarity);
  assert.equal(r.explanation.shared.length, 4);
  assert.equal(r.explanation.shared[0].knownZ, null);
  c.dispose();
  // The decision and score follow from the raw score and the band (PAN: linear below p1 into
  // [0, 0.49], 0.5 inside, linear above p2 into [0.51, 1]); bands on each side of this raw score.
  const raw = r.rawScore;
  assert.ok(raw > 0.05 && raw < 0.95, `raw ${raw}`);
  const [below, above] = [raw - 0.02, raw + 0.02];
  for (const [band, decision, score] of [
    [[0.01, below], 'same-author', 0.51 + (0.49 * (raw - below)) / (1 - below)],
    [[above, 0.99], 'different-author', (0.49 * raw) / above],
    [[below, above], 'unanswered', 0.5],
  ]) {
    const banded = new AuthorshipVerifier({ method: 'cosine', band });
    const x = banded.verify({ known: [STYLE_AUTHOR_B[0]], unknown: STYLE_AUTHOR_B[1] });
    assert.equal(x.rawScore, raw);
    assert.equal(x.decision, decision, JSON.stringify(band));
    assert.ok(Math.abs(x.score - score) < 1e-12, `${JSON.stringify(band)}: ${x.score} vs ${score}`);
    banded.dispose();
  }
  const once = verifyAuthorship(
    { known: [STYLE_AUTHOR_B[0]], unknown: STYLE_AUTHOR_B[1] },
    { method: 'cosine', explain: 1 },
  );
  assert.equal(once.rawScore, r.rawScore);
});

test("AuthorshipVerifier with impostors: 'others' (PAN-style pairs): the other problems are the impostors", () => {
  const writers = Array.from({ length: 16 }, (_, i) => syntheticWriter(100 + i));
  const problems = [];
  for (let i = 0; i < 8; ++i) problems.push({ known: [writers[i](300)], unknown: writers[i](300), sameAuthor: true });
  for (let i = 8; i < 16; i += 2)
    problems.push({ known: [writers[i](300)], unknown: writers[i + 1](300), sameAuthor: false });
  const v = new AuthorshipVerifier({ method: 'impostors', impostors: 'others', seed: 1 });
  assert.equal(v.method, 'impostors');
  assert.throws(() => v.verify(problems[0]), /call verifyMany/);
  const r = v.verifyMany(problems, { explain: 2 });
  assert.equal(r.length, 12);
  const same = r.filter((_, i) => problems[i].sameAuthor).map((x) => x.rawScore);
  const diff = r.filter((_, i) => !problems[i].sameAuthor).map((x) => x.rawScore);
  assert.ok(Math.min(...same) > Math.max(...diff), `${same} vs ${diff}`);
  assert.ok(r[0].explanation.shared[0].knownZ !== null);
  assert.deepEqual(
    v.verifyMany(problems).map((x) => x.rawScore),
    r.map((x) => x.rawScore),
  ); // repeatable
  const cal = v.calibrate(problems);
  assert.equal(cal.after.auc, 1);
  assert.throws(() => v.verifyMany([problems[0]]), /at least three distinct texts/);
  assert.throws(() => v.verifyMany([{ known: ['a'], unknown: 5 }]), /problems\[0\]\.unknown must be a string/);
  v.dispose();
});

test('AuthorshipVerifier default (combined): language-model scores both ways, a fitted probability, the unanswered band', () => {
  const writers = Array.from({ length: 12 }, (_, i) => syntheticWriter(200 + i));
  const problems = [];
  for (let i = 0; i < 6; ++i)
    problems.push({ known: [writers[i](250), writers[i](150)], unknown: writers[i](200), sameAuthor: true });
  for (let i = 6; i < 12; i += 1)
    problems.push({ known: [writers[i](300)], unknown: writers[(i + 1) % 12](200), sameAuthor: false });
  const v = new AuthorshipVerifier();
  assert.equal(v.method, 'combined');
  // One problem before any calibration: no impostors (the default needs none).
  const alone = v.verify(problems[0], { explain: 0 });
  assert.equal(alone.scores.impostors, null);
  assert.equal(alone.scores.knownModelBeatsImpostors, null);
  // Many problems: the other problems' texts are each one's impostors.
  const before = v.verifyMany(problems, { explain: 3 });
  for (const r of before) {
    assert.equal(r.calibrated, false);
    assert.equal(r.contributions, null);
    assert.ok(r.scores.impostors >= 0 && r.scores.impostors <= 1);
    assert.ok(Number.isFinite(r.scores.knownModelBeatsImpostors));
    assert.equal(r.scores.cosine, r.similarity);
    assert.ok(r.score > 0 && r.score < 1 && r.score === r.rawScore);
    assert.equal(r.explanation.shared.length, 3);
    assert.ok(r.explanation.shared.every((e) => Number.isFinite(e.knownZ)));
  }
  // That pool served that call only.
  assert.deepEqual(v.verify(problems[0], { explain: 0 }), alone);
  const gain = (r) => r.scores.knownPredictsUnknown + r.scores.unknownPredictsKnown;
  const same = before.filter((_, i) => problems[i].sameAuthor).map(gain);
  const diff = before.filter((_, i) => !problems[i].sameAuthor).map(gain);
  assert.ok(Math.min(...same) > Math.max(...diff), `${same} vs ${diff}`);
  const cal = v.calibrate(problems);
  assert.deepEqual(Object.keys(cal.weights), [
    'cosine',
    'knownPredictsUnknown',
    'unknownPredictsKnown',
    'maskedCosine',
    'maskedKnownPredictsUnknown',
    'maskedUnknownPredictsKnown',
    'impostors',
    'knownModelBeatsImpostors',
    'unknownModelBeatsImpostors',
    'cosineDelta',
    'statsDelta',
  ]);
  assert.deepEqual(v.calibration.combiner.scores, Object.keys(cal.weights));
  assert.ok(cal.weights.knownPredictsUnknown > 0 && cal.weights.unknownPredictsKnown > 0, JSON.stringify(cal.weights));
  // The calibration problems' texts stay the impostors: one problem now gets the same scores.
  assert.deepEqual(v.verify(problems[0], { explain: 0 }).scores, before[0].scores);
  assert.equal(cal.after.auc, 1);
  assert.ok([1, 3, 10, 30, 100].includes(cal.strength), String(cal.strength));
  assert.ok(cal.band[0] <= 0.5 && cal.band[1] >= 0.5);
  const after = v.verifyMany(problems, { explain: 0 });
  after.forEach((r, i) => {
    assert.equal(r.calibrated, true);
    assert.equal(r.rawScore, before[i].rawScore); // deterministic
    assert.equal(r.decision, problems[i].sameAuthor ? 'same-author' : 'different-author');
  });
  // The kept calibration carries its impostors: restored from JSON it scores the same, one
  // problem at a time too.
  const kept = JSON.parse(JSON.stringify(v.calibration));
  assert.equal(kept.impostors.length, problems.flatMap((p) => [...p.known, p.unknown]).length);
  const restored = new AuthorshipVerifier({ calibration: kept });
  assert.deepEqual(
    restored.verifyMany(problems, { explain: 0 }).map((r) => r.score),
    after.map((r) => r.score),
  );
  assert.equal(restored.verify(problems[0], { explain: 0 }).score, after[0].score);
  restored.dispose();
  // A calibrate() that fails on a bad text keeps the calibration and pool the verifier had.
  const broken = [
    ...problems.slice(1),
    { known: ['fine words'], unknown: new Uint8Array([0xff, 0xfe]), sameAuthor: true },
  ];
  assert.throws(() => v.calibrate(broken), /UTF-8/);
  assert.deepEqual(v.calibration, kept);
  assert.equal(v.verify(problems[0], { explain: 0 }).score, after[0].score);
  // Without them, one problem cannot be scored as calibrated; a bad text is named.
  const { impostors: _texts, ...bare } = kept;
  const withoutPool = new AuthorshipVerifier({ calibration: bare });
  assert.throws(() => withoutPool.verify(problems[0]), /calibrated with the impostors scores \(impostors\)/);
  withoutPool.dispose();
  assert.throws(
    () => new AuthorshipVerifier({ calibration: { ...kept, impostors: ['a', 7] } }),
    /calibration.impostors\[1\]/,
  );
  v.dispose();
  // impostors: 'none': never any, not even from the other problems.
  const lone = new AuthorshipVerifier({ impostors: 'none' });
  assert.ok(lone.verifyMany(problems, { explain: 0 }).every((r) => r.scores.impostors === null));
  assert.equal(Object.keys(lone.calibrate(problems).weights).length, 6);
  assert.equal(lone.calibration.impostors, undefined);
  lone.dispose();
  // 'others': the other problems of every call, even after calibrate().
  const w = new AuthorshipVerifier({ impostors: 'others', iterations: 20 });
  assert.equal(w.method, 'combined');
  const withPool = w.verifyMany(problems, { explain: 0 });
  assert.ok(withPool.every((r) => r.scores.impostors >= 0 && r.scores.impostors <= 1));
  const beats = (r) => r.scores.knownModelBeatsImpostors + r.scores.unknownModelBeatsImpostors;
  const sameBeats = withPool.filter((_, i) => problems[i].sameAuthor).map(beats);
  const diffBeats = withPool.filter((_, i) => !problems[i].sameAuthor).map(beats);
  assert.ok(Math.min(...sameBeats) > Math.max(...diffBeats), `${sameBeats} vs ${diffBeats}`);
  assert.deepEqual(Object.keys(w.calibrate(problems).weights), [
    'cosine',
    'knownPredictsUnknown',
    'unknownPredictsKnown',
    'maskedCosine',
    'maskedKnownPredictsUnknown',
    'maskedUnknownPredictsKnown',
    'impostors',
    'knownModelBeatsImpostors',
    'unknownModelBeatsImpostors',
    'cosineDelta',
    'statsDelta',
  ]);
  w.dispose();
  assert.throws(() => new AuthorshipVerifier({ modelOrder: 6 }), /modelOrder must be an integer/);
  assert.throws(() => new AuthorshipVerifier({ distortion: 'mask' }), /distortion must be one of/);
  assert.throws(
    () => new AuthorshipVerifier({ method: 'cosine', distortion: 'mask-content-words' }),
    /distortion 'mask-content-words' applies to the combined method only/,
  );
  assert.throws(() => new AuthorshipVerifier({ method: 'lm' }), /method must be one of/);
});

test("distortion: the masked scores see function words and punctuation, not topic; 'none' leaves them out", () => {
  // Same function words and punctuation, other content words: the masked texts are identical.
  const a = 'The cat sat on the mat, and then it was wet. We fed it there before the rain fell!';
  const b = 'The dog ran on the lake, and then it was tired. We met it there before the storm ended!';
  const v = new AuthorshipVerifier();
  const r = v.verify({ known: [a], unknown: b }, { explain: 0 });
  assert.ok(Math.abs(r.scores.maskedCosine - 1) < 1e-12, String(r.scores.maskedCosine));
  assert.ok(r.scores.cosine < 0.9, String(r.scores.cosine));
  assert.ok(r.scores.maskedKnownPredictsUnknown > r.scores.knownPredictsUnknown);
  // Numbers are masked too, one '#' per number: 12 and 2026 look alike.
  const n = v.verify({ known: ['on 12 june i was there'], unknown: 'on 2026 july i was there' }, { explain: 0 });
  assert.ok(Math.abs(n.scores.maskedCosine - 1) < 1e-12, String(n.scores.maskedCosine));
  v.dispose();
  const plain = new AuthorshipVerifier({ distortion: 'none' });
  const p = plain.verify({ known: [a], unknown: b }, { explain: 0 });
  assert.equal(p.scores.maskedCosine, null);
  assert.equal(p.scores.maskedKnownPredictsUnknown, null);
  assert.equal(p.scores.cosine, r.scores.cosine);
  assert.equal(p.scores.knownPredictsUnknown, r.scores.knownPredictsUnknown);
  plain.dispose();
});

test('calibrations name their scores; one without names is read as the three (or, with impostors, six) unmasked scores', () => {
  const writers = Array.from({ length: 8 }, (_, i) => syntheticWriter(300 + i));
  const problems = writers.map((w, i) => ({
    known: [w(200)],
    unknown: (i % 2 ? writers[(i + 1) % 8] : w)(150),
    sameAuthor: i % 2 === 0,
  }));
  const plain = new AuthorshipVerifier({ distortion: 'none', impostors: 'none' });
  plain.calibrate(problems);
  const { combiner, band } = plain.calibration;
  assert.deepEqual(combiner.scores, ['cosine', 'knownPredictsUnknown', 'unknownPredictsKnown']);
  const expected = plain.verifyMany(problems, { explain: 0 }).map((r) => r.score);
  plain.dispose();
  // Without names (as written before the masked scores existed): the same scores, read by position.
  const { scores: _names, ...unnamed } = combiner;
  for (const distortion of ['none', 'mask-content-words']) {
    const legacy = new AuthorshipVerifier({ distortion, calibration: { method: 'combined', band, combiner: unnamed } });
    assert.deepEqual(
      legacy.verifyMany(problems, { explain: 0 }).map((r) => r.score),
      expected,
    );
    legacy.dispose();
  }
  // A calibration with the masked scores needs them.
  const masked = new AuthorshipVerifier();
  masked.calibrate(problems);
  const calibration = masked.calibration;
  masked.dispose();
  const none = new AuthorshipVerifier({ distortion: 'none', calibration });
  assert.throws(
    () => none.verify(problems[0]),
    /calibrated with the masked scores \(maskedCosine\), but this verifier has distortion: 'none'/,
  );
  none.dispose();
  const bad = { ...calibration, combiner: { ...calibration.combiner, scores: ['cosine', 'nope'] } };
  assert.throws(() => new AuthorshipVerifier({ calibration: bad }), /calibration.combiner.scores\[1\] must be one of/);
  const short = { ...calibration, combiner: { mean: [0, 0], sd: [1, 1], weights: [0, 0, 0] } };
  assert.throws(
    () => new AuthorshipVerifier({ calibration: short }),
    /calibration.combiner.scores must name the scores/,
  );
});

test('CJK: characters are words, character n-grams work too', () => {
  const hanzi = ['的', '是', '在', '了', '不', '和', '有', '大', '这', '中'];
  const writers = [syntheticWriter(7, hanzi, ''), syntheticWriter(8, hanzi, ''), syntheticWriter(9, hanzi, '')];
  const cjkTraining = writers.flatMap((w, a) => [0, 1, 2].map(() => ({ author: `w${a}`, text: `${w(400)}。` })));
  for (const options of [{ mfw: 100 }, { mfw: 0, mfc: 300, ngramSize: 2 }]) {
    const model = new AuthorshipModel(cjkTraining, options);
    assert.ok(model.features.every((f) => [...f.feature].length === (options.mfc ? 2 : 1)));
    writers.forEach((w, a) => assert.equal(model.attribute(w(400)).author, `w${a}`, JSON.stringify(options)));
    model.dispose();
  }
  const p = styleProfile(`${writers[0](50)}。${writers[0](30)}！`);
  assert.equal(p.words, 160); // every "syllable" is two characters, each a word
  assert.equal(p.sentences, 2);
});

test('models and verifiers created and disposed in a loop leave the wasm heap flat', () => {
  const round = () => {
    const m = new AuthorshipModel(training, { mfw: 50, mfc: 50 });
    m.attribute(STYLE_UNKNOWN[0]);
    m.leaveOneOut();
    m.dispose();
    const v = new AuthorshipVerifier({ impostors: STYLE_AUTHOR_B });
    v.verify({ known: STYLE_AUTHOR_A, unknown: STYLE_UNKNOWN[0] });
    v.dispose();
  };
  for (let i = 0; i < 20; ++i) round();
  const before = heapBytes();
  for (let i = 0; i < 300; ++i) round();
  assert.equal(heapBytes(), before);
});

test('evaluateVerification equals the PAN evaluator computed with scikit-learn', () => {
  const fixture = JSON.parse(readFileSync(new URL('../golden/pan_metrics_sklearn.json', import.meta.url), 'utf8'));
  assert.ok(fixture.cases.length >= 4);
  for (const c of fixture.cases) {
    const got = evaluateVerification(c.truth, c.scores);
    // the fixture keeps the PAN evaluator's names
    for (const [key, pan] of [
      ['auc', 'auc'],
      ['cAt1', 'c_at_1'],
      ['f05u', 'f_05_u'],
      ['f1', 'f1'],
      ['brier', 'brier'],
      ['overall', 'overall'],
    ]) {
      assert.ok(Math.abs(got[key] - c.expected[pan]) < 1e-12, `${key}: ${got[key]} vs ${c.expected[pan]}`);
    }
  }
});

const bad = [
  [() => styleProfile(1), TypeError, /styleProfile: text must be a string/],
  [() => styleProfile('x', { top: -1 }), RangeError, /top must be an integer/],
  [() => styleProfile('x', { charNgrams: 3 }), TypeError, /unknown option charNgrams/],
  [() => styleProfile(new Uint8Array([0xff])), Error, /text is not valid UTF-8/],
  [() => new AuthorshipModel('x'), TypeError, /training must be an array/],
  [() => new AuthorshipModel([null]), TypeError, /training\[0\] must be an object/],
  [() => new AuthorshipModel([{ author: 1, text: 'x' }]), TypeError, /training\[0\]\.author must be a string/],
  [() => new AuthorshipModel([{ author: 'a', text: 2 }]), TypeError, /training\[0\]\.text must be a string/],
  [() => new AuthorshipModel(training.slice(0, 4)), RangeError, /at least two authors/],
  [() => new AuthorshipModel([training[0], training[5]]), RangeError, /at least three texts/],
  [
    () => new AuthorshipModel(training, { method: 'manhattan' }),
    RangeError,
    /method must be one of 'burrows', 'eder', 'cosine'/,
  ],
  [() => new AuthorshipModel(training, { mfw: 0 }), RangeError, /at least one feature/],
  [() => new AuthorshipModel(training, { mfw: 1.5 }), RangeError, /mfw must be an integer/],
  [() => new AuthorshipModel(training, { functionWords: ['...'] }), RangeError, /functionWords contains no words/],
  [
    () => new AuthorshipModel([...training, { author: 'x', text: new Uint8Array([0xc3]) }]),
    Error,
    /training\[8\]\.text is not valid UTF-8/,
  ],
  [() => new AuthorshipVerifier({ method: 'impostors' }), RangeError, /at least two impostor texts/],
  [() => new AuthorshipVerifier({ band: [0.6, 0.4] }), RangeError, /band must have p1 <= p2/],
  [() => new AuthorshipVerifier({ featureFraction: 0 }), RangeError, /featureFraction/],
  [() => new AuthorshipVerifier({ vocabulary: 0 }), RangeError, /vocabulary must be an integer/],
  [() => new AuthorshipVerifier({ impostors: ['a', 7] }), TypeError, /impostors\[1\] must be a string/],
  [() => verifyAuthorship({ known: [], unknown: 'x' }), RangeError, /problem\.known must contain at least one text/],
  [() => verifyAuthorship({ known: 'abc', unknown: 'x' }), TypeError, /problem\.known must be an array/],
  [() => verifyAuthorship({ known: ['a'] }), TypeError, /problem\.unknown must be a string/],
  [() => verifyAuthorship({ known: [new Uint8Array([0xff])], unknown: 'x' }), Error, /known\[0\] is not valid UTF-8/],
  [() => evaluateVerification([true], [0.5, 0.2]), RangeError, /same length/],
  [() => evaluateVerification([true], [1.5]), RangeError, /scores\[0\] must be a number in \[0, 1\]/],
];

test('bad calls throw errors naming the parameter, and the next call works', () => {
  for (const [call, type, message] of bad) {
    assert.throws(call, (e) => e instanceof type && message.test(e.message), String(call));
    assert.equal(styleProfile('still works').words, 2);
  }
  const model = new AuthorshipModel(training);
  assert.throws(() => model.attribute(42), TypeError);
  assert.throws(() => model.attribute('x', { explain: -1 }), RangeError);
  assert.throws(() => model.attribute('x', { method: 'x' }), /method must be one of/);
  assert.equal(model.attribute(STYLE_UNKNOWN[0]).author, 'Formal');
  model.dispose();
  model.dispose();
  assert.throws(() => model.attribute('x'), /used after dispose\(\)/);
  const v = new AuthorshipVerifier();
  assert.throws(
    () => v.calibrate([{ known: ['a'], unknown: 'b', sameAuthor: true }]),
    /same-author and different-author/,
  );
  assert.throws(() => v.calibrate([{ known: ['a'], unknown: 'b' }]), /problems\[0\]\.sameAuthor must be a boolean/);
  v.dispose();
});

test('calibration shrinks toward the uncalibrated default, as strongly as cross-validation says', async () => {
  // The package's internals (not exported).
  const { fitCombiner, fitShrunkCombiner, combine, SHRINKAGE_STRENGTHS } = await import(
    '../../npm/dist/style-combine.js'
  );
  let state = 5;
  const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
  const names = ['cosine', 'knownPredictsUnknown', 'unknownPredictsKnown'];
  const prior = { intercept: -3, weights: { knownPredictsUnknown: 4, unknownPredictsKnown: 4 } };
  const sigmoid = (z) => 1 / (1 + Math.exp(-z));
  // Labels the scores tell apart (the model scores and the cosine higher for same-author pairs).
  const truth = Array.from({ length: 120 }, (_, i) => i % 2 === 0);
  const x = truth.map((t) => [
    0.3 + (t ? 0.25 : 0) + random() * 0.3,
    0.3 + (t ? 0.15 : 0) + random() * 0.2,
    0.3 + random() * 0.2,
  ]);
  // Held fully, the regression is the prior, in the scores' own units.
  const held = fitCombiner(x, truth, names, 1e9, prior);
  for (const v of x.slice(0, 10)) assert.ok(Math.abs(combine(held, v) - sigmoid(-3 + 4 * (v[1] + v[2]))) < 1e-6);
  // Telling scores: a weak hold (the fit follows the data) ...
  const told = fitShrunkCombiner(x, truth, names, prior);
  assert.ok(told.strength <= 3, String(told.strength));
  assert.ok(told.combiner.weights[1] > 0, JSON.stringify(told.combiner.weights));
  // ... labels unrelated to the scores: a strong one (the data have nothing to add).
  const noise = truth.map(() => random() < 0.5);
  const held2 = fitShrunkCombiner(x, noise, names, prior);
  assert.ok(held2.strength >= 30, String(held2.strength));
  assert.ok(SHRINKAGE_STRENGTHS.includes(held2.strength));
  // Too few of a class to cross-validate: the fallback strength, still a fitted regression.
  const few = fitShrunkCombiner(x.slice(0, 7), [true, false, false, false, false, false, false], names, prior);
  assert.equal(few.strength, 10);
  assert.ok(few.band[0] <= 0.5 && few.band[1] >= 0.5);
});

test('calibration band: the one-sort search equals a search that scores every band from scratch', async () => {
  // The package's internals (not exported): the fast grid search and the PAN band correction.
  const { calibrationBand, applyBand } = await import('../../npm/dist/style-eval.js');
  let state = 11;
  const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
  for (const [n, step] of [
    [150, 0.01],
    [200, 0.05],
    [120, 0],
  ]) {
    const truth = Array.from({ length: n }, () => random() < 0.45);
    // Rounded scores: ties, and scores exactly on band edges.
    const raw = truth.map((t) => {
      const x = Math.min(1, Math.max(0, (t ? 0.6 : 0.4) + (random() - 0.5) * 0.7));
      return step ? Math.round(x / step) * step : x;
    });
    let best = { band: [0.5, 0.5], overall: -Infinity };
    for (let i = 0; i < 100; ++i) {
      for (let j = i; j < 100; ++j) {
        const band = [i / 100, j / 100];
        const m = evaluateVerification(
          truth,
          raw.map((r) => applyBand(r, band)),
        );
        if (m.overall > best.overall) best = { band, overall: m.overall };
      }
    }
    const fast = calibrationBand(truth, raw);
    assert.deepEqual(fast.band, best.band, `n ${n} step ${step}`);
    assert.deepEqual(fast.before, evaluateVerification(truth, raw));
    assert.deepEqual(
      fast.after,
      evaluateVerification(
        truth,
        raw.map((r) => applyBand(r, best.band)),
      ),
    );
  }
});
