// xxHash (XXH3-64, XXH64, XXH32) of strings and bytes, one at a time or many per call.
// Results equal the xxHash project's reference values; strings are hashed as their UTF-8 bytes.

import { instance } from './instance.js';
import { placeLists } from './place.js';
import { expectInteger, expectSeed64, expectText, expectTextList } from './validate.js';

/** Keys packed back to back: key i is `bytes[ends[i-1] ?? 0 .. ends[i]]`. The fastest batch input. */
export interface PackedKeys {
  /** All keys' bytes, concatenated. */
  bytes: Uint8Array;
  /** Exclusive end offset (in bytes) of each key in `bytes`, ascending; its length is the number of keys. */
  ends: Uint32Array;
}

const XXH3 = 0;
const XXH64 = 1;
const XXH32 = 2;

/** Hashes one key; the (lo, hi) result is read in place, at the returned HEAPU32 index. */
function one(fn: string, algorithm: number, data: unknown, seed: [number, number]): number {
  const text = expectText(fn, 'data', data);
  const inst = instance(fn);
  const length = inst.placeOne(fn, text);
  inst.check(fn, (m) => m.hash_one(algorithm, 0, length, seed[0], seed[1]));
  return inst.resultU32Index();
}

/** The 64-bit hash at HEAPU32[at], [at + 1] (lo, hi), read after the call (it may grow memory). */
function hash64At(fn: string, at: number): bigint {
  const heap = instance(fn).raw.HEAPU32;
  return (BigInt(heap[at + 1]!) << 32n) | BigInt(heap[at]!);
}

/**
 * XXH3 64-bit hash.
 * @param data a string (hashed as UTF-8) or bytes
 * @param seed a number in [0, 2^53) or a bigint in [0, 2^64); default 0
 * @example xxh3('') // 0x2d06800538d394c2n
 */
export function xxh3(data: string | Uint8Array, seed?: number | bigint): bigint {
  return hash64At('xxh3', one('xxh3', XXH3, data, expectSeed64('xxh3', 'seed', seed)));
}

/** XXH64 hash. @example xxh64('') // 0xef46db3751d8e999n */
export function xxh64(data: string | Uint8Array, seed?: number | bigint): bigint {
  return hash64At('xxh64', one('xxh64', XXH64, data, expectSeed64('xxh64', 'seed', seed)));
}

/** XXH32 hash, seed a uint32. @example xxh32('') // 0x02cc5d05 */
export function xxh32(data: string | Uint8Array, seed = 0): number {
  const s = expectInteger('xxh32', 'seed', seed, 0, 0xffffffff);
  const at = one('xxh32', XXH32, data, [s, 0]); // before reading HEAPU32: the call may grow memory
  return instance('xxh32').raw.HEAPU32[at]!;
}

function batch(fn: string, algorithm: number, keys: unknown, seed: [number, number]): Uint32Array {
  const inst = instance(fn);
  if (keys !== null && typeof keys === 'object' && !Array.isArray(keys)) {
    const packed = keys as Partial<PackedKeys>;
    if (!(packed.bytes instanceof Uint8Array) || !(packed.ends instanceof Uint32Array)) {
      throw new TypeError(
        `simkit.${fn}: keys must be an array of strings/Uint8Arrays or { bytes: Uint8Array, ends: Uint32Array }`,
      );
    }
    const { bytes, ends } = packed as PackedKeys;
    const { placed, u32Offset } = inst.place(fn, [bytes], ends.length);
    inst.writeU32(u32Offset, ends);
    inst.check(fn, (m) =>
      m.hash_batch(algorithm, placed[0].offset, placed[0].length, u32Offset, ends.length, seed[0], seed[1]),
    );
    return inst.resultU32();
  }
  const list = expectTextList(fn, 'keys', keys);
  const { offsets, ends, sizes } = placeLists(fn, [list], 'utf8');
  inst.check(fn, (m) => m.hash_batch(algorithm, offsets[0], sizes[0], ends[0], list.length, seed[0], seed[1]));
  return inst.resultU32();
}

/**
 * XXH3-64 of many keys in one call.
 * @returns one hash per key; `result[i]` is the hash of `keys[i]`
 * @example xxh3Batch(['a', 'b'])[1] === xxh3('b') // true
 */
export function xxh3Batch(keys: readonly (string | Uint8Array)[] | PackedKeys, seed?: number | bigint): BigUint64Array {
  const out = batch('xxh3Batch', XXH3, keys, expectSeed64('xxh3Batch', 'seed', seed));
  return new BigUint64Array(out.buffer, 0, out.length / 2);
}

/** XXH64 of many keys in one call. @example xxh64Batch(['a', 'b'])[1] === xxh64('b') // true */
export function xxh64Batch(
  keys: readonly (string | Uint8Array)[] | PackedKeys,
  seed?: number | bigint,
): BigUint64Array {
  const out = batch('xxh64Batch', XXH64, keys, expectSeed64('xxh64Batch', 'seed', seed));
  return new BigUint64Array(out.buffer, 0, out.length / 2);
}

/** XXH32 of many keys in one call. @example xxh32Batch(['a'])[0] === xxh32('a') // true */
export function xxh32Batch(keys: readonly (string | Uint8Array)[] | PackedKeys, seed = 0): Uint32Array {
  const s = expectInteger('xxh32Batch', 'seed', seed, 0, 0xffffffff);
  return batch('xxh32Batch', XXH32, keys, [s, 0]);
}
