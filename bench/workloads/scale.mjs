// Scale: 1,000,000 short documents (~200 bytes) signed and deduplicated in one Node process
// with dedup(); prints the time, the peak RSS and the wasm heap. Also the dedup job of the CLI
// issue (100k documents of ~500 bytes) next to the same job with the npm minhash package
// (measured on 5,000 documents and scaled linearly: it is O(n) per document and far slower).
import { createRequire } from 'node:module';
import { dedup } from 'simkit';
import { table } from '../lib.mjs';
import { englishDocuments } from './minhash.mjs';
import { heapBytes } from '../../tests/js/helpers.mjs';

const peer = createRequire(import.meta.url)('minhash');

function peerDedup(docs, threshold) {
  const index = new peer.LshIndex({ bandSize: 4 });
  const sigs = docs.map((d, i) => {
    const m = new peer.Minhash({ numPerm: 128 });
    const words = d.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    for (let j = 0; j + 3 <= words.length; ++j) m.update(`${words[j]} ${words[j + 1]} ${words[j + 2]}`);
    index.insert(String(i), m);
    return m;
  });
  let dups = 0;
  sigs.forEach((m, i) => {
    if (index.query(m).some((k) => Number(k) < i && sigs[Number(k)].jaccard(m) >= threshold)) ++dups;
  });
  return dups;
}

export async function run() {
  const rows = [];
  const { docs: mid } = englishDocuments(100_000, 500, 5000, 3);
  let t = performance.now();
  const r100k = dedup(mid, { threshold: 0.8 });
  const simkit100k = performance.now() - t;
  t = performance.now();
  peerDedup(mid.slice(0, 5000), 0.8);
  const peer5k = performance.now() - t;
  rows.push([
    '100k docs × ~500 B, simkit dedup()',
    `${(simkit100k / 1000).toFixed(1)} s`,
    `${r100k.clusters.length} clusters`,
  ]);
  rows.push([
    'same job, npm minhash (5k measured, ×20)',
    `${((peer5k * 20) / 1000).toFixed(0)} s`,
    `${((peer5k * 20) / simkit100k).toFixed(0)}x slower`,
  ]);
  const { docs } = englishDocuments(1_000_000, 200, 20_000, 4);
  t = performance.now();
  const r = dedup(docs, { threshold: 0.8 });
  const secs = (performance.now() - t) / 1000;
  rows.push([
    '1M docs × ~200 B, simkit dedup()',
    `${secs.toFixed(1)} s`,
    `${r.clusters.length} clusters; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; wasm heap ${(heapBytes() / 2 ** 20).toFixed(0)} MB`,
  ]);
  table('Dedup at scale (one Node process, one thread)', ['job', 'time', 'result'], rows);
}
