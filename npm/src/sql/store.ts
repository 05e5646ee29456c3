// LshStore: the LshIndex API over a SQL database. Band keys come from the core (lshBandKeys),
// candidates from the database, verification from the stored signatures here, so the answers
// are LshIndex's for the same documents and parameters.

import { SimkitError } from '../errors.js';
import {
  lshBandKeys,
  lshParams,
  lshQueryOptions,
  type LshDuplicatesOptions,
  type LshMatch,
  type LshOptions,
  type LshParams,
  type LshQueryOptions,
} from '../lsh.js';
import { MinHasher, minhashOptionsFromSaved, savedMinhashOptions, type MinHashOptions } from '../minhash.js';
import { packShingle } from '../options.js';
import { EMPTY_SLOT } from '../protocol.js';
import { expectArray, expectOptions, expectString } from '../validate.js';
import type { CandidateRow, StoreBackend, StoredDocument } from './backend.js';
import { minEqualSlots } from './band-join.js';

/** Version of the tables simkit writes; a store of another version is refused. */
export const STORE_FORMAT_VERSION = 1;

/** How a store is made: the MinHash options its signatures come from and the LSH banding. */
export interface LshStoreOptions {
  /** Options of the MinHasher that signs the documents (numPerm is the signature length). */
  minhash?: MinHashOptions;
  /** Jaccard similarity that counts as a near-duplicate. Default 0.8. */
  threshold?: number;
  /** Weights for choosing bands × rows (as LshIndex). */
  weights?: { falsePositive?: number; falseNegative?: number };
  /** Explicit bands (with rows) instead of the optimized choice. */
  bands?: number;
  rows?: number;
}

/** What a store records about itself, compared on every open. */
interface StoreRecord {
  numPerm: number;
  bands: number;
  rows: number;
  threshold: number;
  scheme: 'classic' | 'oph';
  seed: string;
  shingle: string;
  shingleSize: number;
  normalizeFlags: number;
  shingleSeed: string;
}

/** The option names of record fields whose saved names are the old ones (messages use the option's name). */
const OPTION_NAME: Partial<Record<keyof StoreRecord, string>> = { shingle: 'analyzer', shingleSize: 'ngramSize' };

const STORE_KEYS = ['minhash', 'threshold', 'weights', 'bands', 'rows'] as const;

function recordOf(fn: string, hasher: MinHasher, params: LshParams): StoreRecord {
  const o = hasher.options;
  const p = packShingle(fn, { ...o, seed: undefined });
  return {
    numPerm: params.numPerm,
    bands: params.bands,
    rows: params.rows,
    threshold: params.threshold,
    scheme: hasher.scheme,
    seed: hasher.seed.toString(),
    shingle: p.unit === 0 ? 'word' : 'char',
    shingleSize: p.size,
    normalizeFlags: p.norm,
    shingleSeed: ((BigInt(p.seedHi) << 32n) | BigInt(p.seedLo)).toString(),
  };
}

/** JSON-safe MinHash options (the seed as a decimal string). */
function storedMinhash(hasher: MinHasher): Record<string, unknown> {
  return { ...savedMinhashOptions(hasher.options), seed: hasher.seed.toString() };
}

/**
 * An LSH index whose documents live in a database (made by {@link openLshStore}). Same
 * answers as an {@link LshIndex} with the same parameters and documents; the database does the
 * band lookups and holds the signatures, so the corpus is bounded by disk, not memory.
 */
export class LshStore {
  /** The banding and threshold, as an LshIndex with these options would run. */
  readonly params: LshParams;
  /** The MinHash options the store's signatures are made with: sign with `new MinHasher(store.minhash)`. */
  readonly minhash: MinHashOptions;
  readonly #backend: StoreBackend;
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;

  /** @internal Use {@link openLshStore}. */
  constructor(backend: StoreBackend, params: LshParams, minhash: MinHashOptions) {
    this.#backend = backend;
    this.params = params;
    this.minhash = minhash;
  }

  /** @internal Opens the backend's schema and checks it was made with these parameters. */
  static async attach(backend: StoreBackend, options: LshStoreOptions | undefined): Promise<LshStore> {
    const fn = 'openLshStore';
    const given = options !== undefined;
    let hasher = new MinHasher(options?.minhash);
    let params = lshParams(lshOptionsOf(options, hasher.numPerm));
    const mine = recordOf(fn, hasher, params);
    const held = await backend.open({
      format: String(STORE_FORMAT_VERSION),
      params: JSON.stringify(mine),
      minhash: JSON.stringify(storedMinhash(hasher)),
    });
    if (held.format !== String(STORE_FORMAT_VERSION)) {
      throw new SimkitError(
        'UNSUPPORTED_VERSION',
        `simkit.${fn}: the store has format version ${held.format ?? '(none)'}; this simkit reads version ${STORE_FORMAT_VERSION}`,
      );
    }
    const theirs = JSON.parse(held.params ?? 'null') as StoreRecord | null;
    if (theirs === null || typeof theirs !== 'object')
      throw new SimkitError('CORRUPT_DATA', `simkit.${fn}: the store has no parameters record`);
    if (given) {
      const diff = (Object.keys(mine) as (keyof StoreRecord)[]).filter((k) => mine[k] !== theirs[k]);
      if (diff.length > 0) {
        throw new RangeError(
          `simkit.${fn}: the store was made with other parameters (${diff.map((k) => `${OPTION_NAME[k] ?? k} ${theirs[k]}, not ${mine[k]}`).join('; ')}); open it with the same options or without any`,
        );
      }
    } else {
      // No options: take the store's own.
      const stored = JSON.parse(held.minhash) as Record<string, unknown> & { seed: string };
      hasher = new MinHasher({ ...minhashOptionsFromSaved(stored), seed: BigInt(stored.seed) });
      params = lshParams({
        threshold: theirs.threshold,
        numPerm: theirs.numPerm,
        bands: theirs.bands,
        rows: theirs.rows,
      });
    }
    return new LshStore(backend, params, hasher.options);
  }

  // One operation at a time per store object: a connection runs one transaction at a time.
  #serial<T>(fn: string, op: () => Promise<T>): Promise<T> {
    if (this.#closed)
      return Promise.reject(new SimkitError('INVALID_ARGUMENT', `simkit.LshStore.${fn}: the store is closed`));
    const next = this.#queue.then(op, op);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  #checkSignature(fn: string, name: string, s: unknown): Uint32Array {
    if (!(s instanceof Uint32Array)) throw new TypeError(`simkit.${fn}: ${name} must be a Uint32Array signature`);
    if (s.length !== this.params.numPerm)
      throw new RangeError(`simkit.${fn}: ${name} must have ${this.params.numPerm} slots (numPerm), got ${s.length}`);
    return s;
  }

  /** Adds (or replaces) one document. */
  insert(key: string, signature: Uint32Array): Promise<void> {
    expectString('LshStore.insert', 'key', key);
    this.#checkSignature('LshStore.insert', 'signature', signature);
    return this.insertMany([key], [signature]);
  }

  /**
   * Adds (or replaces) many documents in one transaction: all of them or, on error, none. A key
   * given twice keeps its last signature, as in LshIndex.insertMany.
   */
  insertMany(keys: readonly string[], signatures: readonly Uint32Array[]): Promise<void> {
    const fn = 'LshStore.insertMany';
    expectArray(fn, 'keys', keys);
    expectArray(fn, 'signatures', signatures);
    if (keys.length !== signatures.length)
      throw new RangeError(`simkit.${fn}: keys and signatures must have the same length`);
    keys.forEach((k, i) => {
      expectString(fn, `keys[${i}]`, k);
      this.#checkSignature(fn, `signatures[${i}]`, signatures[i]);
    });
    // First occurrence fixes the order (ids), the last one the signature.
    const at = new Map<string, number>();
    const docs: StoredDocument[] = [];
    keys.forEach((key, i) => {
      const signature = signatures[i];
      const doc = { key, signature, empty: signature.every((v) => v === EMPTY_SLOT) };
      const j = at.get(key);
      if (j === undefined) {
        at.set(key, docs.length);
        docs.push(doc);
      } else {
        docs[j] = doc;
      }
    });
    if (docs.length === 0) return this.#serial('insertMany', async () => undefined);
    const bandKeys = lshBandKeys(
      docs.map((d) => d.signature),
      this.params,
    );
    const signed = new BigInt64Array(bandKeys.buffer, bandKeys.byteOffset, bandKeys.length);
    return this.#serial('insertMany', () => this.#backend.upsert(docs, signed, this.params.bands));
  }

  /** Removes a document; false when the key is not stored. */
  remove(key: string): Promise<boolean> {
    expectString('LshStore.remove', 'key', key);
    return this.#serial('remove', () => this.#backend.remove(key));
  }

  has(key: string): Promise<boolean> {
    expectString('LshStore.has', 'key', key);
    return this.#serial('has', () => this.#backend.has(key));
  }

  /** Number of documents stored. */
  size(): Promise<number> {
    return this.#serial('size', () => this.#backend.size());
  }

  /**
   * Stored documents that share a band with `signature` and whose estimated similarity is at
   * least `threshold` (default: the store's threshold), best first (ties: earlier insert first).
   */
  query(signature: Uint32Array, options?: LshQueryOptions): Promise<LshMatch[]> {
    const fn = 'LshStore.query';
    this.#checkSignature(fn, 'signature', signature);
    const { threshold: min, limit, exclude } = lshQueryOptions(fn, options, this.params.threshold, true);
    const keys = lshBandKeys([signature], this.params);
    const bands = Int32Array.from({ length: this.params.bands }, (_, b) => b);
    const signed = new BigInt64Array(keys.buffer, keys.byteOffset, keys.length);
    return this.#serial('query', async () => {
      const rows = await this.#backend.candidates(bands, signed);
      const queryEmpty = signature.every((v) => v === EMPTY_SLOT);
      const hits: Array<{ row: CandidateRow; similarity: number }> = [];
      for (const row of rows) {
        if (row.key === exclude) continue;
        const similarity = queryEmpty || row.empty ? 0 : equalSlots(signature, row.signature) / this.params.numPerm;
        if (similarity >= min) hits.push({ row, similarity });
      }
      hits.sort((x, y) => (x.similarity !== y.similarity ? y.similarity - x.similarity : x.row.id - y.row.id));
      return (limit === 0 ? hits : hits.slice(0, limit)).map((h) => ({ key: h.row.key, similarity: h.similarity }));
    });
  }

  /**
   * Clusters of near-duplicates over everything stored (connected components of verified
   * candidate pairs), each in insert order, clusters by their first document: the database
   * runs the band join (see docs/SCALE.md).
   */
  duplicates(options?: LshDuplicatesOptions): Promise<string[][]> {
    const fn = 'LshStore.duplicates';
    const min = lshQueryOptions(fn, options, this.params.threshold, false).threshold;
    return this.#serial('duplicates', async () => {
      const rows = await this.#backend.clusters(minEqualSlots(min, this.params.numPerm), this.params.numPerm);
      const out: string[][] = [];
      let current = -1;
      for (const { cluster, key } of rows) {
        if (cluster !== current) {
          out.push([]);
          current = cluster;
        }
        out[out.length - 1].push(key);
      }
      return out;
    });
  }

  /** Waits for pending operations and closes the connection(s). */
  close(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    const done = this.#queue.then(() => this.#backend.close());
    this.#closed = true;
    return done;
  }
}

function equalSlots(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  for (let i = 0; i < a.length; ++i) if (a[i] === b[i]) ++n;
  return n;
}

function lshOptionsOf(options: LshStoreOptions | undefined, numPerm: number): LshOptions {
  const o = expectOptions<LshStoreOptions>('openLshStore', 'options', options, STORE_KEYS);
  const out: LshOptions = { numPerm };
  if (o.threshold !== undefined) out.threshold = o.threshold;
  if (o.weights !== undefined) out.weights = o.weights;
  if (o.bands !== undefined) out.bands = o.bands;
  if (o.rows !== undefined) out.rows = o.rows;
  return out;
}
