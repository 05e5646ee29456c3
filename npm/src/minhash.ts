// MinHash signatures: classic or one-permutation hashing, signed one text or many per call,
// estimated, merged and serialized. Signatures are plain JS-owned Uint32Arrays.

import { SimkitError } from './errors.js';
import { instance } from './instance.js';
import {
  DEFAULT_MIN_HASH_SEED,
  DEFAULT_NUM_PERM,
  EMPTY_SLOT,
  MAX_NUM_PERM,
  MIN_HASH_SCHEME_NAMES,
} from './protocol.js';
import { packShingle, SHINGLE_KEYS, type NormalizeOptions, type PackedShingle } from './options.js';
import { placeLists } from './place.js';
import { expectArray, expectEnum, expectInteger, expectOptions, expectSeed64, expectText } from './validate.js';

/** Options of a {@link MinHasher}: the sketch and how text becomes shingles. */
export interface MinHashOptions {
  /** Signature length (slots). Default 128. More = lower error (≈ 1/√numPerm), slower. */
  numPerm?: number;
  /** Seed of the permutations (number or bigint). Default 1. */
  seed?: number | bigint;
  /**
   * `'classic'` (default): numPerm independent hash functions, exact integer arithmetic,
   * exact merge. `'oph'`: one-permutation hashing with optimal densification: several times
   * faster for the same accuracy on documents with more shingles than slots.
   */
  scheme?: 'classic' | 'oph';
  /** `'word'` n-grams (default) or `'char'` n-grams of code points (scikit-learn's name). */
  analyzer?: 'word' | 'char';
  /** Words (word) or code points (char) per n-gram. Default 3 for words, 5 for chars. */
  ngramSize?: number;
  /** Normalization before tokenizing (default NFKC + case folding + collapsed spaces). */
  normalize?: NormalizeOptions;
  /** @deprecated Use `analyzer`; goes in the next minor version. */
  shingle?: 'word' | 'char';
  /** @deprecated Use `ngramSize`; goes in the next minor version. */
  shingleSize?: number;
}

const KEYS = ['numPerm', 'seed', 'scheme', ...SHINGLE_KEYS.filter((k) => k !== 'seed')] as const;
const MAX_BATCH_BYTES = 64 << 20;

/**
 * Jaccard estimate of two signatures: the share of equal slots (0 for empty documents). Its
 * standard error is √(J(1 − J)/numPerm).
 * @throws {TypeError} when a or b is not a Uint32Array; `RangeError` when their lengths differ
 * @example estimateJaccard(new Uint32Array([1, 2, 3, 4]), new Uint32Array([1, 2, 3, 5])) // 0.75
 */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (!(a instanceof Uint32Array) || !(b instanceof Uint32Array))
    throw new TypeError('simkit.estimateJaccard: a and b must be Uint32Array signatures');
  if (a.length !== b.length || a.length === 0)
    throw new RangeError(
      `simkit.estimateJaccard: signatures must have the same non-zero length, got ${a.length} and ${b.length}`,
    );
  let equal = 0;
  let aEmpty = true;
  let bEmpty = true;
  for (let i = 0; i < a.length; ++i) {
    if (a[i] === b[i]) ++equal;
    if (a[i] !== EMPTY_SLOT) aEmpty = false;
    if (b[i] !== EMPTY_SLOT) bEmpty = false;
  }
  return aEmpty || bEmpty ? 0 : equal / a.length;
}

/**
 * The signature of the union of two documents (slotwise minimum; exact for 'classic').
 * @throws {TypeError} when a and b are not Uint32Arrays of the same length
 */
export function mergeSignatures(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (!(a instanceof Uint32Array) || !(b instanceof Uint32Array) || a.length !== b.length) {
    throw new TypeError('simkit.mergeSignatures: a and b must be Uint32Array signatures of the same length');
  }
  const out = new Uint32Array(a.length);
  for (let i = 0; i < a.length; ++i) out[i] = a[i] < b[i] ? a[i] : b[i];
  return out;
}

/**
 * Computes MinHash signatures. Bit-identical for the same options in Node, browsers and native
 * C++ (pinned by golden vectors).
 * @example
 * const mh = new MinHasher({ numPerm: 128 });
 * const [a, b] = mh.signBatch([text1, text2]);
 * estimateJaccard(a, b) // ≈ jaccard(text1, text2)
 */
export class MinHasher {
  /** Slots per signature (the signature's length). */
  readonly numPerm: number;
  /** `'classic'` (one hash function per slot) or `'oph'` (one-permutation hashing with densification). */
  readonly scheme: 'classic' | 'oph';
  /** The seed; signatures compare only with signatures made with the same seed, scheme and numPerm. */
  readonly seed: bigint;
  readonly #packed: PackedShingle;
  readonly #seed: [number, number];
  readonly #options: MinHashOptions;

  /**
   * @param options numPerm (an integer in [1, {@link MAX_NUM_PERM}], default 128), scheme (default 'classic'),
   *   seed (default 1), and the shingling: word 3-grams of the normalized text by default
   * @throws {TypeError} for an unknown option or a wrong type; `RangeError` for a value out of range
   */
  constructor(options?: MinHashOptions) {
    const fn = 'MinHasher';
    const o = expectOptions<MinHashOptions>(fn, 'options', options, KEYS);
    this.numPerm =
      o.numPerm === undefined ? DEFAULT_NUM_PERM : expectInteger(fn, 'numPerm', o.numPerm, 1, MAX_NUM_PERM);
    this.scheme =
      o.scheme === undefined ? MIN_HASH_SCHEME_NAMES[0] : expectEnum(fn, 'scheme', o.scheme, MIN_HASH_SCHEME_NAMES);
    this.#seed = expectSeed64(fn, 'seed', o.seed ?? DEFAULT_MIN_HASH_SEED);
    this.seed = (BigInt(this.#seed[1]) << 32n) | BigInt(this.#seed[0]);
    // `seed` is the permutations' seed; the shingle hashes keep theirs at 0.
    this.#packed = packShingle(fn, { ...o, seed: undefined });
    const { shingle, shingleSize, ...given } = o; // spelt with the new names from here on
    const analyzer = o.analyzer ?? shingle;
    const ngramSize = o.ngramSize ?? shingleSize;
    this.#options = {
      ...given,
      ...(analyzer === undefined ? {} : { analyzer }),
      ...(ngramSize === undefined ? {} : { ngramSize }),
      numPerm: this.numPerm,
      scheme: this.scheme,
      seed: this.seed,
    };
  }

  /** The options this hasher was made with (all defaults filled in). */
  get options(): MinHashOptions {
    return { ...this.#options };
  }

  /**
   * The signature of one text: a Uint32Array of numPerm slots.
   * @throws {TypeError} for a non-text argument; {@link SimkitError} `INVALID_UTF8` for invalid bytes
   */
  sign(text: string | Uint8Array): Uint32Array {
    expectText('MinHasher.sign', 'text', text);
    return this.#signAll('MinHasher.sign', [text])[0];
  }

  /**
   * Signatures of many texts in few boundary crossings; result i belongs to texts[i]. The
   * signatures are views into one buffer (`result[0].buffer`), row after row.
   */
  signBatch(texts: readonly (string | Uint8Array)[]): Uint32Array[] {
    const fn = 'MinHasher.signBatch';
    const list = expectArray(fn, 'texts', texts);
    for (let i = 0; i < list.length; ++i) expectText(fn, `texts[${i}]`, list[i]);
    return this.#signAll(fn, list as (string | Uint8Array)[]);
  }

  #signAll(fn: string, texts: (string | Uint8Array)[]): Uint32Array[] {
    const n = this.numPerm;
    const all = new Uint32Array(texts.length * n);
    const inst = instance(fn);
    const p = this.#packed;
    // Chunks bound the arena: a million texts still cross the boundary a few hundred times.
    for (let start = 0; start < texts.length; ) {
      let end = start;
      let bytes = 0;
      while (end < texts.length && (end === start || bytes < MAX_BATCH_BYTES)) {
        const t = texts[end++];
        bytes += typeof t === 'string' ? t.length * 3 : t.length;
      }
      const chunk = texts.slice(start, end);
      const { offsets, ends, sizes } = placeLists(fn, [chunk], 'utf8');
      inst.check(fn, (m) =>
        m.minhash_sign_batch(
          offsets[0],
          sizes[0],
          ends[0],
          chunk.length,
          p.norm,
          p.unit,
          p.size,
          p.seedLo,
          p.seedHi,
          n,
          this.#seed[0],
          this.#seed[1],
          MIN_HASH_SCHEME_NAMES.indexOf(this.scheme),
        ),
      );
      all.set(inst.resultU32(), start * n);
      start = end;
    }
    return texts.map((_, i) => all.subarray(i * n, (i + 1) * n));
  }

  /**
   * Signatures and the options that made them, in the versioned, checksummed "SKSG" format,
   * so they can be stored and compared later with a matching hasher.
   */
  serialize(signatures: readonly Uint32Array[]): Uint8Array {
    const fn = 'MinHasher.serialize';
    expectArray(fn, 'signatures', signatures);
    signatures.forEach((s, i) => {
      if (!(s instanceof Uint32Array) || s.length !== this.numPerm)
        throw new TypeError(`simkit.${fn}: signatures[${i}] must be a Uint32Array of ${this.numPerm} slots`);
    });
    const inst = instance(fn);
    const flat = new Uint8Array(signatures.length * this.numPerm * 4 + 32);
    const words = new Uint32Array(flat.buffer);
    const p = this.#packed;
    words.set(
      [
        p.norm,
        p.unit,
        p.size,
        p.seedLo,
        p.seedHi,
        this.#seed[0],
        this.#seed[1],
        MIN_HASH_SCHEME_NAMES.indexOf(this.scheme),
      ],
      0,
    );
    signatures.forEach((s, i) => words.set(s, 8 + i * this.numPerm));
    const { placed } = inst.place(fn, [flat]);
    inst.check(fn, (m) =>
      m.minhash_serialize(placed[0].offset + 32, signatures.length, this.numPerm, placed[0].offset),
    );
    return inst.resultBytes();
  }

  /**
   * Reads signatures written by {@link MinHasher.serialize}. Throws `SimkitError`
   * (`CORRUPT_DATA` or `UNSUPPORTED_VERSION`) for damaged or foreign bytes, and `RangeError` when
   * they were made with options other than this hasher's (they would not be comparable).
   */
  deserialize(bytes: Uint8Array): Uint32Array[] {
    const fn = 'MinHasher.deserialize';
    if (!(bytes instanceof Uint8Array)) throw new TypeError(`simkit.${fn}: bytes must be a Uint8Array`);
    const inst = instance(fn);
    const { placed } = inst.place(fn, [bytes]);
    inst.check(fn, (m) => m.minhash_deserialize(placed[0].offset, placed[0].length));
    const r = inst.resultU32();
    const [numPerm, count] = r;
    const p = this.#packed;
    const mine = [
      p.norm,
      p.unit,
      p.size,
      p.seedLo,
      p.seedHi,
      this.#seed[0],
      this.#seed[1],
      MIN_HASH_SCHEME_NAMES.indexOf(this.scheme),
    ];
    if (numPerm !== this.numPerm || mine.some((v, i) => r[2 + i] !== v)) {
      throw new RangeError(
        `simkit.${fn}: the signatures were made with other options (numPerm ${numPerm}, scheme ${MIN_HASH_SCHEME_NAMES[r[9]] ?? r[9]}); use a MinHasher with the same options`,
      );
    }
    const values = r.subarray(10);
    if (values.length !== count * numPerm)
      throw new SimkitError('CORRUPT_DATA', `simkit.${fn}: corrupt signature file`);
    return Array.from({ length: count }, (_, i) => values.subarray(i * numPerm, (i + 1) * numPerm));
  }
}

/**
 * MinHash options as saved files and stores spell them (`shingle`, `shingleSize`: the names
 * they were first written with), so data written before and after the renaming reads the same.
 */
export function savedMinhashOptions(o: MinHashOptions): Record<string, unknown> {
  const { analyzer, ngramSize, ...rest } = o;
  return {
    ...rest,
    ...(analyzer === undefined ? {} : { shingle: analyzer }),
    ...(ngramSize === undefined ? {} : { shingleSize: ngramSize }),
  };
}

/** The inverse of {@link savedMinhashOptions}: saved options with the current names (no warning: the user chose none). */
export function minhashOptionsFromSaved(saved: Record<string, unknown>): MinHashOptions {
  const { shingle, shingleSize, ...rest } = saved;
  return {
    ...rest,
    ...(shingle === undefined ? {} : { analyzer: shingle }),
    ...(shingleSize === undefined ? {} : { ngramSize: shingleSize }),
  } as MinHashOptions;
}
