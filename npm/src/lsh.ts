// Near-duplicate search over MinHash signatures: an LSH index whose bands × rows are chosen
// for a Jaccard threshold, with insert/query/remove by key, clusters, and save/load; plus
// dedup(), the one-call job for a list of texts.

import { renamedOption } from './deprecate.js';
import { SimkitError } from './errors.js';
import { NativeHandle } from './handle.js';
import { instance } from './instance.js';
import { MinHasher, type MinHashOptions } from './minhash.js';
import type { NativeLshIndex } from './native.js';
import { DEFAULT_NUM_PERM, MAX_NUM_PERM, NO_VALUE } from './protocol.js';
import { expectArray, expectInteger, expectNumber, expectOptions, expectString, expectText } from './validate.js';

/** Options of the {@link LshIndex} constructor. Give `threshold` (and `numPerm`) and let the index choose bands × rows, or give `bands` and `rows` yourself. */
export interface LshOptions {
  /** Jaccard similarity that counts as a near-duplicate. Default 0.8. */
  threshold?: number;
  /** Signature length of the signatures to index. Default 128. */
  numPerm?: number;
  /**
   * Weights of the false-positive and false-negative areas when choosing bands × rows.
   * Default { falsePositive: 0.1, falseNegative: 0.9 }: recall first, because every candidate
   * is verified against its stored signature (a false positive costs one comparison).
   * `falsePositive` and `falseNegative` are each in [0, 1].
   */
  weights?: { falsePositive?: number; falseNegative?: number };
  /** Explicit bands (with rows) instead of the optimized choice. */
  bands?: number;
  /** Explicit rows per band (with bands); bands × rows must not exceed numPerm. */
  rows?: number;
}

/** The parameters an index runs with and what they imply. */
export interface LshParams {
  /** The threshold the index was built for (the default `threshold` of queries). */
  threshold: number;
  /** Slots per signature; signatures of any other length are rejected. */
  numPerm: number;
  /** Bands the signature is cut into: a document is a candidate when one band matches entirely. */
  bands: number;
  /** Slots per band. */
  rows: number;
  /** ∫₀^threshold P(candidate | s) ds: the chance mass of false candidates. */
  falsePositiveArea: number;
  /** ∫_threshold^1 (1 − P(candidate | s)) ds: the chance mass of missed duplicates. */
  falseNegativeArea: number;
}

/** A document found by a query. */
export interface LshMatch {
  /** The key the document was inserted with. */
  key: string;
  /** MinHash estimate of the Jaccard similarity. */
  similarity: number;
}

const KEYS = ['threshold', 'numPerm', 'weights', 'bands', 'rows'] as const;

/**
 * P(two documents of Jaccard s become candidates) with b bands of r rows: 1 − (1 − s^rows)^bands,
 * computed by the core (the same function that chooses bands × rows).
 * @param s a Jaccard similarity in [0, 1]
 * @param bands an integer in [1, {@link MAX_NUM_PERM}]
 * @param rows an integer in [1, {@link MAX_NUM_PERM}]
 */
export function lshCandidateProbability(s: number, bands: number, rows: number): number {
  const fn = 'lshCandidateProbability';
  expectNumber(fn, 's', s, 0, 1);
  expectInteger(fn, 'bands', bands, 1, MAX_NUM_PERM);
  expectInteger(fn, 'rows', rows, 1, MAX_NUM_PERM);
  const inst = instance(fn);
  inst.check(fn, (m) => m.lsh_candidate_probability(s, bands, rows));
  return inst.resultF64()[0];
}

/** Validates LshOptions and picks bands × rows (given, or optimal for the threshold). */
function resolveParams(fn: string, options: LshOptions | undefined): LshParams {
  const o = expectOptions<LshOptions>(fn, 'options', options, KEYS);
  const threshold = o.threshold === undefined ? 0.8 : expectNumber(fn, 'threshold', o.threshold, 0, 1);
  if (threshold <= 0 || threshold >= 1)
    throw new RangeError(`simkit.${fn}: threshold must be a number in (0, 1), got ${threshold}`);
  const numPerm = o.numPerm === undefined ? DEFAULT_NUM_PERM : expectInteger(fn, 'numPerm', o.numPerm, 2, MAX_NUM_PERM);
  const w = expectOptions<{ falsePositive: number; falseNegative: number }>(fn, 'weights', o.weights, [
    'falsePositive',
    'falseNegative',
  ]);
  const fpw = w.falsePositive === undefined ? 0.1 : expectNumber(fn, 'weights.falsePositive', w.falsePositive, 0, 1);
  const fnw = w.falseNegative === undefined ? 0.9 : expectNumber(fn, 'weights.falseNegative', w.falseNegative, 0, 1);
  const inst = instance(fn);
  let bands: number;
  let rows: number;
  let areas: Float64Array;
  if (o.bands !== undefined || o.rows !== undefined) {
    bands = expectInteger(fn, 'bands', o.bands, 1, numPerm);
    rows = expectInteger(fn, 'rows', o.rows, 1, numPerm);
    if (bands * rows > numPerm)
      throw new RangeError(`simkit.${fn}: bands × rows must be at most numPerm (${numPerm}), got ${bands} × ${rows}`);
    inst.check(fn, (m) => m.lsh_param_areas(threshold, bands, rows));
    areas = inst.resultF64();
  } else {
    if (fpw + fnw <= 0) throw new RangeError(`simkit.${fn}: weights must not both be 0`);
    inst.check(fn, (m) => m.lsh_optimal_params(threshold, numPerm, fpw, fnw));
    const r = inst.resultF64();
    [bands, rows] = [r[0], r[1]];
    areas = r.subarray(2);
  }
  return { threshold, numPerm, bands, rows, falsePositiveArea: areas[0], falseNegativeArea: areas[1] };
}

/**
 * The parameters an {@link LshIndex} made with `options` would run with, without making one
 * (an index kept elsewhere, e.g. by `simkit/sql`, bands its signatures the same way).
 */
export function lshParams(options?: LshOptions): LshParams {
  return resolveParams('lshParams', options);
}

function bandKeysOf(
  fn: string,
  signatures: readonly Uint32Array[],
  p: { numPerm: number; bands: number; rows: number },
): BigUint64Array {
  const n = p.numPerm;
  const flat = new Uint32Array(signatures.length * n);
  signatures.forEach((s, i) => flat.set(s, i * n));
  const inst = instance(fn);
  const { placed } = inst.place(fn, [new Uint8Array(flat.buffer)]);
  inst.check(fn, (m) => m.lsh_band_keys(placed[0].offset, signatures.length, n, p.bands, p.rows));
  const words = inst.resultU32();
  return new BigUint64Array(words.buffer, words.byteOffset, words.length / 2);
}

/**
 * LSH band keys as data: for each signature, the key of each of its `bands` bands of `rows`
 * slots, exactly as {@link LshIndex} buckets it (pinned by golden vectors). Two documents are
 * candidates when they share a key in the same band. `keys[i * bands + b]` is band b of
 * signatures[i]: store `(b, key)` rows in any database and join on them.
 * @example
 * const keys = lshBandKeys(mh.signBatch(texts), { bands: 9, rows: 13 });
 * keys.length // texts.length * 9
 */
export function lshBandKeys(
  signatures: readonly Uint32Array[],
  params: { bands: number; rows: number },
): BigUint64Array {
  const fn = 'lshBandKeys';
  expectArray(fn, 'signatures', signatures);
  const o = expectOptions<{ bands: number; rows: number }>(fn, 'params', params, [
    'bands',
    'rows',
    'threshold',
    'numPerm',
    'falsePositiveArea',
    'falseNegativeArea',
  ]);
  let numPerm = 0;
  signatures.forEach((s, i) => {
    if (!(s instanceof Uint32Array))
      throw new TypeError(`simkit.${fn}: signatures[${i}] must be a Uint32Array signature`);
    if (i === 0) numPerm = s.length;
    else if (s.length !== numPerm)
      throw new RangeError(`simkit.${fn}: signatures[${i}] has ${s.length} slots, signatures[0] has ${numPerm}`);
  });
  if (signatures.length > 0 && (numPerm < 1 || numPerm > MAX_NUM_PERM))
    throw new RangeError(`simkit.${fn}: signatures must have 1 to ${MAX_NUM_PERM} slots, got ${numPerm}`);
  const bands = expectInteger(fn, 'params.bands', o.bands, 1, MAX_NUM_PERM);
  const rows = expectInteger(fn, 'params.rows', o.rows, 1, MAX_NUM_PERM);
  if (signatures.length === 0) return new BigUint64Array(0);
  if (bands * rows > numPerm)
    throw new RangeError(
      `simkit.${fn}: params.bands × params.rows must be at most the signature length (${numPerm}), got ${bands} × ${rows}`,
    );
  return bandKeysOf(fn, signatures, { numPerm, bands, rows });
}

/** A native index and its parameters, made from options. */
function configured(fn: string, options: LshOptions | undefined): { native: NativeLshIndex; params: LshParams } {
  const params = resolveParams(fn, options);
  const inst = instance(fn);
  const native = inst.call(fn, () => new inst.raw.NativeLshIndex());
  const status = inst.call(fn, () => native.configure(params.numPerm, params.bands, params.rows));
  if (status !== 0) {
    native.delete();
    inst.check(fn, () => status);
  }
  return { native, params };
}

/** A loaded native index the next LshIndex constructor call takes over (set by LshIndex.load only). */
let adopted: { native: NativeLshIndex; params: LshParams } | null = null;

/** Options of `duplicates` on an {@link LshIndex} or a simkit/sql `LshStore`. */
export interface LshDuplicatesOptions {
  /** Least estimated Jaccard similarity of a linked pair (default: the index's threshold). */
  threshold?: number;
  /** @deprecated Use `threshold`; goes in the next minor version. */
  minSimilarity?: number;
}

/** Options of `query` on an {@link LshIndex} or a simkit/sql `LshStore`. */
export interface LshQueryOptions extends LshDuplicatesOptions {
  /** At most this many matches, best first (default: all). */
  limit?: number;
  /** Leave out the document with this key (e.g. the query itself). */
  exclude?: string;
}

/**
 * The options of `query` (`threshold`, `limit`, `exclude`) or, with `withQuery` false, of
 * `duplicates` (`threshold`), shared by LshIndex and simkit/sql's LshStore. `minSimilarity` is
 * the deprecated name of `threshold`, which defaults to the index's own.
 * @internal
 */
export function lshQueryOptions(
  fn: string,
  options: unknown,
  defaultThreshold: number,
  withQuery: boolean,
): { threshold: number; limit: number; exclude: string | undefined } {
  const keys = withQuery ? ['threshold', 'limit', 'exclude', 'minSimilarity'] : ['threshold', 'minSimilarity'];
  const o = expectOptions<{ threshold: number; limit: number; exclude: string; minSimilarity: number }>(
    fn,
    'options',
    options,
    keys,
  );
  const threshold = renamedOption(fn, o, 'threshold', 'minSimilarity');
  return {
    threshold: threshold === undefined ? defaultThreshold : expectNumber(fn, 'threshold', threshold, 0, 1),
    limit: o.limit === undefined ? 0 : expectInteger(fn, 'limit', o.limit, 1, NO_VALUE),
    exclude: o.exclude === undefined ? undefined : expectString(fn, 'exclude', o.exclude),
  };
}

/**
 * An LSH index of MinHash signatures. Holds WebAssembly memory: `dispose()` when done.
 * @example
 * const mh = new MinHasher();
 * const index = new LshIndex({ threshold: 0.8 });
 * texts.forEach((t, i) => index.insert(`doc${i}`, mh.sign(t)));
 * index.query(mh.sign(newText)) // [{ key: 'doc12', similarity: 0.86 }]
 */
export class LshIndex extends NativeHandle<NativeLshIndex> {
  /** The parameters in use (bands × rows chosen from the threshold unless given) and their S-curve areas. */
  readonly params: LshParams;
  /** Notes about the configuration (e.g. slots that no band uses). */
  readonly warnings: string[] = [];
  readonly #ids = new Map<string, number>();
  readonly #keys: string[] = [];
  #nextId = 0;

  constructor(options?: LshOptions) {
    const made = adopted ?? configured('LshIndex', options);
    adopted = null;
    super('LshIndex', made.native);
    this.params = made.params;
    const { numPerm, bands, rows } = made.params;
    if (bands * rows < numPerm) {
      this.warnings.push(
        `bands × rows = ${bands * rows} < numPerm = ${numPerm}: the last ${numPerm - bands * rows} slots take part in estimates but not in candidate search`,
      );
    }
  }

  /** The band keys of `signatures` under this index's bands × rows: see {@link lshBandKeys}. */
  bandKeys(signatures: readonly Uint32Array[]): BigUint64Array {
    const fn = 'LshIndex.bandKeys';
    expectArray(fn, 'signatures', signatures);
    signatures.forEach((s, i) => this.#checkSignature(fn, `signatures[${i}]`, s));
    return bandKeysOf(fn, signatures, this.params);
  }

  /** The S-curve P(candidate | s) at `points` evenly spaced similarities in [0, 1]. */
  /**
   * @param points how many similarities, evenly spaced from 0 to 1 inclusive (an integer in [2, 10000])
   * @returns `{ similarity, probability }` per point: the chance that a document at that Jaccard similarity becomes a candidate, 1 − (1 − s^rows)^bands
   * @example new LshIndex({ threshold: 0.8 }).sCurve(5) // [{ similarity: 0, probability: 0 }, …, { similarity: 1, probability: 1 }]
   */
  sCurve(points = 21): Array<{ similarity: number; probability: number }> {
    const n = expectInteger('LshIndex.sCurve', 'points', points, 2, 10_000);
    return Array.from({ length: n }, (_, i) => {
      const s = i / (n - 1);
      return { similarity: s, probability: lshCandidateProbability(s, this.params.bands, this.params.rows) };
    });
  }

  /** Number of documents in the index. */
  get size(): number {
    return this.#ids.size;
  }

  /** Approximate wasm memory held, in bytes. */
  get memoryBytes(): number {
    return this.native('memoryBytes').memory_bytes();
  }

  /** True when `key` is in the index. @throws TypeError when key is not a string */
  has(key: string): boolean {
    return this.#ids.has(expectString('LshIndex.has', 'key', key));
  }

  /** The keys in the index, in insertion order. */
  keys(): string[] {
    return [...this.#ids.keys()];
  }

  #checkSignature(fn: string, name: string, s: unknown): Uint32Array {
    if (!(s instanceof Uint32Array)) throw new TypeError(`simkit.${fn}: ${name} must be a Uint32Array signature`);
    if (s.length !== this.params.numPerm)
      throw new RangeError(`simkit.${fn}: ${name} must have ${this.params.numPerm} slots (numPerm), got ${s.length}`);
    return s;
  }

  /** Adds (or replaces) a document's signature under `key`. */
  insert(key: string, signature: Uint32Array): void {
    expectString('LshIndex.insert', 'key', key);
    this.#checkSignature('LshIndex.insert', 'signature', signature);
    this.insertMany([key], [signature]);
  }

  /** Adds many documents in one call. */
  insertMany(keys: readonly string[], signatures: readonly Uint32Array[]): void {
    const fn = 'LshIndex.insertMany';
    expectArray(fn, 'keys', keys);
    expectArray(fn, 'signatures', signatures);
    if (keys.length !== signatures.length)
      throw new RangeError(`simkit.${fn}: keys and signatures must have the same length`);
    keys.forEach((k, i) => {
      expectString(fn, `keys[${i}]`, k);
      this.#checkSignature(fn, `signatures[${i}]`, signatures[i]);
    });
    const native = this.native('insert');
    const inst = instance(fn);
    const ids = new Uint32Array(keys.length);
    keys.forEach((k, i) => {
      let id = this.#ids.get(k);
      if (id === undefined) {
        if (this.#nextId >= NO_VALUE) throw new RangeError(`simkit.${fn}: the index is full`);
        id = this.#nextId++;
        this.#ids.set(k, id);
        this.#keys[id] = k;
      }
      ids[i] = id;
    });
    const n = this.params.numPerm;
    const flat = new Uint8Array(keys.length * (n + 1) * 4);
    const words = new Uint32Array(flat.buffer);
    words.set(ids, 0);
    signatures.forEach((s, i) => words.set(s, keys.length + i * n));
    const { placed } = inst.place(fn, [flat]);
    const base = placed[0].offset;
    inst.check(fn, () => native.insert_batch(base, base + keys.length * 4, keys.length));
  }

  /** Removes a document; false when the key is unknown. */
  remove(key: string): boolean {
    const fn = 'LshIndex.remove';
    expectString(fn, 'key', key);
    const native = this.native('remove');
    const id = this.#ids.get(key);
    if (id === undefined) return false;
    instance(fn).call(fn, () => native.remove(id));
    this.#ids.delete(key);
    return true;
  }

  /**
   * Documents whose signatures collide with `signature` in some band and whose estimated
   * similarity is at least `threshold` (default: the index's threshold), best first.
   */
  query(signature: Uint32Array, options?: LshQueryOptions): LshMatch[] {
    const fn = 'LshIndex.query';
    this.#checkSignature(fn, 'signature', signature);
    const q = lshQueryOptions(fn, options, this.params.threshold, true);
    const min = q.threshold;
    const limit = q.limit;
    const exclude = q.exclude === undefined ? NO_VALUE : (this.#ids.get(q.exclude) ?? NO_VALUE);
    const native = this.native('query');
    const inst = instance(fn);
    const { placed } = inst.place(fn, [new Uint8Array(signature.buffer, signature.byteOffset, signature.byteLength)]);
    inst.check(fn, () => native.query(placed[0].offset, min, limit, exclude));
    const ids = inst.resultU32();
    const est = inst.resultF64();
    return Array.from(ids, (id, i) => ({ key: this.#keys[id], similarity: est[i] }));
  }

  /** Clusters of near-duplicates over the whole index (connected components), as keys. */
  duplicates(options?: LshDuplicatesOptions): string[][] {
    const fn = 'LshIndex.duplicates';
    const min = lshQueryOptions(fn, options, this.params.threshold, false).threshold;
    const native = this.native('duplicates');
    const inst = instance(fn);
    inst.check(fn, () => native.clusters(min));
    const flat = inst.resultU32();
    const out: string[][] = [];
    for (let i = 0; i < flat.length; ) {
      const n = flat[i++];
      out.push(Array.from(flat.subarray(i, i + n), (id) => this.#keys[id]));
      i += n;
    }
    return out;
  }

  /** The index (parameters, signatures, keys) as checksummed "SKLS" bytes (docs/FORMAT.md). */
  save(): Uint8Array {
    const fn = 'LshIndex.save';
    const native = this.native('save');
    const inst = instance(fn);
    const user = JSON.stringify({ v: 1, threshold: this.params.threshold, nextId: this.#nextId, keys: [...this.#ids] });
    const { placed } = inst.place(fn, [user]);
    inst.check(fn, () => native.save(placed[0].offset, placed[0].length));
    return inst.resultBytes();
  }

  /** An index saved by {@link LshIndex.save}; damaged bytes throw `SimkitError('CORRUPT_DATA')`. */
  static load(bytes: Uint8Array): LshIndex {
    const fn = 'LshIndex.load';
    if (!(bytes instanceof Uint8Array)) throw new TypeError(`simkit.${fn}: bytes must be a Uint8Array`);
    const inst = instance(fn);
    const native = inst.call(fn, () => new inst.raw.NativeLshIndex());
    let user: { v: number; threshold: number; nextId: number; keys: [string, number][] };
    let params: LshParams;
    try {
      const { placed } = inst.place(fn, [bytes]);
      inst.check(fn, () => native.load(placed[0].offset, placed[0].length));
      const userBytes = inst.resultBytes();
      // The parameters come from the loaded native index; the threshold is ours, in the user data.
      inst.check(fn, () => native.parameters());
      const [numPerm, bands, rows] = inst.resultU32();
      try {
        user = JSON.parse(new TextDecoder().decode(userBytes));
      } catch {
        throw new SimkitError('CORRUPT_DATA', `simkit.${fn}: corrupt LSH index: bad key table`);
      }
      const threshold = user?.threshold;
      if (typeof threshold !== 'number' || !(threshold > 0 && threshold < 1))
        throw new SimkitError('CORRUPT_DATA', `simkit.${fn}: corrupt LSH index: bad threshold`);
      inst.check(fn, (m) => m.lsh_param_areas(threshold, bands, rows));
      const areas = inst.resultF64();
      params = { threshold, numPerm, bands, rows, falsePositiveArea: areas[0], falseNegativeArea: areas[1] };
    } catch (e) {
      native.delete();
      throw e;
    }
    adopted = { native, params };
    const index = new LshIndex();
    try {
      if (user.v !== 1 || !Array.isArray(user.keys) || user.keys.length !== native.size()) throw new Error('key table');
      for (const [k, id] of user.keys) {
        index.#ids.set(k, id);
        index.#keys[id] = k;
      }
      index.#nextId = user.nextId;
      return index;
    } catch {
      index.dispose();
      throw new SimkitError('CORRUPT_DATA', `simkit.${fn}: corrupt LSH index: bad key table`);
    }
  }
}

export interface DedupOptions extends MinHashOptions {
  /** Jaccard similarity that makes two texts duplicates. Default 0.8. */
  threshold?: number;
  /** Called after each batch with (done, total). */
  onProgress?: (done: number, total: number) => void;
  /** Texts signed per batch. Default 2000. */
  batchSize?: number;
}

/** What {@link dedup} returns. */
export interface DedupResult {
  /** Groups of near-duplicate texts (indices into the input), each sorted, size ≥ 2. */
  clusters: number[][];
  /** Indices to keep: every text that is not a duplicate of an earlier one. */
  keep: number[];
  /** For each text, the index of the first text of its cluster, or -1 when it is unique. */
  duplicateOf: Int32Array;
  /** The LSH parameters used. */
  params: LshParams;
}

/**
 * Finds near-duplicate texts in one call: MinHash signatures, an LSH index tuned for the
 * threshold, clusters of near-duplicates.
 * @example const { keep } = dedup(lines, { threshold: 0.8 }); const unique = keep.map((i) => lines[i]);
 */
export function dedup(texts: readonly (string | Uint8Array)[], options?: DedupOptions): DedupResult {
  const fn = 'dedup';
  const list = expectArray(fn, 'texts', texts);
  for (let i = 0; i < list.length; ++i) expectText(fn, `texts[${i}]`, list[i]);
  const { threshold, onProgress, batchSize, ...mhOptions } = expectOptions<DedupOptions>(fn, 'options', options, [
    'threshold',
    'onProgress',
    'batchSize',
    'numPerm',
    'seed',
    'scheme',
    'analyzer',
    'ngramSize',
    'normalize',
    'shingle',
    'shingleSize',
  ]);
  if (onProgress !== undefined && typeof onProgress !== 'function')
    throw new TypeError(`simkit.${fn}: onProgress must be a function`);
  const batch = batchSize === undefined ? 2000 : expectInteger(fn, 'batchSize', batchSize, 1, 1_000_000);
  // One-permutation hashing unless asked otherwise: ~2.5x faster, and dedup never merges signatures.
  const hasher = new MinHasher({ scheme: 'oph', ...mhOptions });
  const index = new LshIndex({ threshold: threshold ?? 0.8, numPerm: hasher.numPerm });
  try {
    const n = list.length;
    for (let start = 0; start < n; start += batch) {
      const chunk = list.slice(start, start + batch) as (string | Uint8Array)[];
      const sigs = hasher.signBatch(chunk);
      index.insertMany(
        chunk.map((_, i) => String(start + i)),
        sigs,
      );
      onProgress?.(Math.min(n, start + batch), n);
    }
    const clusters = index
      .duplicates()
      .map((c) => c.map(Number).sort((a, b) => a - b))
      .sort((a, b) => a[0] - b[0]);
    const duplicateOf = new Int32Array(n).fill(-1);
    for (const c of clusters) for (const i of c.slice(1)) duplicateOf[i] = c[0];
    const keep: number[] = [];
    for (let i = 0; i < n; ++i) if (duplicateOf[i] < 0) keep.push(i);
    return { clusters, keep, duplicateOf, params: index.params };
  } finally {
    index.dispose();
  }
}
