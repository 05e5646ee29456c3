// Near-duplicate detection: MinHash (128 permutations, word 3-grams) over 10k ~2 KB English
// documents built from real sentences, with planted near-duplicates; simkit (classic and OPH,
// wasm and native) vs the npm `minhash` package; LSH at 0.8 recall/precision against exact
// Jaccard; index memory per document.
import { createRequire } from 'node:module';
import { LshIndex, MinHasher, estimateJaccard, setSimilarity, shingles } from 'simkit';
import { fmt, measure, measureRounds, native, record, saveInput, table } from '../lib.mjs';
import { rawTexts, reviseWords, rng } from '../fixtures/corpus.mjs';

const peer = createRequire(import.meta.url)('minhash');

/** `count` documents of ~`size` chars made of real sentences, plus planted near-duplicates. */
export function englishDocuments(count, size, planted, seed = 7) {
  const random = rng(seed);
  const sentences = rawTexts()
    .join(' ')
    .split(/(?<=[.!?])\s+/)
    .filter((s) => s.length > 30 && s.length < 400);
  const vocabulary = [
    ...new Set(
      sentences
        .join(' ')
        .toLowerCase()
        .match(/[a-z]{3,}/g),
    ),
  ];
  const docs = [];
  for (let i = 0; i < count - planted; ++i) {
    let d = '';
    while (d.length < size) d += `${sentences[Math.floor(random() * sentences.length)]} `;
    docs.push(d.trim());
  }
  const pairs = [];
  for (let p = 0; p < planted; ++p) {
    const source = Math.floor(random() * (count - planted));
    docs.push(reviseWords(docs[source], 0.02, random, vocabulary));
    pairs.push([source, docs.length - 1]);
  }
  return { docs, pairs };
}

function peerSign(text) {
  const m = new peer.Minhash({ numPerm: 128 });
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (let i = 0; i + 3 <= words.length; ++i) m.update(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return m;
}

export async function run() {
  const { docs, pairs } = englishDocuments(10_000, 2000, 500);
  record('documents', docs.length);
  const file = saveInput('minhash-docs.txt', docs.slice(0, 2000).join('\x1e'));
  const rows = [];
  const signed = {};
  for (const [scheme, analyzer] of [
    ['classic', 'word'],
    ['oph', 'word'],
    ['classic', 'char'],
    ['oph', 'char'],
  ]) {
    const mh = new MinHasher({ scheme, analyzer });
    const id = analyzer === 'word' ? scheme : `${scheme}-char`;
    if (analyzer === 'word') signed[scheme] = mh.signBatch(docs);
    const timed = measureRounds(() => mh.signBatch(docs), 2000);
    const ns = timed.best;
    const perSec = timed.rounds.map((r) => (1e9 * docs.length) / r).sort((a, b) => a - b);
    record(`${id}.docsPerSec`, perSec.at(-1), { runs: perSec.length, spread: [perSec[0], perSec.at(-1)] });
    const nativeNs = native(`minhash-${id}`, file);
    if (nativeNs) record(`${id}.wasmTax`, ns / docs.length / nativeNs);
    const label = analyzer === 'word' ? scheme : `${scheme}, char 5-grams`;
    rows.push([
      `simkit ${label} (wasm, signBatch)`,
      fmt.perSec(ns / docs.length),
      '1.00x',
      nativeNs ? `wasm tax ${fmt.ratio(ns / docs.length / nativeNs)}` : '',
    ]);
    if (nativeNs) rows.push([`simkit ${label} (native C++)`, fmt.perSec(nativeNs), '', '']);
  }
  const peerDocs = docs.slice(0, 200);
  const peerNs =
    measure(() => {
      for (const d of peerDocs) peerSign(d);
    }, 2000) / peerDocs.length;
  const classicNs = 1e9 / Number(rows[0][1].replace('/s', ''));
  record('peer.docsPerSec', 1e9 / peerNs, { documents: peerDocs.length });
  rows.push(['npm minhash (200 docs)', fmt.perSec(peerNs), `${fmt.ratio(peerNs / classicNs)} slower than classic`, '']);
  table(
    `MinHash signing, 128 permutations, word 3-grams (char 5-grams where said), ${docs.length} documents of ~2 KB`,
    ['implementation', 'docs/s', 'vs simkit', 'note'],
    rows,
  );

  // LSH at 0.8: every document queried against the index; truth = pairs with exact Jaccard >= 0.8.
  const quality = [];
  for (const scheme of ['classic', 'oph']) {
    const sigs = signed[scheme];
    const start = performance.now();
    const index = new LshIndex({ threshold: 0.8 });
    index.insertMany(
      docs.map((_, i) => String(i)),
      sigs,
    );
    const found = new Set();
    for (let i = 0; i < docs.length; ++i) {
      for (const m of index.query(sigs[i], { exclude: String(i) })) {
        const j = Number(m.key);
        found.add(i < j ? `${i}|${j}` : `${j}|${i}`);
      }
    }
    const ms = performance.now() - start;
    const exact = new Map();
    const exactOf = (key) => {
      if (!exact.has(key)) {
        const [a, b] = key.split('|').map(Number);
        exact.set(key, setSimilarity(docs[a], docs[b]).jaccard);
      }
      return exact.get(key);
    };
    const truth = new Set(
      [...pairs.map(([a, b]) => `${Math.min(a, b)}|${Math.max(a, b)}`), ...found].filter((k) => exactOf(k) >= 0.8),
    );
    const tp = [...found].filter((k) => truth.has(k)).length;
    record(`${scheme}.lsh.recall`, tp / truth.size);
    record(`${scheme}.lsh.precision`, found.size ? tp / found.size : 0);
    quality.push([
      `simkit ${scheme}`,
      `${ms.toFixed(0)} ms`,
      (tp / truth.size).toFixed(3),
      (found.size ? tp / found.size : 0).toFixed(3),
      `${(index.memoryBytes / index.size).toFixed(0)} B`,
      `${index.params.bands}×${index.params.rows}`,
    ]);
    index.dispose();
  }
  // The peer's index on 1000 documents (its signing is slow), verified with its estimate.
  const sub = docs.slice(0, 1000);
  const peerSigs = sub.map(peerSign);
  const pStart = performance.now();
  const pIndex = new peer.LshIndex({ bandSize: 4 });
  peerSigs.forEach((m, i) => pIndex.insert(String(i), m));
  let _pFound = 0;
  for (let i = 0; i < sub.length; ++i)
    for (const k of pIndex.query(peerSigs[i]))
      if (Number(k) > i && peerSigs[i].jaccard(peerSigs[Number(k)]) >= 0.8) ++_pFound;
  const pMs = performance.now() - pStart;
  const simSub = new LshIndex({ threshold: 0.8 });
  const sStart = performance.now();
  simSub.insertMany(
    sub.map((_, i) => String(i)),
    signed.classic.slice(0, 1000),
  );
  for (let i = 0; i < sub.length; ++i) simSub.query(signed.classic[i], { exclude: String(i) });
  const sMs = performance.now() - sStart;
  simSub.dispose();
  quality.push([
    'npm minhash LshIndex (1000 docs)',
    `${pMs.toFixed(0)} ms (simkit: ${sMs.toFixed(1)} ms, ${fmt.ratio(pMs / sMs)} faster)`,
    '',
    '',
    '',
    'bandSize 4',
  ]);
  table(
    'LSH at threshold 0.8: build + query every document',
    ['implementation', 'build + query-all', 'recall', 'precision', 'memory/doc', 'bands×rows'],
    quality,
  );
  const mae = [];
  for (const scheme of ['classic', 'oph']) {
    let err = 0;
    for (let i = 0; i < 300; ++i) {
      const a = Math.floor(i * 31) % docs.length;
      const b = docs.length - 1 - (i % 500);
      err += Math.abs(estimateJaccard(signed[scheme][a], signed[scheme][b]) - setSimilarity(docs[a], docs[b]).jaccard);
    }
    mae.push([scheme, (err / 300).toFixed(4)]);
  }
  table(
    'Estimate error on 300 document pairs (mostly planted near-duplicates)',
    ['scheme', 'mean |estimate − exact|'],
    mae,
  );
  void shingles;
}
