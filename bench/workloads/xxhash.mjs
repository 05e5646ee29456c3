// xxHash throughput: one 1 MiB buffer, and 16k keys of 16 and 64 bytes in the forms users have
// them (an array of strings, of separate Uint8Arrays, of views cut from one buffer, and
// PackedKeys): simkit through its batch API, each peer one call per key as its API offers, on
// the same form. Each peer's hashes are checked first; ratios are against the fastest peer.
import { xxh3, xxh3Batch, xxh32, xxh32Batch, xxh64, xxh64Batch } from 'simkit';
import { fmt, measure, measureInterleaved, native, randomBytes, recordRatio, saveInput, table } from '../lib.mjs';
import * as nodeRs from '../adapters/node-rs-xxhash.mjs';
import * as xxhashWasm from '../adapters/xxhash-wasm.mjs';
import * as hashWasm from '../adapters/hash-wasm.mjs';

export async function run() {
  const peers = await Promise.all([xxhashWasm.load(), nodeRs.load(), hashWasm.load()]);
  const big = randomBytes(1 << 20);
  const bigFile = saveInput('xxhash-1mib.bin', big);
  for (const [alg, one, batch] of [
    ['xxh3', xxh3, xxh3Batch],
    ['xxh64', xxh64, xxh64Batch],
    ['xxh32', xxh32, xxh32Batch],
  ]) {
    // 1 MiB
    const want = one(big);
    const simkitNs = measure(() => one(big));
    const nativeNs = alg === 'xxh32' ? null : native(alg, bigFile); // the native driver has no XXH32
    const rows = [['simkit (wasm)', fmt.rate(big.length / simkitNs), '1.00x']];
    if (nativeNs) rows.push(['simkit (native C++)', fmt.rate(big.length / nativeNs), fmt.ratio(simkitNs / nativeNs)]);
    for (const p of peers) {
      if (!p[alg]) continue;
      if (p[alg](big) !== want) throw new Error(`${p.name} ${alg} disagrees with simkit on 1 MiB`);
      const ns = measure(() => p[alg](big));
      rows.push([p.name, fmt.rate(big.length / ns), fmt.ratio(ns / simkitNs)]);
    }
    table(`${alg.toUpperCase()} over 1 MiB`, ['implementation', 'throughput', 'simkit speed-up'], rows);

    keyTable(alg, one, batch, peers);
  }
}

const KEY_COUNT = 16384;
const FORM_IDS = {
  'array of strings': 'strings',
  'array of Uint8Arrays': 'arrays',
  'array of Uint8Arrays, each its own ArrayBuffer': 'buffers',
  'array of views into one buffer': 'views',
  'PackedKeys { bytes, ends }': 'packed',
};

/**
 * The same 16k keys in every form, for one key size; ASCII so strings and bytes agree. Each form
 * is a function making a fresh copy: every implementation hashes its own, because reading a
 * small Uint8Array's bytes from a native addon (N-API) moves them off V8's heap into an
 * ArrayBuffer of their own, which makes every later reader of those arrays slower — the keys'
 * state must not depend on which peer ran before. 'slice()' makes arrays as most code does
 * (small ones live on V8's heap); 'each its own ArrayBuffer' is the state such arrays end up in,
 * and what TextEncoder, file and network reads hand out.
 */
function keyForms(size) {
  const raw = randomBytes(size * KEY_COUNT, BigInt(size));
  const bytes = raw.map((b) => 97 + (b % 26));
  const ends = Uint32Array.from({ length: KEY_COUNT }, (_, i) => size * (i + 1));
  const viewsOf = (buffer) => Array.from({ length: KEY_COUNT }, (_, i) => buffer.subarray(size * i, size * (i + 1)));
  const strings = viewsOf(bytes).map((v) => String.fromCharCode(...v));
  return {
    bytes,
    forms: {
      'array of strings': () => strings,
      'array of Uint8Arrays': () => viewsOf(bytes).map((v) => v.slice()),
      'array of Uint8Arrays, each its own ArrayBuffer': () =>
        viewsOf(bytes).map((v) => {
          const own = new Uint8Array(new ArrayBuffer(size));
          own.set(v);
          return own;
        }),
      'array of views into one buffer': () => viewsOf(bytes.slice()),
      'PackedKeys { bytes, ends }': () => ({ bytes: bytes.slice(), ends: ends.slice() }),
    },
  };
}

function keyTable(alg, one, batch, peers) {
  const rows = [];
  for (const size of [16, 64]) {
    const { bytes, forms } = keyForms(size);
    const want = batch(forms['PackedKeys { bytes, ends }']());
    const nativeNs =
      size === 64 && alg !== 'xxh32' ? native(`${alg}-keys`, saveInput(`xxhash-keys-${size}.bin`, bytes)) : null;
    for (const [form, make] of Object.entries(forms)) {
      const keys = make();
      const got = batch(keys);
      for (let i = 0; i < KEY_COUNT; ++i)
        if (got[i] !== want[i]) throw new Error(`simkit ${alg} ${form}: key ${i} differs`);
      if (Array.isArray(keys) && one(keys[5]) !== want[5]) throw new Error(`simkit ${alg}: batch != single`);
      // Peers are called per key: on PackedKeys, on the same keys as views.
      const peerForm = Array.isArray(keys) ? make : forms['array of views into one buffer'];
      const peerCalls = [];
      for (const p of peers) {
        const list = peerForm();
        const f = typeof list[0] === 'string' ? p.strings?.[alg] : p[alg];
        if (!f) continue;
        list.forEach((k, i) => {
          if (BigInt(f(k)) !== BigInt(want[i])) throw new Error(`${p.name} ${alg} disagrees on key ${i} (${form})`);
        });
        peerCalls.push({
          name: p.name,
          run: () => {
            for (let i = 0; i < KEY_COUNT; ++i) f(list[i]);
          },
        });
      }
      const [simkitTimed, ...peerTimed] = measureInterleaved([() => batch(keys), ...peerCalls.map((c) => c.run)]);
      const simkitNs = simkitTimed.best;
      let best = null;
      peerTimed.forEach((timed, k) => {
        if (!best || timed.best < best.ns) best = { name: peerCalls[k].name, ns: timed.best, timed };
      });
      if (best) recordRatio(`${alg}.keys${size}.${FORM_IDS[form]}`, simkitTimed, best.timed, { peer: best.name });
      rows.push([
        `${size} B, ${form}`,
        fmt.perSec(simkitNs / KEY_COUNT),
        best ? `${best.name} ${fmt.perSec(best.ns / KEY_COUNT)}` : '-',
        best ? fmt.ratio(best.ns / simkitNs) : '-',
      ]);
      if (nativeNs && form.startsWith('PackedKeys'))
        rows.push([
          `${size} B, simkit native C++ (wasm tax)`,
          fmt.perSec(nativeNs / KEY_COUNT),
          '-',
          fmt.ratio(simkitNs / nativeNs),
        ]);
    }
  }
  table(
    `${alg.toUpperCase()} over ${KEY_COUNT} keys (simkit: one batch call; peers: one call per key)`,
    ['keys', 'simkit keys/s', 'fastest peer per key', 'simkit speed-up'],
    rows,
  );
}
