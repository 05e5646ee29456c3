#!/usr/bin/env node
// Regenerates tests/golden/vectors.tsv from the built package. Changing a pinned vector changes
// every stored signature users have: do it only on purpose, and say so in CHANGELOG.md.
//
// Line formats (tab-separated, hex without 0x, lists comma-separated):
//   xxh3|xxh64|xxh32  <sanity-buffer length>  <seed>  <expected>
//   normalize  <norm> <unit> <size> <seed>  <input UTF-8 hex>  <output UTF-8 hex>
//   tokens     <norm> <unit> <size> <seed>  <input UTF-8 hex>  <start:end UTF-16 spans>
//   shingles   <norm> <unit> <size> <seed>  <input UTF-8 hex>  <hashes>  <start:end spans>
import { writeFileSync } from 'node:fs';
import { init, normalize, tokenize, shingles } from 'simkit';
import { OPTIONS, TEXTS, XXHASH_REFERENCE, toApiOptions } from './cases.mjs';

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
    lines.push(`shingles\t${head}\t${hex(text)}\t${[...s.hashes].map((h) => h.toString(16)).join(',')}\t${spans.join(',')}`);
  }
}
writeFileSync(new URL('./vectors.tsv', import.meta.url), `${lines.join('\n')}\n`);
console.log(`wrote ${lines.length - 1} vectors`);
