// Plagiarism detection for prose: winnowed fingerprints, matched passages between two texts,
// and a corpus index ranking every pair of documents with the passages they share.

import { renamedOption } from './deprecate.js';
import { NativeHandle } from './handle.js';
import { SimkitError } from './errors.js';
import { instance } from './instance.js';
import type { NativeWinnowIndex } from './native.js';
import { packNormalize, type NormalizeOptions } from './options.js';
import { NO_VALUE } from './protocol.js';
import {
  expectBoolean,
  expectEnum,
  expectInteger,
  expectNumber,
  expectOptions,
  expectSeed64,
  expectString,
  expectText,
} from './validate.js';

/** How texts become n-grams (the winnowing paper's k-grams) and fingerprints. */
export interface FingerprintOptions {
  /**
   * `'char'` (default): n-grams of `ngramSize` characters over the text's words joined by single
   * spaces, so punctuation and spacing edits do not hide a copy. `'word'`: `ngramSize` consecutive words.
   */
  analyzer?: 'char' | 'word';
  /** Characters or words per n-gram (the paper's k). Default 25 for chars, 5 for words. */
  ngramSize?: number;
  /** Winnowing window in k-grams (default 10): any shared run of window + k − 1 units is found. */
  window?: number;
  /** Hash seed (number or bigint). Default 0. */
  seed?: number | bigint;
  /** Normalization before tokenizing (default NFKC + case folding). */
  normalize?: NormalizeOptions;
  /** @deprecated Use `analyzer`; goes in the next minor version. */
  unit?: 'char' | 'word';
  /** @deprecated Use `ngramSize`; goes in the next minor version. */
  k?: number;
}

/** A passage of `a` that also appears in `b`: UTF-16 spans into the two original strings. */
export interface Passage {
  /** UTF-16 offset in `a` where the passage starts. */
  aStart: number;
  /** UTF-16 offset in `a` where it ends (exclusive): `a.slice(aStart, aEnd)`. */
  aEnd: number;
  /** UTF-16 offset in `b` where the passage starts. */
  bStart: number;
  /** UTF-16 offset in `b` where it ends (exclusive). */
  bEnd: number;
  /** The passage as it is written in `a`. */
  aText: string;
  /** The passage as it is written in `b`. */
  bText: string;
  /** Consecutive matching k-grams merged into it (a length measure). */
  kgrams: number;
}

/** What two texts share. */
export interface PassageMatch {
  /** Passages ordered by position in `a`. */
  passages: Passage[];
  /** Share of `a` inside some passage (copydetect's "similarity of a"), in [0, 1]. */
  coverageA: number;
  /** Share of `b` inside some passage, in [0, 1]. */
  coverageB: number;
  /** Symmetric score: (covered a + covered b) / (length a + length b), in [0, 1]. */
  score: number;
}

export interface PassageOptions extends FingerprintOptions {
  /** Drop passages shorter than this many k-grams. Default 1. */
  minKgrams?: number;
  /** Merge aligned runs separated by at most this many k-grams (a changed word). Default 0. */
  maxGap?: number;
}

const FP_KEYS = ['analyzer', 'ngramSize', 'window', 'seed', 'normalize', 'unit', 'k'] as const;
const PASSAGE_KEYS = [...FP_KEYS, 'minKgrams', 'maxGap'] as const;

interface PackedFingerprint {
  norm: number;
  unit: number;
  k: number;
  window: number;
  seedLo: number;
  seedHi: number;
}

function packFingerprint(fn: string, o: FingerprintOptions): PackedFingerprint {
  const analyzer = renamedOption(fn, o, 'analyzer', 'unit');
  const ngramSize = renamedOption(fn, o, 'ngramSize', 'k');
  const unit = analyzer === undefined ? 'char' : expectEnum(fn, 'analyzer', analyzer, ['char', 'word'] as const);
  const k = ngramSize === undefined ? (unit === 'char' ? 25 : 5) : expectInteger(fn, 'ngramSize', ngramSize, 1, 1024);
  const window = o.window === undefined ? 10 : expectInteger(fn, 'window', o.window, 1, 1024);
  const [seedLo, seedHi] = expectSeed64(fn, 'seed', o.seed);
  return { norm: packNormalize(fn, o.normalize), unit: unit === 'word' ? 0 : 1, k, window, seedLo, seedHi };
}

/** Winnowed fingerprints of a text. */
export interface Fingerprints {
  /** Selected k-gram hashes in text order. */
  hashes: BigUint64Array;
  /** `[start0, end0, …]`: UTF-16 span of each selected k-gram in the original text. */
  spans: Uint32Array;
}

/**
 * Winnowed fingerprints (Schleimer, Wilkerson, Aiken 2003, robust winnowing).
 * @throws {RangeError} when ngramSize or window is outside [1, 1024]
 * @example fingerprint('It was the best of times, it was the worst of times').hashes.length
 */
export function fingerprint(text: string | Uint8Array, options?: FingerprintOptions): Fingerprints {
  const fn = 'fingerprint';
  expectText(fn, 'text', text);
  const p = packFingerprint(fn, expectOptions<FingerprintOptions>(fn, 'options', options, FP_KEYS));
  const inst = instance(fn);
  const { placed } = inst.place(fn, [text]);
  inst.check(fn, (m) =>
    m.winnow_fingerprint(placed[0].offset, placed[0].length, p.norm, p.unit, p.k, p.window, p.seedLo, p.seedHi),
  );
  const pairs = inst.resultU32();
  return { hashes: new BigUint64Array(pairs.buffer, 0, pairs.length / 2), spans: inst.resultSpans() };
}

/**
 * The passages two texts share, merged into maximal aligned runs, with how much of each text
 * they cover. Spans are UTF-16 offsets into `a` and `b` as given (`a.slice(aStart, aEnd)`).
 * @throws {TypeError} when a or b is not a string; `RangeError` when ngramSize or window is outside [1, 1024]
 * @example comparePassages(essay, source).passages.map((p) => p.aText)
 */
export function comparePassages(a: string, b: string, options?: PassageOptions): PassageMatch {
  return passagesOf('comparePassages', a, b, options);
}

function passagesOf(fn: string, a: unknown, b: unknown, options: unknown): PassageMatch {
  const ta = expectString(fn, 'a', a);
  const tb = expectString(fn, 'b', b);
  const o = expectOptions<PassageOptions>(fn, 'options', options, PASSAGE_KEYS);
  const p = packFingerprint(fn, o);
  const minKgrams = o.minKgrams === undefined ? 1 : expectInteger(fn, 'minKgrams', o.minKgrams, 1, 0xffffffff);
  const maxGap = o.maxGap === undefined ? 0 : expectInteger(fn, 'maxGap', o.maxGap, 0, 0xffffffff);
  const inst = instance(fn);
  const { placed } = inst.place(fn, [ta, tb]);
  inst.check(fn, (m) =>
    m.winnow_passages(
      placed[0].offset,
      placed[0].length,
      placed[1].offset,
      placed[1].length,
      p.norm,
      p.unit,
      p.k,
      p.seedLo,
      p.seedHi,
      minKgrams,
      maxGap,
    ),
  );
  const rows = inst.resultU32();
  const f = inst.resultF64();
  const passages: Passage[] = [];
  for (let i = 0; i < rows.length; i += 5) {
    passages.push({
      aStart: rows[i],
      aEnd: rows[i + 1],
      bStart: rows[i + 2],
      bEnd: rows[i + 3],
      aText: ta.slice(rows[i], rows[i + 1]),
      bText: tb.slice(rows[i + 2], rows[i + 3]),
      kgrams: rows[i + 4],
    });
  }
  return { passages, coverageA: f[0], coverageB: f[1], score: f[2] };
}

/** Options of a {@link WinnowIndex}. */
export interface WinnowIndexOptions extends FingerprintOptions {
  /** Ignore fingerprints found in more than this many documents (shared boilerplate). 0 = no limit (default). */
  maxDocumentFrequency?: number;
}

/** One ranked pair of documents. */
export interface DocumentPair {
  /** Key of one document. */
  a: string;
  /** Key of the other. */
  b: string;
  /** 2·shared / (fingerprints of a + fingerprints of b), in [0, 1]: the ranking score. */
  similarity: number;
  /** Shared fingerprints. */
  shared: number;
  /** Share of a's fingerprints found in b. */
  containmentA: number;
  /** Share of b's fingerprints found in a. */
  containmentB: number;
  /** With `passages: true`: what the two texts share, located. */
  match?: PassageMatch;
}

/** Options of {@link WinnowIndex.pairs}. */
export interface PairsOptions {
  /** Only pairs with at least this similarity. Default 0. */
  threshold?: number;
  /** At most this many pairs, best first. Default: all. */
  limit?: number;
  /** Locate the shared passages of each returned pair. Default false. */
  passages?: boolean;
  /** @deprecated Use `threshold`; goes in the next minor version. */
  minScore?: number;
}

const INDEX_KEYS = [...FP_KEYS, 'maxDocumentFrequency'] as const;
const PAIRS_KEYS = ['threshold', 'limit', 'passages', 'minScore'] as const;
const QUERY_ID = NO_VALUE; // pairs' `a` for the query

/**
 * A corpus of documents for plagiarism checks: add submissions and reference sources, set a
 * template (e.g. the assignment text) whose passages do not count, then rank all pairs.
 * Holds WebAssembly memory: call `dispose()` (or `using`) when done.
 *
 * @example
 * const index = new WinnowIndex();
 * index.add('alice.txt', alice); index.add('bob.txt', bob);
 * index.add('wiki', article, { role: 'reference' });
 * for (const p of index.pairs({ limit: 10, passages: true })) console.log(p.a, p.b, p.similarity);
 * index.dispose();
 */
export class WinnowIndex extends NativeHandle<NativeWinnowIndex> {
  #options: PassageOptions;
  readonly #ids = new Map<string, number>();
  readonly #keys: string[] = [];
  readonly #texts = new Map<number, string>();
  readonly #roles = new Map<number, 'submission' | 'reference'>();
  #nextId = 0;

  /**
   * @param options n-grams of `ngramSize` characters (default 25) of the words, winnowing `window` 10;
   *   `maxDocumentFrequency` to ignore boilerplate shared by many documents
   * @throws {RangeError} when ngramSize or window is outside [1, 1024]; {@link SimkitError} `NOT_INITIALIZED` before `init()`
   */
  constructor(options?: WinnowIndexOptions) {
    const fn = 'WinnowIndex';
    const o = expectOptions<WinnowIndexOptions>(fn, 'options', options, INDEX_KEYS);
    const p = packFingerprint(fn, o);
    const maxDf =
      o.maxDocumentFrequency === undefined
        ? 0
        : expectInteger(fn, 'maxDocumentFrequency', o.maxDocumentFrequency, 0, 0xffffffff);
    const inst = instance(fn);
    const native = inst.call(fn, () => new inst.raw.NativeWinnowIndex());
    const status = inst.call(fn, () => native.configure(p.norm, p.unit, p.k, p.window, p.seedLo, p.seedHi, maxDf));
    if (status !== 0) {
      native.delete();
      inst.check(fn, () => status);
    }
    super('WinnowIndex', native);
    this.#options = {
      analyzer: o.analyzer ?? o.unit, // as given: save() writes back only what was chosen
      ngramSize: o.ngramSize ?? o.k,
      window: o.window,
      seed: o.seed,
      normalize: o.normalize,
    };
  }

  /** Number of documents. */
  get size(): number {
    return this.#ids.size;
  }

  /** Document keys in the order they were added. */
  keys(): string[] {
    return [...this.#ids.keys()];
  }

  /** True when a document has this key. */
  has(key: string): boolean {
    return this.#ids.has(expectString('WinnowIndex.has', 'key', key));
  }

  /** The text stored for a key (kept in JS memory, for passage localization). */
  text(key: string): string | undefined {
    const id = this.#ids.get(key);
    return id === undefined ? undefined : this.#texts.get(id);
  }

  /**
   * Adds a document, or replaces the one with the same key.
   * @param options.role `'submission'` (default) is compared with everything; `'reference'`
   *   (a source) is compared with submissions only.
   */
  add(key: string, text: string, options?: { role?: 'submission' | 'reference' }): void {
    const fn = 'WinnowIndex.add';
    expectString(fn, 'key', key);
    expectString(fn, 'text', text);
    const o = expectOptions<{ role?: 'submission' | 'reference' }>(fn, 'options', options, ['role']);
    const role =
      o.role === undefined ? 'submission' : expectEnum(fn, 'role', o.role, ['submission', 'reference'] as const);
    const native = this.native('add');
    const inst = instance(fn);
    const id = this.#ids.get(key) ?? this.#nextId;
    if (id === QUERY_ID) throw new RangeError(`simkit.${fn}: the index is full`);
    const { placed } = inst.place(fn, [text]);
    inst.check(fn, () => native.add(id, placed[0].offset, placed[0].length, role === 'reference' ? 1 : 0));
    if (!this.#ids.has(key)) {
      this.#ids.set(key, id);
      this.#keys[id] = key;
      ++this.#nextId;
    }
    this.#texts.set(id, text);
    this.#roles.set(id, role);
  }

  /** Removes a document; false when the key is unknown. */
  remove(key: string): boolean {
    const fn = 'WinnowIndex.remove';
    expectString(fn, 'key', key);
    const native = this.native('remove');
    const id = this.#ids.get(key);
    if (id === undefined) return false;
    instance(fn).call(fn, () => native.remove(id));
    this.#ids.delete(key);
    this.#texts.delete(id);
    this.#roles.delete(id);
    return true;
  }

  /** Passages of this text (e.g. the assignment, a header every student copies) no longer count. */
  setTemplate(text: string): void {
    const fn = 'WinnowIndex.setTemplate';
    expectString(fn, 'text', text);
    const native = this.native('setTemplate');
    const inst = instance(fn);
    const { placed } = inst.place(fn, [text]);
    inst.check(fn, () => native.set_template(placed[0].offset, placed[0].length));
  }

  /**
   * Every pair of documents sharing fingerprints, best first (references are paired with
   * submissions only). With `passages: true` each pair carries `match`, with UTF-16 spans.
   */
  pairs(options?: PairsOptions): DocumentPair[] {
    const fn = 'WinnowIndex.pairs';
    const o = expectOptions<PairsOptions>(fn, 'options', options, PAIRS_KEYS);
    const threshold = renamedOption(fn, o, 'threshold', 'minScore');
    const minScore = threshold === undefined ? 0 : expectNumber(fn, 'threshold', threshold, 0, 1);
    const limit = o.limit === undefined ? 0 : expectInteger(fn, 'limit', o.limit, 1, 0xffffffff);
    const withPassages = o.passages === undefined ? false : expectBoolean(fn, 'passages', o.passages);
    const native = this.native('pairs');
    const inst = instance(fn);
    inst.check(fn, () => native.pairs(minScore, limit));
    return this.#toPairs(fn, inst.resultU32(), inst.resultF64(), withPassages);
  }

  /** Documents that share fingerprints with `text` (not added), best first; `a` is `''`. */
  query(text: string, options?: PairsOptions): DocumentPair[] {
    const fn = 'WinnowIndex.query';
    expectString(fn, 'text', text);
    const o = expectOptions<PairsOptions>(fn, 'options', options, PAIRS_KEYS);
    const threshold = renamedOption(fn, o, 'threshold', 'minScore');
    const minScore = threshold === undefined ? 0 : expectNumber(fn, 'threshold', threshold, 0, 1);
    const limit = o.limit === undefined ? 0 : expectInteger(fn, 'limit', o.limit, 1, 0xffffffff);
    const withPassages = o.passages === undefined ? false : expectBoolean(fn, 'passages', o.passages);
    const native = this.native('query');
    const inst = instance(fn);
    const { placed } = inst.place(fn, [text]);
    inst.check(fn, () => native.query(placed[0].offset, placed[0].length, minScore, limit));
    return this.#toPairs(fn, inst.resultU32(), inst.resultF64(), withPassages, text);
  }

  /**
   * Saves the whole index — options, template, fingerprints, keys and texts — as bytes in the
   * versioned, checksummed "SKWI" format (docs/FORMAT.md). Load them with {@link WinnowIndex.load}.
   */
  save(): Uint8Array {
    const fn = 'WinnowIndex.save';
    const native = this.native('save');
    const inst = instance(fn);
    const docs = [...this.#ids].map(([key, id]) => [id, key, this.#roles.get(id), this.#texts.get(id)]);
    const o = this.#options;
    const user = JSON.stringify({
      v: 1,
      nextId: this.#nextId,
      docs,
      // Saved with the names of the first format (unit, k), so older and newer files read alike.
      options: {
        unit: o.analyzer,
        k: o.ngramSize,
        window: o.window,
        seed: o.seed === undefined ? undefined : String(o.seed),
        normalize: o.normalize,
      },
    });
    const { placed } = inst.place(fn, [user]);
    inst.check(fn, () => native.save(placed[0].offset, placed[0].length));
    return inst.resultBytes();
  }

  /**
   * An index saved by {@link WinnowIndex.save}. Corrupt, truncated or foreign bytes throw
   * `SimkitError` with code `CORRUPT_DATA` (or `UNSUPPORTED_VERSION`), never a wrong index.
   */
  static load(bytes: Uint8Array): WinnowIndex {
    const fn = 'WinnowIndex.load';
    if (!(bytes instanceof Uint8Array)) throw new TypeError(`simkit.${fn}: bytes must be a Uint8Array`);
    const index = new WinnowIndex();
    try {
      const native = index.native('load');
      const inst = instance(fn);
      const { placed } = inst.place(fn, [bytes]);
      inst.check(fn, () => native.load(placed[0].offset, placed[0].length));
      index.#restore(new TextDecoder().decode(inst.resultBytes()), native.size());
      return index;
    } catch (e) {
      index.dispose();
      throw e;
    }
  }

  #restore(json: string, nativeSize: number): void {
    const bad = (why: string) =>
      new SimkitError('CORRUPT_DATA', `simkit.WinnowIndex.load: corrupt winnow index: ${why}`);
    let user: { v?: unknown; nextId?: unknown; docs?: unknown; options?: Record<string, unknown> };
    try {
      user = JSON.parse(json);
    } catch {
      throw bad('unreadable key table');
    }
    if (
      user?.v !== 1 ||
      !Array.isArray(user.docs) ||
      typeof user.nextId !== 'number' ||
      user.docs.length !== nativeSize
    ) {
      throw bad('key table does not match the fingerprints');
    }
    for (const d of user.docs as unknown[]) {
      if (
        !Array.isArray(d) ||
        typeof d[0] !== 'number' ||
        typeof d[1] !== 'string' ||
        typeof d[3] !== 'string' ||
        (d[2] !== 'submission' && d[2] !== 'reference') ||
        this.#ids.has(d[1])
      )
        throw bad('bad key table entry');
      this.#ids.set(d[1], d[0]);
      this.#keys[d[0]] = d[1];
      this.#roles.set(d[0], d[2]);
      this.#texts.set(d[0], d[3]);
    }
    this.#nextId = user.nextId;
    const o = user.options ?? {};
    this.#options = {
      analyzer: o.unit as PassageOptions['analyzer'],
      ngramSize: o.k as number | undefined,
      window: o.window as number | undefined,
      seed: typeof o.seed === 'string' ? BigInt(o.seed) : undefined,
      normalize: o.normalize as PassageOptions['normalize'],
    };
  }

  /** Role of a document. */
  role(key: string): 'submission' | 'reference' | undefined {
    const id = this.#ids.get(key);
    return id === undefined ? undefined : this.#roles.get(id);
  }

  #toPairs(
    fn: string,
    rows: Uint32Array,
    scores: Float64Array,
    withPassages: boolean,
    queryText?: string,
  ): DocumentPair[] {
    const out: DocumentPair[] = [];
    for (let r = 0; r < rows.length / 3; ++r) {
      const a = rows[3 * r];
      const b = rows[3 * r + 1];
      const pair: DocumentPair = {
        a: a === QUERY_ID ? '' : this.#keys[a],
        b: this.#keys[b],
        similarity: scores[3 * r],
        shared: rows[3 * r + 2],
        containmentA: scores[3 * r + 1],
        containmentB: scores[3 * r + 2],
      };
      if (withPassages) {
        const ta = a === QUERY_ID ? queryText! : this.#texts.get(a)!;
        pair.match = passagesOf(fn, ta, this.#texts.get(b)!, this.#options);
      }
      out.push(pair);
    }
    return out;
  }
}
