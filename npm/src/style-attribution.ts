// Authorship attribution with the Delta family (Burrows, Eder, Cosine Delta): a model fitted
// on labelled texts, attribution of new texts with the features that decided, and
// leave-one-out evaluation.

import { NativeHandle } from './handle.js';
import { renamedOption } from './deprecate.js';
import { instance } from './instance.js';
import type { NativeAuthorship } from './native.js';
import { placeLists } from './place.js';
import { packNormalize, type NormalizeOptions } from './options.js';
import { MAX_SHINGLE_SIZE, NO_VALUE } from './protocol.js';
import { resultNames } from './style-native.js';
import {
  expectArray,
  expectBoolean,
  expectEnum,
  expectInteger,
  expectOptions,
  expectString,
  expectText,
} from './validate.js';

/**
 * The distance of the Delta family: Burrows' Delta (mean absolute z difference), Eder's Delta
 * (weighted towards the most frequent features) or Cosine Delta (cosine distance of the z-profiles).
 */
export type DeltaMethod = 'burrows' | 'eder' | 'cosine';
/** What a stylometric feature is: a word, a character n-gram, a punctuation mark or a length statistic. */
export type StyleFeatureKind = 'word' | 'char' | 'punctuation' | 'stat';
const KINDS: readonly StyleFeatureKind[] = ['word', 'char', 'punctuation', 'stat'];
const METHODS: readonly DeltaMethod[] = ['burrows', 'eder', 'cosine'];
const AGGREGATES = ['centroid', 'nearest'] as const;

/** Options of the {@link AuthorshipModel} constructor: which features, which distance. */
export interface AuthorshipOptions {
  /** Most frequent words of the training corpus used as features (default 300; 0 for none). */
  mfw?: number;
  /** Use these words (e.g. simkit/stopwords/en.txt) instead of the most frequent words. */
  functionWords?: readonly string[];
  /** Most frequent character n-grams used as features (default 0: none). */
  mfc?: number;
  /** n of the character n-gram features (`mfc`; default 3). */
  ngramSize?: number;
  /** Punctuation marks as features: true = the 30 most frequent, or a count (default false). */
  punctuation?: boolean | number;
  /** Sentence and word length statistics and type-token ratio as features (default false). */
  stats?: boolean;
  /** Default 'cosine' (Cosine Delta: the most robust of the three in published comparisons). */
  method?: DeltaMethod;
  /** Compare with each author's mean z-profile (default) or with their nearest text. */
  aggregate?: 'centroid' | 'nearest';
  /**
   * A reference corpus: texts by other writers (same language and genre) that take part in
   * choosing the most frequent features and in the z-scores, but are never candidates. Without
   * it the training texts are the reference.
   */
  reference?: readonly (string | Uint8Array)[];
  /** Normalization before counting (default: NFKC, case folding; see {@link NormalizeOptions}). */
  normalize?: NormalizeOptions;
  /** @deprecated Use `ngramSize`; goes in the next minor version. */
  charNgram?: number;
}

/** A labelled training text. */
export interface AuthoredText {
  /** The author's name (any string; texts with the same name are the same author). */
  author: string;
  /** The text (a string, or UTF-8 bytes). */
  text: string | Uint8Array;
}

/** One feature's part in a decision. */
export interface StyleEvidence {
  /** The feature (a word, n-gram, mark, or a statistic's name). */
  feature: string;
  /** What kind of feature it is. */
  kind: StyleFeatureKind;
  /** z-score of the feature in the attributed text (relative to the training corpus). */
  z: number;
  /** z-score in the winner's profile. */
  authorZ: number;
  /** z-score in the runner-up's profile. */
  runnerUpZ: number;
  /** Its share of (distance to runner-up − distance to winner); the shares sum to the margin. */
  contribution: number;
}

/**
 * What {@link AuthorshipModel.attribute} returns: the nearest author, the full ranking
 * (`{ author, distance }` per author, nearest first) and the explanation (`for`: the features that favoured
 * the winner most; `against`: those that favoured the runner-up most).
 */
export interface Attribution {
  /** The attributed author (the nearest). */
  author: string;
  /** Every author, nearest first. */
  ranking: Array<{ author: string; distance: number }>;
  /** Distance to the runner-up minus distance to the winner (≥ 0). */
  margin: number;
  /** The second-nearest author. */
  runnerUp: string;
  /** The features that favoured the winner most, and those that favoured the runner-up most. */
  explanation: { for: StyleEvidence[]; against: StyleEvidence[] };
}

/** Options of {@link AuthorshipModel.attribute}: override the model's method or aggregate for this call. */
export interface AttributeOptions {
  /** Default: the model's method. */
  method?: DeltaMethod;
  /** Default: the model's aggregate. */
  aggregate?: 'centroid' | 'nearest';
  /** How many features to list on each side of the explanation (default 10). */
  explain?: number;
}

/**
 * What {@link AuthorshipModel.leaveOneOut} returns. `results` has one entry per training text:
 * `index` (its position), `author`, `predicted` and the `margin` of that prediction.
 */
export interface LeaveOneOutResult {
  /** Correct / evaluated. */
  accuracy: number;
  /** Training texts evaluated (those whose author has another text). */
  evaluated: number;
  /** Of those, attributed to their true author. */
  correct: number;
  /** Per training text: its author, the prediction of a model fitted without it (null when its author has no other text). */
  results: Array<{ index: number; author: string; predicted: string | null; margin: number }>;
}

const ATTR_KEYS = [
  'mfw',
  'functionWords',
  'mfc',
  'ngramSize',
  'punctuation',
  'stats',
  'method',
  'aggregate',
  'reference',
  'normalize',
  'charNgram',
] as const;
const REFERENCE = NO_VALUE; // the label of a reference text

/**
 * Authorship attribution with the Delta family: profiles labelled training texts once, chooses
 * the features on them, z-scores every feature over the training corpus and attributes new
 * texts to the nearest author, explaining which features decided. Holds wasm memory: dispose().
 * @example
 * const model = new AuthorshipModel([{ author: 'Hamilton', text: h1 }, …], { mfw: 300 });
 * model.attribute(disputed).author // 'Madison'
 */
export class AuthorshipModel extends NativeHandle<NativeAuthorship> {
  /** Distinct authors, in order of first appearance. */
  readonly authors: readonly string[];
  /** Number of training texts. */
  readonly size: number;
  /** Reference texts (features and z-scores only). */
  readonly referenceSize: number;
  /** The distance used by default. */
  readonly method: DeltaMethod;
  /** Author centroid or nearest text, by default. */
  readonly aggregate: 'centroid' | 'nearest';
  readonly #labels: readonly string[];
  #features: Array<{ feature: string; kind: StyleFeatureKind }> | null = null;

  constructor(training: readonly AuthoredText[], options?: AuthorshipOptions) {
    const fn = 'AuthorshipModel';
    const list = expectArray(fn, 'training', training) as AuthoredText[];
    const authors: string[] = [];
    const ids = new Map<string, number>();
    const texts = list.map((t, i) => {
      // Records may carry other fields (ids, titles): only author and text are read.
      if (t === null || typeof t !== 'object')
        throw new TypeError(`simkit.${fn}: training[${i}] must be an object { author, text }`);
      const author = expectString(fn, `training[${i}].author`, t.author);
      if (!ids.has(author)) {
        ids.set(author, authors.length);
        authors.push(author);
      }
      return expectText(fn, `training[${i}].text`, t.text);
    });
    const o = expectOptions<AuthorshipOptions>(fn, 'options', options, ATTR_KEYS);
    const fw =
      o.functionWords === undefined
        ? []
        : (expectArray(fn, 'functionWords', o.functionWords) as string[]).map((w, i) =>
            expectString(fn, `functionWords[${i}]`, w),
          );
    const mfw = o.mfw === undefined ? 300 : expectInteger(fn, 'mfw', o.mfw, 0, 100_000);
    const mfc = o.mfc === undefined ? 0 : expectInteger(fn, 'mfc', o.mfc, 0, 100_000);
    const ngramSize = renamedOption(fn, o, 'ngramSize', 'charNgram');
    const charN = ngramSize === undefined ? 3 : expectInteger(fn, 'ngramSize', ngramSize, 1, MAX_SHINGLE_SIZE);
    const punct =
      o.punctuation === undefined || o.punctuation === false
        ? 0
        : o.punctuation === true
          ? 30
          : expectInteger(fn, 'punctuation', o.punctuation, 0, 10_000);
    const stats = o.stats === undefined ? false : expectBoolean(fn, 'stats', o.stats);
    const method = o.method === undefined ? 'cosine' : expectEnum(fn, 'method', o.method, METHODS);
    const aggregate = o.aggregate === undefined ? 'centroid' : expectEnum(fn, 'aggregate', o.aggregate, AGGREGATES);
    const norm = packNormalize(fn, o.normalize);
    const reference =
      o.reference === undefined
        ? []
        : (expectArray(fn, 'reference', o.reference) as (string | Uint8Array)[]).map((t, i) =>
            expectText(fn, `reference[${i}]`, t),
          );
    if (authors.length < 2)
      throw new RangeError(`simkit.${fn}: training must contain texts of at least two authors, got ${authors.length}`);
    if (list.length < 3)
      throw new RangeError(`simkit.${fn}: training must contain at least three texts, got ${list.length}`);
    const inst = instance(fn);
    const native = inst.call(fn, () => new inst.raw.NativeAuthorship());
    try {
      const w = inst.place(fn, [fw.join('\n')]).placed[0];
      inst.check(fn, () => native.configure(norm, charN, mfw, mfc, punct, stats ? 1 : 0, w.offset, w.length));
      // Batches of about 64 MB, so the arena never needs the whole corpus at once.
      const all = [...texts, ...reference];
      const labels = [...list.map((t) => ids.get(t.author) as number), ...reference.map(() => REFERENCE)];
      for (let start = 0; start < all.length; ) {
        let end = start;
        let bytes = 0;
        while (end < all.length && (end === start || bytes < 64 << 20)) {
          const t = all[end++];
          bytes += typeof t === 'string' ? t.length * 3 : t.length;
        }
        const batch = all.slice(start, end);
        const placed = placeLists(fn, [batch], 'utf8', batch.length);
        inst.writeU32(placed.extra, labels.slice(start, end));
        inst.check(fn, () =>
          native.add(placed.offsets[0], placed.sizes[0], placed.ends[0], batch.length, placed.extra),
        );
        start = end;
      }
      inst.check(fn, () => native.fit());
    } catch (e) {
      native.delete();
      throw e;
    }
    super('AuthorshipModel', native);
    this.authors = authors;
    this.size = list.length;
    this.method = method;
    this.aggregate = aggregate;
    this.#labels = list.map((t) => t.author);
    this.referenceSize = reference.length;
  }

  /** The features chosen on the training corpus, in order (most frequent first per kind). */
  get features(): Array<{ feature: string; kind: StyleFeatureKind }> {
    return this.#featureList().map((f) => ({ ...f }));
  }

  /** The cached feature list (read once per fit; callers must not modify it). */
  #featureList(): ReadonlyArray<{ feature: string; kind: StyleFeatureKind }> {
    const fn = 'AuthorshipModel.features';
    const native = this.native('features');
    if (this.#features === null) {
      const inst = instance(fn);
      inst.check(fn, () => native.features());
      const kinds = inst.resultU32();
      const names = resultNames(inst);
      this.#features = names.map((feature, i) => ({ feature, kind: KINDS[kinds[i]] }));
    }
    return this.#features;
  }

  #options(fn: string, options: AttributeOptions | undefined) {
    const o = expectOptions<AttributeOptions>(fn, 'options', options, ['method', 'aggregate', 'explain']);
    return {
      method: METHODS.indexOf(o.method === undefined ? this.method : expectEnum(fn, 'method', o.method, METHODS)),
      aggregate: AGGREGATES.indexOf(
        o.aggregate === undefined ? this.aggregate : expectEnum(fn, 'aggregate', o.aggregate, AGGREGATES),
      ),
      explain: o.explain === undefined ? 10 : expectInteger(fn, 'explain', o.explain, 0, 100_000),
    };
  }

  /** Attributes a text to the nearest training author, with the ranking and the explanation. */
  attribute(text: string | Uint8Array, options?: AttributeOptions): Attribution {
    const fn = 'AuthorshipModel.attribute';
    expectText(fn, 'text', text);
    const { method, aggregate, explain } = this.#options(fn, options);
    const features = this.#featureList();
    const native = this.native('attribute');
    const inst = instance(fn);
    const { placed } = inst.place(fn, [text]);
    inst.check(fn, () => native.attribute(placed[0].offset, placed[0].length, method, aggregate, explain));
    const u = inst.resultU32();
    const f = inst.resultF64();
    const a = this.authors.length;
    const ranking = this.authors
      .map((author, i) => ({ author, distance: f[i] }))
      .filter((r) => Number.isFinite(r.distance))
      .sort((x, y) => x.distance - y.distance || (x.author < y.author ? -1 : 1));
    const n = (u.length - 2) / 2;
    const evidence = (k: number): StyleEvidence => {
      const at = a + 4 * k;
      const feat = features[u[2 + k]];
      return {
        feature: feat.feature,
        kind: feat.kind,
        z: f[at],
        authorZ: f[at + 1],
        runnerUpZ: f[at + 2],
        contribution: f[at + 3],
      };
    };
    return {
      author: this.authors[u[0]],
      ranking,
      margin: f[u[1]] - f[u[0]],
      runnerUp: this.authors[u[1]],
      explanation: {
        for: Array.from({ length: n }, (_, k) => evidence(k)).filter((e) => e.contribution > 0),
        against: Array.from({ length: n }, (_, k) => evidence(n + k)).filter((e) => e.contribution < 0),
      },
    };
  }

  /**
   * Leave-one-out evaluation: every training text whose author has another text is attributed
   * by a model fitted (features, z-scores, centroids) without it.
   */
  leaveOneOut(options?: Omit<AttributeOptions, 'explain'>): LeaveOneOutResult {
    const fn = 'AuthorshipModel.leaveOneOut';
    const o = expectOptions<AttributeOptions>(fn, 'options', options, ['method', 'aggregate']);
    const { method, aggregate } = this.#options(fn, o);
    const native = this.native('leaveOneOut');
    const inst = instance(fn);
    inst.check(fn, () => native.leave_one_out(method, aggregate));
    const predicted = inst.resultU32();
    const margins = inst.resultF64();
    let evaluated = 0;
    let correct = 0;
    const results = this.#labels.map((author, index) => {
      const p = predicted[index] === NO_VALUE ? null : this.authors[predicted[index]];
      if (p !== null) {
        ++evaluated;
        if (p === author) ++correct;
      }
      return { index, author, predicted: p, margin: margins[index] };
    });
    this.#features = null; // refitted on every text: the same list, but read it again
    return { accuracy: evaluated ? correct / evaluated : 0, evaluated, correct, results };
  }
}
