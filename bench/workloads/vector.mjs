// Vector similarity: TF-IDF top-5 of every document over 1k documents vs natural's TfIdf;
// SimHash over 10k ~2 KB documents vs simhash-js, with separation of planted near-duplicates
// (ROC AUC of duplicate pairs vs random pairs), and TLSH (npm tlsh) as the quality bar.
import { createRequire } from 'node:module';
import { hammingDistance, simhashBatch, TfIdfModel } from 'simkit';
import { fmt, measure, measureRounds, record, table } from '../lib.mjs';
import { englishDocuments } from './minhash.mjs';

const require = createRequire(import.meta.url);
const natural = require('natural');
const simhashJs = require('simhash-js');
const tlshHash = require('tlsh');
const DigestBuilder = require('tlsh/lib/digests/digest-hash-builder');

function auc(positives, negatives) {
  // Higher score = more similar. Ties count half.
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (positives.length * negatives.length);
}

function naturalTop5(docs) {
  const tfidf = new natural.TfIdf();
  docs.forEach((d) => tfidf.addDocument(d));
  const vectors = docs.map((_, i) => {
    const v = new Map();
    for (const { term, tfidf: w } of tfidf.listTerms(i)) v.set(term, w);
    let norm = 0;
    for (const w of v.values()) norm += w * w;
    return { v, norm: Math.sqrt(norm) };
  });
  return vectors.map((a, i) => {
    const scores = [];
    vectors.forEach((b, j) => {
      if (i === j) return;
      let dot = 0;
      for (const [t, w] of a.v) {
        const x = b.v.get(t);
        if (x) dot += w * x;
      }
      scores.push([j, a.norm && b.norm ? dot / (a.norm * b.norm) : 0]);
    });
    return scores
      .sort((x, y) => y[1] - x[1])
      .slice(0, 5)
      .map(([j]) => j);
  });
}

export async function run() {
  const { docs } = englishDocuments(1000, 2000, 50, 21);
  const ours = measure(() => {
    const m = new TfIdfModel(docs);
    for (let i = 0; i < docs.length; ++i) m.similar(i, 5);
    m.dispose();
  }, 1500);
  // natural's run takes seconds: timed once, against simkit's best round.
  const theirsStart = performance.now();
  const theirTop = naturalTop5(docs);
  const theirs = performance.now() - theirsStart;
  record('tfidf.naturalSlower', (theirs * 1e6) / ours, { runs: 1, simkitMs: ours / 1e6, naturalMs: theirs });
  const m = new TfIdfModel(docs);
  const agree = docs.filter((_, i) => m.similar(i, 1)[0]?.index === theirTop[i][0]).length;
  m.dispose();
  table(
    'TF-IDF: top-5 most similar of every document, 1,000 documents of ~2 KB',
    ['implementation', 'time', 'simkit speed-up', 'top-1 agreement'],
    [
      ['simkit TfIdfModel', `${(ours / 1e6).toFixed(0)} ms`, '1.00x', ''],
      [
        'natural TfIdf + cosine',
        `${theirs.toFixed(0)} ms`,
        fmt.ratio((theirs * 1e6) / ours),
        `${agree}/${docs.length} (natural tokenizes and weights differently)`,
      ],
    ],
  );

  const big = englishDocuments(10_000, 2000, 1000, 5);
  const n = big.docs.length;
  const skTimed = measureRounds(() => simhashBatch(big.docs), 2000);
  const sk = skTimed.best;
  const js = new simhashJs.SimHash();
  // simhash-js on the first 500 documents, scaled to all n.
  const jsTimed = measureRounds(() => {
    for (let i = 0; i < 500; ++i) js.hash(big.docs[i]);
  }, 2000);
  const jsTime = (jsTimed.best / 500) * n;
  const perRound = skTimed.rounds.map((r, i) => (jsTimed.rounds[i] / 500) * (n / r)).sort((a, b) => a - b);
  record('simhash.docsPerSec', (1e9 * n) / sk);
  record('simhash.jsSlower', jsTime / sk, { runs: perRound.length, spread: [perRound[0], perRound.at(-1)] });
  const tl =
    (measure(() => {
      for (let i = 0; i < 50; ++i) tlshHash(big.docs[i]);
    }, 2000) /
      50) *
    n;
  const fps = simhashBatch(big.docs);
  const jsFps = big.docs.map((d) => js.hash(d));
  const pairs = big.pairs.slice(0, 300);
  const randomPairs = Array.from({ length: 300 }, (_, i) => [(i * 7919) % (n - 1000), (i * 104729 + 13) % (n - 1000)]);
  const ours2 = (p) => 64 - hammingDistance(fps[p[0]], fps[p[1]]);
  const jsScore = (p) => simhashJs.Comparator.similarity(jsFps[p[0]], jsFps[p[1]]);
  const tlshOf = new Map();
  const tlshDigest = (i) => {
    if (!tlshOf.has(i)) tlshOf.set(i, new DigestBuilder().withHash(tlshHash(big.docs[i])).build());
    return tlshOf.get(i);
  };
  const tlshScore = (p) => -tlshDigest(p[0]).calculateDifference(tlshDigest(p[1]), true);
  const aucOf = (f) => auc(pairs.map(f), randomPairs.map(f));
  record('simhash.auc', aucOf(ours2));
  record('simhash.jsAuc', aucOf(jsScore));
  record('simhash.tlshAuc', aucOf(tlshScore));
  table(
    `SimHash over ${n} documents of ~2 KB (${big.pairs.length} planted near-duplicates, 2% words edited)`,
    ['implementation', 'docs/s', 'simkit speed-up', 'ROC AUC (300 duplicate vs 300 random pairs)'],
    [
      ['simkit simhashBatch (word 1-3-grams, 64 bits)', fmt.perSec(sk / n), '1.00x', aucOf(ours2).toFixed(4)],
      ['simhash-js (32 bits)', fmt.perSec(jsTime / n), fmt.ratio(jsTime / sk), aucOf(jsScore).toFixed(4)],
      ['tlsh (quality bar)', fmt.perSec(tl / n), fmt.ratio(tl / sk), aucOf(tlshScore).toFixed(4)],
    ],
  );
}
