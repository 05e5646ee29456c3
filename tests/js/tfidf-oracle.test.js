// TF-IDF against scikit-learn's TfidfVectorizer run live with its own tokenizer (Debian's
// python3-sklearn), on a corpus where its tokenizer and simkit's agree — checked first, word by
// word — so tokenization and weighting are both compared with an independent implementation.
// (tests/js/vector.test.js compares the weighting alone, on simkit's tokens.)
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { init, TfIdfModel, tokenize } from 'simkit';

before(() => init());

// Words of two or more letters, mixed case, punctuation between them: sklearn's default
// token_pattern (\b\w\w+\b, lowercased) and simkit's word tokens give the same words here.
const VOCABULARY = (
  'the of and to in is was for on that with as by at from this be are or an it not which have has ' +
  'river mountain forest valley ocean desert glacier island canyon meadow storm thunder rain snow wind ' +
  'engine piston valve turbine gear shaft bearing torque fuel exhaust sensor circuit voltage current'
).split(' ');
let seed = 0x1234567;
const next = (n) => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
};
const DOCS = Array.from({ length: 40 }, (_, d) => {
  const topic = VOCABULARY.slice(25 + 15 * (d % 2), 40 + 15 * (d % 2));
  const words = Array.from({ length: 20 + next(60) }, () =>
    next(3) ? topic[next(topic.length)] : VOCABULARY[next(25)],
  );
  return `${words.map((w, i) => (i % 7 === 0 ? w[0].toUpperCase() + w.slice(1) : w)).join(next(4) ? ' ' : ', ')}.`;
});

const PYTHON = `
import json, sys
from sklearn.feature_extraction.text import TfidfVectorizer
docs = json.load(sys.stdin)
out = {"tokens": TfidfVectorizer().build_analyzer(), "variants": []}
out["tokens"] = [out["tokens"](d) for d in docs]
for smooth, sublinear in [(True, False), (False, True), (True, True)]:
    x = TfidfVectorizer(smooth_idf=smooth, sublinear_tf=sublinear, norm="l2").fit_transform(docs)
    out["variants"].append({"smoothIdf": smooth, "sublinearTf": sublinear, "cosine": (x @ x.T).toarray().tolist()})
json.dump(out, sys.stdout)
`;

test('TF-IDF cosines equal scikit-learn run on the raw texts with its own tokenizer', () => {
  const run = spawnSync('/usr/bin/python3', ['-c', PYTHON], {
    input: JSON.stringify(DOCS),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  assert.equal(run.status, 0, `python3 with scikit-learn (Debian's python3-sklearn) failed:\n${run.stderr}`);
  const sk = JSON.parse(run.stdout);
  DOCS.forEach((d, i) =>
    assert.deepEqual(
      tokenize(d).map((t) => t.text),
      sk.tokens[i],
      `tokens of document ${i}`,
    ),
  );
  let compared = 0;
  for (const v of sk.variants) {
    const model = new TfIdfModel(DOCS, { smoothIdf: v.smoothIdf, sublinearTf: v.sublinearTf });
    for (let i = 0; i < DOCS.length; ++i) {
      for (let j = 0; j < DOCS.length; ++j) {
        assert.ok(
          Math.abs(model.cosine(i, j) - v.cosine[i][j]) < 1e-9,
          `${JSON.stringify({ ...v, cosine: undefined })} [${i}][${j}] ${model.cosine(i, j)} vs ${v.cosine[i][j]}`,
        );
        ++compared;
      }
    }
    model.dispose();
  }
  assert.equal(compared, 3 * DOCS.length ** 2);
});
