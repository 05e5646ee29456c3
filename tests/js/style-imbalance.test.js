// Verification when one side is much longer than the other ("here is everything I have by X;
// did X write this?" and the reverse): same-author problems must still rank above
// different-author ones. Built from the King James New Testament (public domain, Debian's
// bible-kjv, installed by scripts/setup.sh): 6000 words of one book against 150-word passages
// of other books by the same traditional author (Paul, Luke, John) or by another one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { AuthorshipVerifier, evaluateVerification, init } from 'simkit';

await init();

function words(book) {
  let text;
  try {
    text = execFileSync('bible', [`${book}1:1-${book}199:999`], { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (e) {
    throw new Error(`the length-imbalance test needs Debian's bible-kjv (apt-get install bible-kjv): ${e.message}`);
  }
  return text
    .replace(/^\s*\S+ \d+\s*$/gm, ' ')
    .replace(/^\s*\d+ /gm, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

// The first book of each author is the long side; the others give the short passages.
const AUTHORS = { Paul: ['1Co', 'Rom', '2Co', 'Gal'], Luke: ['Lu', 'Ac'], John: ['Joh', '1Jo'] };
// Impostors: books by other writers of the same time and genre.
const IMPOSTOR_BOOKS = ['Mt', 'Mr', 'Jas', '1Pe', 'Heb', 'Re'];
const text = {};
for (const books of [...Object.values(AUTHORS), IMPOSTOR_BOOKS]) for (const b of books) text[b] = words(b);
const passage = (b, at, n) => text[b].slice(at, at + n).join(' ');

function problems(longWords, shortWords, passages) {
  const out = { knownLonger: [], unknownLonger: [] };
  for (const [author, [home]] of Object.entries(AUTHORS)) {
    const long = passage(home, 0, longWords);
    for (const [other, books] of Object.entries(AUTHORS)) {
      for (const b of books) {
        if (b === home) continue;
        for (let k = 0; k < passages; ++k) {
          const short = passage(b, 400 + k * 700, shortWords);
          out.knownLonger.push({ known: [long], unknown: short, sameAuthor: author === other });
          out.unknownLonger.push({ known: [short], unknown: long, sameAuthor: author === other });
        }
      }
    }
  }
  return out;
}

const imbalanced = problems(6000, 150, 4);
const auc = (ps, results) =>
  evaluateVerification(
    ps.map((p) => p.sameAuthor),
    results.map((r) => r.score),
  ).auc;

test('default verifier: same-author ranks above different-author with known ≫ unknown and unknown ≫ known', () => {
  const v = new AuthorshipVerifier();
  try {
    assert.equal(v.method, 'combined');
    for (const [direction, ps] of Object.entries(imbalanced)) {
      assert.equal(ps.filter((p) => p.sameAuthor).length, 20);
      assert.equal(ps.length, 84);
      const results = v.verifyMany(ps, { explain: 0 });
      // Scores must spread (the impostors method used to collapse to exactly 0.5 here).
      assert.ok(new Set(results.map((r) => r.score)).size > ps.length / 2, `${direction}: scores collapsed`);
      const a = auc(ps, results);
      assert.ok(a >= 0.75, `${direction}: AUC ${a.toFixed(3)} < 0.75`);
    }
  } finally {
    v.dispose();
  }
});

test('calibrated on balanced problems, the probabilities still rank imbalanced ones; unanswered only inside the band', () => {
  const balanced = problems(800, 800, 2).knownLonger;
  const v = new AuthorshipVerifier();
  try {
    const cal = v.calibrate(balanced);
    const [p1, p2] = cal.band;
    assert.ok(p1 <= 0.5 && p2 >= 0.5, `band [${p1}, ${p2}] must contain 0.5`);
    assert.ok(cal.after.brier > 0.75, `Brier (as 1 - loss) on the calibration problems: ${cal.after.brier}`);
    for (const [direction, ps] of Object.entries(imbalanced)) {
      const results = v.verifyMany(ps, { explain: 0 });
      const a = auc(ps, results);
      assert.ok(a >= 0.75, `${direction}: AUC ${a.toFixed(3)} < 0.75 after calibration`);
      for (const r of results) {
        assert.equal(r.calibrated, true);
        // The explanation: each score's part in the logit.
        assert.deepEqual(Object.keys(r.contributions), [
          'cosine',
          'knownPredictsUnknown',
          'unknownPredictsKnown',
          'maskedCosine',
          'maskedKnownPredictsUnknown',
          'maskedUnknownPredictsKnown',
          // The default keeps the calibration problems' texts as impostors.
          'impostors',
          'knownModelBeatsImpostors',
          'unknownModelBeatsImpostors',
          'cosineDelta',
          'statsDelta',
        ]);
        assert.ok(Object.values(r.contributions).every(Number.isFinite));
        if (r.decision === 'unanswered') assert.equal(r.score, 0.5);
        else assert.ok(r.score <= p1 || r.score >= p2, `answered score ${r.score} inside the band [${p1}, ${p2}]`);
      }
    }
  } finally {
    v.dispose();
  }
});

test('with impostors (both methods): no collapse to 0.5, same-author ranks above different-author in both directions', () => {
  // Four 300-word passages of each impostor book: 24 texts by six other writers.
  const impostors = IMPOSTOR_BOOKS.flatMap((b) => [0, 1, 2, 3].map((k) => passage(b, 200 + k * 500, 300)));
  for (const method of ['impostors', 'combined']) {
    const v = new AuthorshipVerifier({ method, impostors });
    try {
      for (const [direction, ps] of Object.entries(imbalanced)) {
        const results = v.verifyMany(ps, { explain: 0 });
        const raw = results.map((r) => (method === 'combined' ? r.scores.impostors : r.rawScore));
        assert.ok(
          raw.filter((x) => x === 0.5).length < ps.length / 4,
          `${method}, ${direction}: the impostors score collapsed to 0.5`,
        );
        assert.ok(new Set(raw).size > ps.length / 4, `${method}, ${direction}: impostors scores collapsed`);
        const a = auc(ps, results);
        assert.ok(a >= 0.75, `${method}, ${direction}: AUC ${a.toFixed(3)} < 0.75`);
      }
    } finally {
      v.dispose();
    }
  }
});
