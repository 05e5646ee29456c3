// Text pipeline throughput: normalize + tokenize + word 3-gram shingle hashes of ~2 KB English
// documents (licence texts from /usr/share/common-licenses), wasm vs native.
import { shingles, tokenize } from 'simkit';
import { englishCorpus, fmt, measure, native, saveInput, table } from '../lib.mjs';

export async function run() {
  const corpus = englishCorpus();
  const docs = [];
  for (let at = 0; at + 2048 <= corpus.length && docs.length < 200; at += 2048) docs.push(corpus.slice(at, at + 2048));
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  const shingleNs = measure(() => {
    for (const d of docs) shingles(d);
  });
  const tokenizeNs = measure(() => {
    for (const d of docs) tokenize(d);
  });
  const file = saveInput('pipeline-2kb.txt', docs[0]);
  const nativeNs = native('shingle', file);
  const oneDocNs = measure(() => shingles(docs[0]));
  const rows = [
    ['shingles() word 3-grams, 2 KB docs (wasm)', fmt.rate(bytes / shingleNs), fmt.perSec(shingleNs / docs.length)],
    ['tokenize() with Token objects (wasm)', fmt.rate(bytes / tokenizeNs), fmt.perSec(tokenizeNs / docs.length)],
  ];
  if (nativeNs) {
    rows.push([
      'word 3-gram shingles, same doc (native C++)',
      fmt.rate(Buffer.byteLength(docs[0]) / nativeNs),
      `wasm tax ${fmt.ratio(oneDocNs / nativeNs)}`,
    ]);
  }
  table(`Text pipeline over ${docs.length} English documents of 2 KB`, ['workload', 'throughput', 'docs/s'], rows);
}
