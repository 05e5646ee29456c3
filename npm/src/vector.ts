// Vector and fingerprint similarity: TF / TF-IDF cosine (scikit-learn TfidfVectorizer
// semantics), SimHash fingerprints and an index for near fingerprints, and compare(): every
// similarity of two texts in one call, with the shared n-grams that explain it.

import { renamedOption } from './deprecate.js';
import { NativeHandle } from './handle.js';
import { instance } from './instance.js';
import { estimateJaccard, MinHasher } from './minhash.js';
import type { NativeSimHashIndex, NativeTfIdfModel } from './native.js';
import { packNormalize, type NormalizeOptions } from './options.js';
import { placeLists } from './place.js';
import { NO_VALUE } from './protocol.js';
import { setSimilarity, shingles } from './text.js';
import {
  expectArray,
  expectBoolean,
  expectEnum,
  expectInteger,
  expectOptions,
  expectString,
  expectText,
} from './validate.js';

/** Which terms make up the vectors. */
export interface FeatureOptions {
  /** `'word'` n-grams (default) or `'char'` n-grams of code points. */
  analyzer?: 'word' | 'char';
  /** [min, max] n-gram sizes. Default [1, 1] for words, [3, 5] for chars. */
  ngramRange?: [number, number];
  /** Normalization before tokenizing (default NFKC + case folding + collapsed spaces). */
  normalize?: NormalizeOptions;
}

interface PackedFeatures {
  norm: number;
  unit: number;
  min: number;
  max: number;
}

function packFeatures(fn: string, o: FeatureOptions): PackedFeatures {
  const analyzer =
    o.analyzer === undefined ? 'word' : expectEnum(fn, 'analyzer', o.analyzer, ['word', 'char'] as const);
  let range: [number, number] = analyzer === 'word' ? [1, 1] : [3, 5];
  if (o.ngramRange !== undefined) {
    if (!Array.isArray(o.ngramRange) || o.ngramRange.length !== 2)
      throw new TypeError(`simkit.${fn}: ngramRange must be [min, max]`);
    range = [
      expectInteger(fn, 'ngramRange[0]', o.ngramRange[0], 1, 64),
      expectInteger(fn, 'ngramRange[1]', o.ngramRange[1], 1, 64),
    ];
    if (range[1] < range[0]) throw new RangeError(`simkit.${fn}: ngramRange must have min <= max, got [${range}]`);
  }
  return { norm: packNormalize(fn, o.normalize), unit: analyzer === 'word' ? 0 : 1, min: range[0], max: range[1] };
}

const FEATURE_KEYS = ['analyzer', 'ngramRange', 'normalize'] as const;

/**
 * Cosine similarity of the two texts' term-frequency vectors.
 * @example cosine('the cat sat on the mat', 'the cat sat') // 0.86…
 */
export function cosine(
  a: string | Uint8Array,
  b: string | Uint8Array,
  options?: FeatureOptions & { sublinearTf?: boolean },
): number {
  const fn = 'cosine';
  expectText(fn, 'a', a);
  expectText(fn, 'b', b);
  const o = expectOptions<FeatureOptions & { sublinearTf?: boolean }>(fn, 'options', options, [
    ...FEATURE_KEYS,
    'sublinearTf',
  ]);
  const p = packFeatures(fn, o);
  const sub = o.sublinearTf === undefined ? false : expectBoolean(fn, 'sublinearTf', o.sublinearTf);
  const inst = instance(fn);
  const { placed } = inst.place(fn, [a, b]);
  inst.check(fn, (m) =>
    m.vector_cosine(
      placed[0].offset,
      placed[0].length,
      placed[1].offset,
      placed[1].length,
      p.norm,
      p.unit,
      p.min,
      p.max,
      sub ? 1 : 0,
    ),
  );
  return inst.resultF64()[0];
}

/** SimHash features (default: word n-grams of sizes 1 to 3, weighted by frequency). */
export type SimHashOptions = FeatureOptions;

/**
 * 64-bit SimHash fingerprints (Charikar) of many texts, features weighted by frequency.
 * Default features: word n-grams of sizes 1-3.
 */
export function simhashBatch(texts: readonly (string | Uint8Array)[], options?: SimHashOptions): BigUint64Array {
  const fn = 'simhashBatch';
  const list = expectArray(fn, 'texts', texts) as (string | Uint8Array)[];
  list.forEach((t, i) => expectText(fn, `texts[${i}]`, t));
  const o = expectOptions<SimHashOptions>(fn, 'options', options, FEATURE_KEYS);
  const p = packFeatures(fn, { ngramRange: o.analyzer === 'char' ? undefined : [1, 3], ...o });
  const inst = instance(fn);
  const { offsets, ends, sizes } = placeLists(fn, [list], 'utf8');
  inst.check(fn, (m) => m.simhash_batch(offsets[0], sizes[0], ends[0], list.length, p.norm, p.unit, p.min, p.max));
  const pairs = inst.resultU32();
  return new BigUint64Array(pairs.buffer, 0, pairs.length / 2);
}

/**
 * The 64-bit SimHash fingerprint of one text, as a bigint. Near-duplicates differ in few bits:
 * compare with {@link hammingDistance}, index with {@link SimHashIndex}.
 * @example hammingDistance(simhash(a), simhash(b)) <= 3 // near-duplicates
 */
export function simhash(text: string | Uint8Array, options?: SimHashOptions): bigint {
  expectText('simhash', 'text', text);
  return simhashBatch([text], options)[0];
}

/** Number of differing bits of two 64-bit fingerprints, in [0, 64]. @example hammingDistance(0b1011n, 0b0001n) // 2 */
export function hammingDistance(a: bigint, b: bigint): number {
  if (typeof a !== 'bigint' || typeof b !== 'bigint')
    throw new TypeError('simkit.hammingDistance: a and b must be bigints');
  let x = BigInt.asUintN(64, a ^ b);
  let n = 0;
  while (x) {
    x &= x - 1n;
    ++n;
  }
  return n;
}

/** A match of a {@link TfIdfModel} or {@link SimHashIndex} query. */
export interface Neighbor {
  /** Index of the document in the fitted list (TfIdfModel) or its key (SimHashIndex). */
  index: number;
  /** The key of the document (SimHashIndex only). */
  key?: string;
  /** Cosine (TfIdfModel) in [0, 1]. */
  score?: number;
  /** Hamming distance (SimHashIndex). */
  distance?: number;
}

export interface TfIdfOptions extends FeatureOptions {
  /** Default true. */
  useIdf?: boolean;
  /** idf = ln((1 + n) / (1 + df)) + 1 (default true), else ln(n / df) + 1. */
  smoothIdf?: boolean;
  /** tf = 1 + ln(count). Default false. */
  sublinearTf?: boolean;
  /** 'l2' (default) or 'none'. */
  norm?: 'l2' | 'none';
  /** Words to ignore (e.g. the lists in simkit/stopwords/<lang>.txt). */
  stopWords?: readonly string[];
}

/**
 * A TF-IDF model fitted once on a corpus; then the most similar documents for any document
 * or a new text. Scores equal scikit-learn's TfidfVectorizer cosine for the same terms.
 * Holds wasm memory: `dispose()` when done.
 * @example
 * const model = new TfIdfModel(docs, { stopWords: english });
 * model.similar(0, 5) // [{ index: 12, score: 0.61 }, …]
 */
export class TfIdfModel extends NativeHandle<NativeTfIdfModel> {
  /** Number of fitted documents. */
  readonly size: number;

  constructor(texts: readonly (string | Uint8Array)[], options?: TfIdfOptions) {
    const fn = 'TfIdfModel';
    const list = expectArray(fn, 'texts', texts) as (string | Uint8Array)[];
    list.forEach((t, i) => expectText(fn, `texts[${i}]`, t));
    const o = expectOptions<TfIdfOptions>(fn, 'options', options, [
      ...FEATURE_KEYS,
      'useIdf',
      'smoothIdf',
      'sublinearTf',
      'norm',
      'stopWords',
    ]);
    const p = packFeatures(fn, o);
    const flag = (v: unknown, name: string, def: boolean) => (v === undefined ? def : expectBoolean(fn, name, v));
    const norm = o.norm === undefined ? 'l2' : expectEnum(fn, 'norm', o.norm, ['l2', 'none'] as const);
    const flags =
      (flag(o.useIdf, 'useIdf', true) ? 1 : 0) |
      (flag(o.smoothIdf, 'smoothIdf', true) ? 2 : 0) |
      (flag(o.sublinearTf, 'sublinearTf', false) ? 4 : 0) |
      (norm === 'l2' ? 8 : 0);
    const stop =
      o.stopWords === undefined
        ? ''
        : (expectArray(fn, 'stopWords', o.stopWords) as string[])
            .map((w, i) => expectString(fn, `stopWords[${i}]`, w))
            .join('\n');
    const inst = instance(fn);
    const native = inst.call(fn, () => new inst.raw.NativeTfIdfModel());
    try {
      const { offsets, ends, sizes } = placeLists(fn, [list, [stop]], 'utf8');
      inst.check(fn, () =>
        native.fit(
          offsets[0],
          sizes[0],
          ends[0],
          list.length,
          p.norm,
          p.unit,
          p.min,
          p.max,
          flags,
          offsets[1],
          sizes[1],
        ),
      );
    } catch (e) {
      native.delete();
      throw e;
    }
    super('TfIdfModel', native);
    this.size = list.length;
  }

  /** Distinct terms seen in the corpus. */
  get vocabularySize(): number {
    return this.native('vocabularySize').vocabulary_size();
  }

  #neighbors(fn: string): Neighbor[] {
    const inst = instance(fn);
    const idx = inst.resultU32();
    const scores = inst.resultF64();
    return Array.from(idx, (index, i) => ({ index, score: scores[i] }));
  }

  /**
   * The k documents most similar to fitted document `index` (itself excluded), best first.
   * @throws {RangeError} when index is not an integer in [0, size − 1]
   */
  similar(index: number, k = 5): Neighbor[] {
    const fn = 'TfIdfModel.similar';
    expectInteger(fn, 'index', index, 0, this.size - 1);
    expectInteger(fn, 'k', k, 1, 0xffffffff);
    const native = this.native('similar');
    instance(fn).check(fn, () => native.similar(index, k));
    return this.#neighbors(fn);
  }

  /** The k fitted documents most similar to a new text. */
  query(text: string | Uint8Array, k = 5): Neighbor[] {
    const fn = 'TfIdfModel.query';
    expectText(fn, 'text', text);
    expectInteger(fn, 'k', k, 1, 0xffffffff);
    const native = this.native('query');
    const inst = instance(fn);
    const { placed } = inst.place(fn, [text]);
    inst.check(fn, () => native.query(placed[0].offset, placed[0].length, k));
    return this.#neighbors(fn);
  }

  /** Cosine of two fitted documents. */
  cosine(a: number, b: number): number {
    const fn = 'TfIdfModel.cosine';
    expectInteger(fn, 'a', a, 0, this.size - 1);
    expectInteger(fn, 'b', b, 0, this.size - 1);
    const native = this.native('cosine');
    const inst = instance(fn);
    inst.check(fn, () => native.pair_cosine(a, b));
    return inst.resultF64()[0];
  }
}

/**
 * All SimHash fingerprints within a Hamming distance of a query (exact, d + 1 permuted tables).
 * @example
 * const index = new SimHashIndex({ maxDistance: 3 });
 * index.insert('a', simhash(textA));
 * index.query(simhash(textB)) // [{ key: 'a', distance: 2 }]
 */
export class SimHashIndex extends NativeHandle<NativeSimHashIndex> {
  /** Largest Hamming distance (in bits, 0–16) a query returns. */
  readonly maxDistance: number;
  readonly #ids = new Map<string, number>();
  readonly #keys: string[] = [];

  /**
   * @param options `maxDistance`: an integer in [0, 16], default 3.
   * @throws RangeError when maxDistance is out of range; SimkitError NOT_INITIALIZED before `init()`.
   */
  constructor(options?: { maxDistance?: number }) {
    const fn = 'SimHashIndex';
    const o = expectOptions<{ maxDistance: number }>(fn, 'options', options, ['maxDistance']);
    const d = o.maxDistance === undefined ? 3 : expectInteger(fn, 'maxDistance', o.maxDistance, 0, 16);
    const inst = instance(fn);
    const native = inst.call(fn, () => new inst.raw.NativeSimHashIndex());
    inst.check(fn, () => native.configure(d));
    super('SimHashIndex', native);
    this.maxDistance = d;
  }

  /** Number of keys in the index. */
  get size(): number {
    return this.#ids.size;
  }

  /**
   * Adds `key` with its fingerprint.
   * @param key any string; returned by {@link SimHashIndex.query}
   * @param fingerprint a 64-bit fingerprint from {@link simhash} (other bigints are taken modulo 2^64)
   * @throws TypeError when key is not a string or fingerprint not a bigint
   */
  insert(key: string, fingerprint: bigint): void {
    const fn = 'SimHashIndex.insert';
    expectString(fn, 'key', key);
    if (typeof fingerprint !== 'bigint') throw new TypeError(`simkit.${fn}: fingerprint must be a bigint`);
    const native = this.native('insert');
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.#keys.length;
      this.#ids.set(key, id);
      this.#keys.push(key);
    }
    const fp = BigInt.asUintN(64, fingerprint);
    native.insert(id, Number(fp & 0xffffffffn), Number(fp >> 32n));
  }

  /** Removes `key`; returns false when it was not in the index. */
  remove(key: string): boolean {
    const fn = 'SimHashIndex.remove';
    expectString(fn, 'key', key);
    const native = this.native('remove');
    const id = this.#ids.get(key);
    if (id === undefined) return false;
    native.remove(id);
    this.#ids.delete(key);
    return true;
  }

  /** Keys whose fingerprints are within maxDistance bits, closest first. */
  query(
    fingerprint: bigint,
    options?: {
      /** A key to leave out of the result (the query document itself). */
      exclude?: string;
    },
  ): Array<{
    /** The key of a near fingerprint. */
    key: string;
    /** Its Hamming distance to `fingerprint`, in bits. */
    distance: number;
  }> {
    const fn = 'SimHashIndex.query';
    if (typeof fingerprint !== 'bigint') throw new TypeError(`simkit.${fn}: fingerprint must be a bigint`);
    const o = expectOptions<{ exclude: string }>(fn, 'options', options, ['exclude']);
    const exclude =
      o.exclude === undefined ? NO_VALUE : (this.#ids.get(expectString(fn, 'exclude', o.exclude)) ?? NO_VALUE);
    const native = this.native('query');
    const inst = instance(fn);
    const fp = BigInt.asUintN(64, fingerprint);
    inst.check(fn, () => native.query(Number(fp & 0xffffffffn), Number(fp >> 32n), exclude));
    const ids = inst.resultU32();
    const d = inst.resultF64();
    return Array.from(ids, (id, i) => ({ key: this.#keys[id], distance: d[i] }));
  }
}

/** Everything compare() reports. */
export interface Comparison {
  /** Exact Jaccard similarity of the two shingle sets, in [0, 1]. */
  jaccard: number;
  /** Share of `a`'s shingles that are also in `b`. */
  containmentAInB: number;
  /** Share of `b`'s shingles that are also in `a`. */
  containmentBInA: number;
  /** MinHash (128 slots) estimate of `jaccard`. */
  minhash: number;
  /** Cosine of word term-frequency vectors. */
  cosine: number;
  /** Hamming distance of the SimHash fingerprints (0-64). */
  simhashDistance: number;
  /** Shingles both texts contain, with where they occur: the reason they are similar. */
  shared: Array<{
    /** The shingle as written in `a`. */
    text: string;
    /** UTF-16 offset in `a` where the shingle starts. */
    aStart: number;
    /** UTF-16 offset in `a` where it ends (exclusive). */
    aEnd: number;
    /** UTF-16 offset in `b` where the shingle starts. */
    bStart: number;
    /** UTF-16 offset in `b` where it ends (exclusive). */
    bEnd: number;
  }>;
}

/**
 * One call that says how similar two texts are, and why.
 * @param options.ngramSize word n-gram size for Jaccard, MinHash and the shared n-grams (default 3; `shingleSize` is its deprecated name)
 * @param options.top how many shared n-grams to list (default 10, in order of appearance in a)
 * @example compare('the cat sat on the mat', 'the cat sat on a mat').shared.map((s) => s.text) // ['the cat sat', 'cat sat on']
 */
export function compare(
  a: string,
  b: string,
  options?: {
    ngramSize?: number;
    top?: number;
    normalize?: NormalizeOptions;
    /** @deprecated Use `ngramSize`; goes in the next minor version. */
    shingleSize?: number;
  },
): Comparison {
  const fn = 'compare';
  expectString(fn, 'a', a);
  expectString(fn, 'b', b);
  const o = expectOptions<{ ngramSize: number; top: number; normalize: NormalizeOptions; shingleSize: number }>(
    fn,
    'options',
    options,
    ['ngramSize', 'top', 'normalize', 'shingleSize'],
  );
  const ngramSize = renamedOption(fn, o, 'ngramSize', 'shingleSize');
  const size = ngramSize === undefined ? 3 : expectInteger(fn, 'ngramSize', ngramSize, 1, 64);
  const top = o.top === undefined ? 10 : expectInteger(fn, 'top', o.top, 0, 10_000);
  instance(fn); // before init() the error names compare, not the first helper it calls
  const sets = setSimilarity(a, b, { ngramSize: size, normalize: o.normalize });
  const mh = new MinHasher({ ngramSize: size, normalize: o.normalize });
  const [sa, sb] = mh.signBatch([a, b]);
  const [fa, fb] = simhashBatch([a, b], { normalize: o.normalize });
  const la = shingles(a, { ngramSize: size, normalize: o.normalize });
  const lb = shingles(b, { ngramSize: size, normalize: o.normalize });
  const inB = new Map<bigint, number>();
  lb.hashes.forEach((h, i) => {
    if (!inB.has(h)) inB.set(h, i);
  });
  const shared: Comparison['shared'] = [];
  const seen = new Set<bigint>();
  for (let i = 0; i < la.hashes.length && shared.length < top; ++i) {
    const h = la.hashes[i];
    const j = inB.get(h);
    if (j === undefined || seen.has(h)) continue;
    seen.add(h);
    shared.push({
      text: a.slice(la.spans[2 * i], la.spans[2 * i + 1]),
      aStart: la.spans[2 * i],
      aEnd: la.spans[2 * i + 1],
      bStart: lb.spans[2 * j],
      bEnd: lb.spans[2 * j + 1],
    });
  }
  return {
    jaccard: sets.jaccard,
    containmentAInB: sets.containmentAInB,
    containmentBInA: sets.containmentBInA,
    minhash: estimateJaccard(sa, sb),
    cosine: cosine(a, b, { normalize: o.normalize }),
    simhashDistance: hammingDistance(fa, fb),
    shared,
  };
}
