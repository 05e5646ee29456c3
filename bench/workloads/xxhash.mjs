// xxHash throughput: one 1 MiB buffer, and 16k 64-byte keys (simkit through its batch API,
// peers one call per key as their APIs offer). Each peer's hashes are checked first.
import { xxh3, xxh3Batch, xxh64, xxh64Batch } from 'simkit';
import { fmt, measure, native, randomBytes, saveInput, table } from '../lib.mjs';
import * as nodeRs from '../adapters/node-rs-xxhash.mjs';
import * as xxhashWasm from '../adapters/xxhash-wasm.mjs';
import * as hashWasm from '../adapters/hash-wasm.mjs';

export async function run() {
  const peers = await Promise.all([xxhashWasm.load(), nodeRs.load(), hashWasm.load()]);
  const big = randomBytes(1 << 20);
  const bigFile = saveInput('xxhash-1mib.bin', big);
  const keyCount = 16384;
  const keyBytes = randomBytes(64 * keyCount, 7n);
  const keysFile = saveInput('xxhash-keys.bin', keyBytes);
  const keys = Array.from({ length: keyCount }, (_, i) => keyBytes.subarray(64 * i, 64 * i + 64));
  const ends = Uint32Array.from({ length: keyCount }, (_, i) => 64 * (i + 1));
  const packed = { bytes: keyBytes, ends };

  for (const [alg, one, batch] of [['xxh3', xxh3, xxh3Batch], ['xxh64', xxh64, xxh64Batch]]) {
    // 1 MiB
    const want = one(big);
    const simkitNs = measure(() => one(big));
    const nativeNs = native(alg, bigFile);
    const rows = [['simkit (wasm)', fmt.rate(big.length / simkitNs), '1.00x']];
    if (nativeNs) rows.push(['simkit (native C++)', fmt.rate(big.length / nativeNs), fmt.ratio(simkitNs / nativeNs)]);
    for (const p of peers) {
      if (!p[alg]) continue;
      if (p[alg](big) !== want) throw new Error(`${p.name} ${alg} disagrees with simkit on 1 MiB`);
      const ns = measure(() => p[alg](big));
      rows.push([p.name, fmt.rate(big.length / ns), fmt.ratio(ns / simkitNs)]);
    }
    table(`${alg.toUpperCase()} over 1 MiB`, ['implementation', 'throughput', 'simkit speed-up'], rows);

    // 16k keys of 64 bytes
    const wantKeys = batch(packed);
    keys.forEach((k, i) => { if (one(k) !== wantKeys[i]) throw new Error('batch != single'); });
    const packedNs = measure(() => batch(packed));
    const listNs = measure(() => batch(keys));
    const nativeKeysNs = native(`${alg}-keys`, keysFile);
    const keyRows = [
      ['simkit batch, packed keys', fmt.perSec(packedNs / keyCount), '1.00x'],
      ['simkit batch, array of Uint8Array', fmt.perSec(listNs / keyCount), fmt.ratio(listNs / packedNs)],
    ];
    if (nativeKeysNs) keyRows.push(['simkit (native C++)', fmt.perSec(nativeKeysNs / keyCount), fmt.ratio(packedNs / nativeKeysNs)]);
    for (const p of peers) {
      if (!p[alg]) continue;
      keys.forEach((k, i) => { if (p[alg](k) !== wantKeys[i]) throw new Error(`${p.name} ${alg} disagrees on key ${i}`); });
      const ns = measure(() => { for (let i = 0; i < keyCount; ++i) p[alg](keys[i]); });
      keyRows.push([`${p.name} (per key)`, fmt.perSec(ns / keyCount), fmt.ratio(ns / packedNs)]);
    }
    table(`${alg.toUpperCase()} over ${keyCount} keys of 64 bytes`, ['implementation', 'keys/s', 'simkit speed-up (native row: wasm tax)'], keyRows);
  }
}
