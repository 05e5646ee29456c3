#!/usr/bin/env node
// Regenerates tests/golden/vectors.tsv from the built package. Changing a pinned vector changes
// every stored signature users have: do it only on purpose, and say so in CHANGELOG.md.
//
// Line formats (tab-separated, hex without 0x, lists comma-separated):
//   xxh3|xxh64|xxh32  <sanity-buffer length>  <seed>  <expected>
//   normalize  <norm> <unit> <size> <seed>  <input UTF-8 hex>  <output UTF-8 hex>
//   tokens     <norm> <unit> <size> <seed>  <input UTF-8 hex>  <start:end UTF-16 spans>
//   shingles   <norm> <unit> <size> <seed>  <input UTF-8 hex>  <hashes>  <start:end spans>
//   winnow     <norm> <unit> <k> <window>   <input UTF-8 hex>  <hashes>  <start:end spans>
//   simhash    22 0 1 3 0   <input UTF-8 hex>  <fingerprint>   (word 1-3-grams, the default)
//   minhash    <scheme> <numPerm> <seed> 0  <input UTF-8 hex>  <signature slots>   (word 3-grams, defaults)
//   lshbands   <numPerm> <bands> <rows> 0    <signature slots>  <band keys>   (LshIndex's banding)
//   passages   <norm> <unit> <k> 0          <a hex>:<b hex>    <aStart:aEnd:bStart:bEnd:kgrams,...>  <coverageA,coverageB,score>
//   style, delta, impostors: see style-cases.mjs
import { writeFileSync } from 'node:fs';
import {
  comparePassages,
  fingerprint,
  init,
  lshBandKeys,
  MinHasher,
  normalize,
  simhash,
  tokenize,
  shingles,
} from 'simkit';
import { OPTIONS, TEXTS, XXHASH_REFERENCE, toApiOptions } from './cases.mjs';
import * as simkit from 'simkit';
import { styleVectorLines } from './style-cases.mjs';

await init();
const hex = (s) => Buffer.from(s, 'utf8').toString('hex');
const lines = ['# simkit golden vectors: see generate.mjs for the format. Do not edit by hand.'];
for (const [alg, len, seed, expected] of XXHASH_REFERENCE) {
  lines.push([alg, len, seed.toString(16), expected.toString(16)].join('\t'));
}
for (const packed of OPTIONS) {
  const o = toApiOptions(packed);
  const head = `${packed[0]}\t${packed[1]}\t${packed[2]}\t${packed[3].toString(16)}`;
  for (const text of TEXTS) {
    lines.push(`normalize\t${head}\t${hex(text)}\t${hex(normalize(text, o.normalize))}`);
    const tokens = tokenize(text, { normalize: o.normalize });
    lines.push(`tokens\t${head}\t${hex(text)}\t${tokens.map((t) => `${t.start}:${t.end}`).join(',')}`);
    const s = shingles(text, o);
    const spans = [];
    for (let i = 0; i < s.spans.length; i += 2) spans.push(`${s.spans[i]}:${s.spans[i + 1]}`);
    lines.push(
      `shingles\t${head}\t${hex(text)}\t${[...s.hashes].map((h) => h.toString(16)).join(',')}\t${spans.join(',')}`,
    );
  }
}
// Winnowing and passages (seed 0), over pairs of the texts.
for (const [unit, k, window] of [
  [1, 8, 4],
  [0, 2, 3],
  [1, 25, 10],
]) {
  const o = { analyzer: unit === 0 ? 'word' : 'char', ngramSize: k, window };
  for (let i = 0; i < TEXTS.length; ++i) {
    const f = fingerprint(TEXTS[i], o);
    const spans = [];
    for (let j = 0; j < f.spans.length; j += 2) spans.push(`${f.spans[j]}:${f.spans[j + 1]}`);
    lines.push(
      `winnow\t22\t${unit}\t${k}\t${window}\t${hex(TEXTS[i])}\t${[...f.hashes].map((h) => h.toString(16)).join(',')}\t${spans.join(',')}`,
    );
    const b = `${TEXTS[(i + 1) % TEXTS.length]} ${TEXTS[i].slice(0, Math.floor(TEXTS[i].length / 2))}`;
    const m = comparePassages(TEXTS[i], b, { analyzer: o.analyzer, ngramSize: k });
    const ps = m.passages.map((p) => `${p.aStart}:${p.aEnd}:${p.bStart}:${p.bEnd}:${p.kgrams}`).join(',');
    lines.push(
      `passages\t22\t${unit}\t${k}\t0\t${hex(TEXTS[i])}:${hex(b)}\t${ps}\t${[m.coverageA, m.coverageB, m.score].map((x) => x.toPrecision(17)).join(',')}`,
    );
  }
}
// MinHash signatures: both schemes, two sizes and seeds.
for (const [scheme, numPerm, seed] of [
  ['classic', 16, 1n],
  ['oph', 16, 1n],
  ['classic', 64, 42n],
  ['oph', 64, 0xfeedfacecafebeefn],
]) {
  const mh = new MinHasher({ scheme, numPerm, seed });
  for (const t of TEXTS) {
    lines.push(
      `minhash\t${scheme === 'classic' ? 0 : 1}\t${numPerm}\t${seed.toString(16)}\t0\t${hex(t)}\t${[...mh.sign(t)].map((v) => v.toString(16)).join(',')}`,
    );
  }
}
// LSH band keys: every band used, some slots in no band, one-row bands; classic signatures, seed 1.
for (const [numPerm, bands, rows] of [
  [16, 4, 4],
  [16, 5, 3],
  [64, 9, 7],
  [64, 64, 1],
]) {
  const mh = new MinHasher({ numPerm });
  for (const t of TEXTS) {
    const sig = mh.sign(t);
    const keys = lshBandKeys([sig], { bands, rows });
    lines.push(
      `lshbands\t${numPerm}\t${bands}\t${rows}\t0\t${[...sig].map((v) => v.toString(16)).join(',')}\t${[...keys].map((k) => k.toString(16)).join(',')}`,
    );
  }
}
for (const t of TEXTS) lines.push(`simhash\t22\t0\t1\t3\t0\t${hex(t)}\t${simhash(t).toString(16)}`);
lines.push(...styleVectorLines(simkit));
writeFileSync(new URL('./vectors.tsv', import.meta.url), `${lines.join('\n')}\n`);
console.log(`wrote ${lines.length - 1} vectors`);
