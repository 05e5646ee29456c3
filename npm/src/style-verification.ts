// Authorship verification: (known texts, unknown text) problems scored by the combined method
// (character language model cross-prediction and n-gram cosine, plus impostor scores, weighed
// by a logistic regression), general impostors or the cosine baseline; calibration of the
// unanswered band, and the shared-and-differing features that explain a score.

import { renamedOption } from './deprecate.js';
import { NativeHandle } from './handle.js';
import { xxh3 } from './hash.js';
import { instance } from './instance.js';
import type { NativeVerifier } from './native.js';
import { packNormalize, type NormalizeOptions } from './options.js';
import { placeLists } from './place.js';
import {
  MAX_SHINGLE_SIZE,
  VERIFY_COSINE,
  VERIFY_DEFAULT_IMPOSTOR_MODEL_WEIGHT,
  VERIFY_DEFAULT_INTERCEPT,
  VERIFY_DEFAULT_MODEL_WEIGHT,
  VERIFY_EACH_KNOWN,
  VERIFY_MASK_CONTENT_WORDS,
  VERIFY_MODEL_ORDER_SHIFT,
  VERIFY_WORD_FEATURES,
} from './protocol.js';
import {
  applyProbabilityBand,
  type Combiner,
  type CombinerPrior,
  combine,
  fitShrunkCombiner,
  logitParts,
} from './style-combine.js';
import { calibrationBand, applyBand, evaluateVerification, type VerificationEvaluation } from './style-eval.js';
import { resultNames } from './style-native.js';
import {
  expectArray,
  expectBoolean,
  expectEnum,
  expectInteger,
  expectNumber,
  expectOptions,
  expectSeed64,
  expectText,
} from './validate.js';

/** Options of the {@link AuthorshipVerifier} constructor and of {@link verifyAuthorship}. */
export interface VerifierOptions {
  /**
   * 'combined' (default): a character language model's cross-prediction scores (both ways) and
   * the n-gram cosine, plus the impostors score when there are impostors, weighed by a logistic
   * regression that calibrate() fits; 'impostors' (general impostors; needs `impostors`) or
   * 'cosine' (PAN baseline) alone.
   */
  method?: VerifyMethod;
  /** Combined method: order of the character language model (default 5, its maximum). */
  modelOrder?: number;
  /**
   * Combined method: 'mask-content-words' (default) scores the texts a second time with every
   * word that is not an English function word replaced by '*' and every number by '#' (text
   * distortion, Stamatatos 2017): the masked scores see habits, not topics, which cross-topic
   * problems need; calibrate() weighs both. 'none': the texts as written only. Other methods:
   * 'none' only.
   */
  distortion?: 'none' | 'mask-content-words';
  /**
   * Texts by other authors to compare with, ideally of the same genre and language. By default
   * the verifier finds its own: calibrate() takes the texts of the problems it learns from and
   * keeps them as the impostors of every later verify() and verifyMany() (the same pool at
   * calibration and use, so the learned weights fit); before any calibrate(), verifyMany() takes
   * the texts of the other problems of the call, and verify() has none. 'others': always the
   * texts of the other problems of each verifyMany()/calibrate() call (PAN-style pairs).
   * 'none': never any (scores that do not depend on other problems). An impostor with the same
   * bytes as one of a problem's texts is left out for that problem.
   */
  impostors?: readonly (string | Uint8Array)[] | 'others' | 'none';
  /** Impostors found from problems (default or 'others'): at most this many texts (default 300). */
  maxPool?: number;
  /** Character n-grams (`'char'`, default) or words (`'word'`) as features. */
  analyzer?: 'char' | 'word';
  /** n of the character n-grams (default 4). */
  ngramSize?: number;
  /** Most frequent features of each problem's texts (default 3000). */
  vocabulary?: number;
  /** Similarity inside the impostors method (default 'minmax', as Koppel & Winter). */
  similarity?: 'minmax' | 'cosine';
  /** Rounds of the impostors method (default 100). */
  iterations?: number;
  /** Share of features drawn each round (default 0.5). */
  featureFraction?: number;
  /** Impostors drawn each round (default 10). */
  impostorsPerIteration?: number;
  /** Keep only the impostors most similar to the unknown text (default 0: all). */
  candidates?: number;
  /**
   * Impostors method: compare the known texts as one document (default, steadier for short
   * texts; Koppel & Winter) or 'each' on its own, averaging the scores (Seidman 2013).
   */
  knownTexts?: 'together' | 'each';
  /** Seed of the random feature and impostor draws (default 0): the same seed gives the same scores everywhere. */
  seed?: number | bigint;
  /** Unanswered band [p1, p2] on the raw score (PAN-style); calibrate() learns one. */
  band?: [number, number];
  /** A calibration learned before (a verifier's `calibration`), to score without calibrating again. */
  calibration?: VerifierCalibration;
  /** Normalization before counting (default: NFKC, case folding; see {@link NormalizeOptions}). */
  normalize?: NormalizeOptions;
  /** @deprecated Use `analyzer` (`'char'` | `'word'`); goes in the next minor version. */
  features?: 'chars' | 'words';
  /** @deprecated Use `ngramSize`; goes in the next minor version. */
  charNgram?: number;
}

/**
 * Positions of the impostors: 'others' pool among `distinct` distinct texts (in order of first
 * appearance): at most `maxPool`, evenly spread. Shared with the CLI, which streams PAN pairs
 * and builds the same pool without holding every text.
 */
export function poolPositions(distinct: number, maxPool: number): number[] {
  const out: number[] = [];
  const step = Math.max(1, distinct / maxPool);
  for (let x = 0; Math.floor(x) < distinct && out.length < maxPool; x += step) out.push(Math.floor(x));
  return out;
}

/** (known texts, unknown text): were they written by the same person? */
export interface VerificationProblem {
  /** Texts known to be by one author (strings or UTF-8 bytes). */
  known: readonly (string | Uint8Array)[];
  /** The text in question. */
  unknown: string | Uint8Array;
}

/** One feature's part in a verification. */
export interface VerificationEvidence {
  /** The feature (a character n-gram or word). */
  feature: string;
  /** Relative frequency in the known texts (together). */
  known: number;
  /** Relative frequency in the unknown text. */
  unknown: number;
  /** z-scores against the impostors (null without impostors). */
  knownZ: number | null;
  /** z-score of the unknown text's frequency against the impostors (null without impostors). */
  unknownZ: number | null;
  /**
   * With impostors: knownZ × unknownZ (shared: both deviate from other authors the same way) or
   * |knownZ − unknownZ| (differing). Without: the feature's share of the similarity (shared) or
   * of the frequency difference (differing).
   */
  contribution: number;
}

/**
 * What {@link AuthorshipVerifier.verify} returns. `explanation.shared`: the features both sides
 * use alike (for the same author); `explanation.differing`: those that set them apart.
 */
export interface Verification {
  /** Same-author score in [0, 1]; with a band, PAN-style: 0.5 exactly means unanswered. */
  score: number;
  /** The method's own score (fraction of impostor rounds won, or the cosine). */
  rawScore: number;
  /** Similarity of the known texts (together) and the unknown text over the problem's features. */
  similarity: number;
  /** score > 0.5: same author; < 0.5: different; exactly 0.5 (inside a band): unanswered. */
  decision: 'same-author' | 'different-author' | 'unanswered';
  /** True when the band came from calibrate() or the `band` option. */
  calibrated: boolean;
  /** The combined method's scores (null for the other methods). */
  scores: VerificationScores | null;
  /**
   * After calibrate() (combined method): each score's part in the logit of `score` (weight ×
   * standardized score): which evidence decided, and which way. Null before.
   */
  contributions: Partial<VerificationScores> | null;
  /** The features that argue for (shared) and against (differing) the same author. */
  explanation: { shared: VerificationEvidence[]; differing: VerificationEvidence[] };
}

/** The scores the combined method weighs (what decided, before the weights). */
export interface VerificationScores {
  /** Cosine of the problem's most frequent character n-grams. */
  cosine: number;
  /** Bits per character of the unknown text saved when a character model has read the known texts first. */
  knownPredictsUnknown: number;
  /** Bits per character of the known texts saved when the model has read the unknown text first. */
  unknownPredictsKnown: number;
  /** The cosine of the texts with their content words masked (null with distortion: 'none'). */
  maskedCosine: number | null;
  /** knownPredictsUnknown of the masked texts (null with distortion: 'none'). */
  maskedKnownPredictsUnknown: number | null;
  /** unknownPredictsKnown of the masked texts (null with distortion: 'none'). */
  maskedUnknownPredictsKnown: number | null;
  /** General impostors score (null without impostors). */
  impostors: number | null;
  /**
   * How much better a character model of the known texts predicts the unknown one than models
   * of impostor texts (cut to the same length) do, in their standard deviations (null without
   * impostors).
   */
  knownModelBeatsImpostors: number | null;
  /** The same for a model of the unknown text predicting the known ones. */
  unknownModelBeatsImpostors: number | null;
  /**
   * Cosine Delta (Smith & Aldridge 2011): the cosine, in [-1, 1], of the known texts' and the
   * unknown text's frequencies of the impostors' 300 most frequent words, each z-scored against
   * the impostors (null without impostors).
   */
  cosineDelta: number | null;
  /**
   * Burrows's Delta over nine text statistics (sentence and word lengths and their sds,
   * vocabulary richness, punctuation, commas and apostrophes per word, the share of words at
   * most one other impostor uses), negated: 0 the same, more negative further apart, in the
   * impostors' sds (null without impostors).
   */
  statsDelta: number | null;
}

/** The combined method's scores, in the core's VerifyScore order. */
const SCORE_NAMES = [
  'cosine',
  'knownPredictsUnknown',
  'unknownPredictsKnown',
  'maskedCosine',
  'maskedKnownPredictsUnknown',
  'maskedUnknownPredictsKnown',
  'impostors',
  'knownModelBeatsImpostors',
  'unknownModelBeatsImpostors',
  'cosineDelta',
  'statsDelta',
] as const;
type ScoreName = (typeof SCORE_NAMES)[number];

/** What a calibration without score names (written before the masked scores existed) was fitted on. */
const LEGACY_SCORES: Record<number, readonly ScoreName[]> = {
  3: SCORE_NAMES.slice(0, 3),
  6: [...SCORE_NAMES.slice(0, 3), ...SCORE_NAMES.slice(6)],
};

function scoreRecord(s: readonly (number | null)[]): VerificationScores {
  const record = Object.fromEntries(SCORE_NAMES.map((name, k) => [name, s[k]]));
  return record as unknown as VerificationScores;
}

interface RawVerification {
  raw: number;
  similarity: number;
  /** The combined method's scores, in SCORE_NAMES order (null: not computed); empty for other methods. */
  scores: (number | null)[];
  shared: VerificationEvidence[];
  differing: VerificationEvidence[];
}

/**
 * What calibrate() learned: the band and, for the combined method, the logistic regression
 * (per score: mean and sd on the calibration problems; intercept, then one weight per score).
 * Plain JSON: keep it to score later problems the same way.
 */
export interface VerifierCalibration {
  /** The method it was learned for; a verifier of another method refuses it. */
  method: VerifyMethod;
  /** The unanswered band [p1, p2]: scores inside it become exactly 0.5 ('unanswered'). */
  band: [number, number];
  /** The combined method's logistic regression; null for the other methods. */
  combiner: Combiner | null;
  /**
   * With the default impostors: the calibration problems' texts the verifier kept as its
   * impostors, the pool its weights were fitted against. A verifier given this calibration
   * uses them as its impostors (unless given `impostors` of its own), so it scores as the one
   * that calibrated. These are your labelled texts: keep the JSON as private as they are.
   */
  impostors?: string[];
}

/** What {@link AuthorshipVerifier.calibrate} returns. */
export interface CalibrationResult {
  /** The unanswered band [p1, p2] learned. */
  band: [number, number];
  /** PAN's measures on the calibration problems with the scores before calibration. */
  before: VerificationEvaluation;
  /** The same measures with the calibrated scores and band. */
  after: VerificationEvaluation;
  /** Combined method: the regression's weight per (standardized) score, by score name. */
  weights?: Partial<VerificationScores>;
  /**
   * Combined method: how strongly the regression was held to the uncalibrated default (an L2
   * strength, chosen by cross-validation on the problems: large when they are few or noisy).
   */
  strength?: number;
}

function expectCalibration(fn: string, v: unknown, method: VerifyMethod): VerifierCalibration {
  const c = v as Partial<VerifierCalibration> | null;
  if (c === null || typeof c !== 'object')
    throw new TypeError(`simkit.${fn}: calibration must be an object { method, band, combiner }`);
  if (c.method !== method)
    throw new RangeError(`simkit.${fn}: calibration was learned for method '${String(c.method)}', not '${method}'`);
  const band = expectBand(fn, c.band);
  if (c.combiner === null || c.combiner === undefined) {
    if (method === 'combined')
      throw new TypeError(`simkit.${fn}: calibration.combiner must be an object { scores, mean, sd, weights }`);
    return { method, band, combiner: null };
  }
  const list = (name: 'mean' | 'sd' | 'weights') =>
    (expectArray(fn, `calibration.combiner.${name}`, (c.combiner as Partial<Combiner>)[name]) as unknown[]).map(
      (x, i) => expectNumber(fn, `calibration.combiner.${name}[${i}]`, x, -1e300, 1e300),
    );
  const mean = list('mean');
  const given = (c.combiner as Partial<Combiner>).scores;
  const scores =
    given === undefined
      ? LEGACY_SCORES[mean.length]
      : (expectArray(fn, 'calibration.combiner.scores', given) as unknown[]).map((x, i) =>
          expectEnum(fn, `calibration.combiner.scores[${i}]`, x, SCORE_NAMES),
        );
  if (scores === undefined)
    throw new TypeError(`simkit.${fn}: calibration.combiner.scores must name the scores it weighs`);
  const combiner: Combiner = { scores: [...scores], mean, sd: list('sd'), weights: list('weights') };
  const impostors =
    c.impostors === undefined
      ? undefined
      : (expectArray(fn, 'calibration.impostors', c.impostors) as unknown[]).map(
          (t, i) => expectText(fn, `calibration.impostors[${i}]`, t) as string,
        );
  const d = combiner.mean.length;
  if (
    d < 1 ||
    d > SCORE_NAMES.length ||
    combiner.scores.length !== d ||
    new Set(combiner.scores).size !== d ||
    combiner.sd.length !== d ||
    combiner.weights.length !== d + 1 ||
    combiner.sd.some((x) => x <= 0)
  ) {
    throw new RangeError(
      `simkit.${fn}: calibration.combiner must have 1 to ${SCORE_NAMES.length} distinct scores: their names, mean and sd (> 0) of that length, weights one longer`,
    );
  }
  return impostors === undefined ? { method, band, combiner } : { method, band, combiner, impostors };
}

/** Native method ids, by position. */
/**
 * Verification methods: `'combined'` (default: character-model cross-prediction and n-gram
 * cosine, plus impostor scores when given impostors, weighed by calibrate()'s regression),
 * `'impostors'` (general impostors, Koppel & Winter 2014), `'cosine'` (PAN's char 4-gram baseline).
 */
export type VerifyMethod = 'cosine' | 'impostors' | 'combined';
const VERIFY_METHODS: readonly VerifyMethod[] = ['cosine', 'impostors', 'combined'];

const VERIFY_KEYS = [
  'method',
  'modelOrder',
  'distortion',
  'impostors',
  'analyzer',
  'ngramSize',
  'vocabulary',
  'similarity',
  'iterations',
  'featureFraction',
  'impostorsPerIteration',
  'candidates',
  'knownTexts',
  'maxPool',
  'seed',
  'band',
  'calibration',
  'normalize',
  'features',
  'charNgram',
] as const;

function expectBand(fn: string, v: unknown): [number, number] {
  if (!Array.isArray(v) || v.length !== 2) throw new TypeError(`simkit.${fn}: band must be [p1, p2]`);
  const p1 = expectNumber(fn, 'band[0]', v[0], 0, 1);
  const p2 = expectNumber(fn, 'band[1]', v[1], 0, 1);
  if (p2 < p1) throw new RangeError(`simkit.${fn}: band must have p1 <= p2, got [${p1}, ${p2}]`);
  return [p1, p2];
}

/**
 * Authorship verification: scores (known texts, unknown text) problems with the general
 * impostors method or the character n-gram cosine baseline, with an explanation; calibrate()
 * learns the PAN-style unanswered band from labelled problems. Holds wasm memory: dispose().
 * @example
 * const v = new AuthorshipVerifier({ impostors: otherAuthors });
 * v.verify({ known: [letter1, letter2], unknown: disputed }) // { score: 0.83, decision: 'same-author', … }
 */
export class AuthorshipVerifier extends NativeHandle<NativeVerifier> {
  /** The verification method in use. */
  readonly method: VerifyMethod;
  #band: [number, number] | null;
  #combiner: Combiner | null = null;
  /**
   * Where impostors come from: given texts, 'others' (the problems of each call), 'none', or
   * 'found' (the default: calibrate()'s problems, kept; before that, verifyMany()'s).
   */
  readonly #source: 'given' | 'others' | 'none' | 'found';
  /** Texts in the native pool now. */
  #poolSize: number;
  /** 'found': the native pool holds the last calibrate()'s problems' texts. */
  #keptPool = false;
  /** Those texts, for `calibration`. */
  #keptTexts: readonly (string | Uint8Array)[] = [];
  readonly #maxPool: number;

  constructor(options?: VerifierOptions) {
    const fn = 'AuthorshipVerifier';
    const o = expectOptions<VerifierOptions>(fn, 'options', options, VERIFY_KEYS);
    const pooled = o.impostors === 'others';
    const source = o.impostors === undefined ? 'found' : pooled ? 'others' : o.impostors === 'none' ? 'none' : 'given';
    const impostors =
      source !== 'given'
        ? []
        : (expectArray(fn, 'impostors', o.impostors) as (string | Uint8Array)[]).map((t, i) =>
            expectText(fn, `impostors[${i}]`, t),
          );
    const method = o.method === undefined ? 'combined' : expectEnum(fn, 'method', o.method, VERIFY_METHODS);
    const modelOrder = o.modelOrder === undefined ? 5 : expectInteger(fn, 'modelOrder', o.modelOrder, 1, 5);
    const distortion =
      o.distortion === undefined
        ? method === 'combined'
          ? 'mask-content-words'
          : 'none'
        : expectEnum(fn, 'distortion', o.distortion, ['none', 'mask-content-words'] as const);
    if (distortion !== 'none' && method !== 'combined')
      throw new RangeError(`simkit.${fn}: distortion '${distortion}' applies to the combined method only`);
    if (method === 'impostors' && !pooled && impostors.length < 2) {
      throw new RangeError(
        `simkit.${fn}: the impostors method needs at least two impostor texts (or impostors: 'others'), got ${impostors.length}`,
      );
    }
    const analyzer = renamedOption(fn, o, 'analyzer', 'features');
    const words =
      analyzer === undefined
        ? false
        : o.analyzer === undefined // the deprecated `features` spells its values in the plural
          ? expectEnum(fn, 'features', analyzer, ['chars', 'words'] as const) === 'words'
          : expectEnum(fn, 'analyzer', analyzer, ['char', 'word'] as const) === 'word';
    const ngramSize = renamedOption(fn, o, 'ngramSize', 'charNgram');
    const charN = ngramSize === undefined ? 4 : expectInteger(fn, 'ngramSize', ngramSize, 1, MAX_SHINGLE_SIZE);
    const vocabulary = o.vocabulary === undefined ? 3000 : expectInteger(fn, 'vocabulary', o.vocabulary, 1, 10_000_000);
    const cosineSim =
      (o.similarity === undefined
        ? 'minmax'
        : expectEnum(fn, 'similarity', o.similarity, ['minmax', 'cosine'] as const)) === 'cosine';
    const iterations = o.iterations === undefined ? 100 : expectInteger(fn, 'iterations', o.iterations, 1, 1_000_000);
    const fraction =
      o.featureFraction === undefined ? 0.5 : expectNumber(fn, 'featureFraction', o.featureFraction, 0, 1);
    if (fraction === 0) throw new RangeError(`simkit.${fn}: featureFraction must be a number in (0, 1], got 0`);
    const perIteration =
      o.impostorsPerIteration === undefined
        ? 10
        : expectInteger(fn, 'impostorsPerIteration', o.impostorsPerIteration, 1, 1_000_000);
    const candidates = o.candidates === undefined ? 0 : expectInteger(fn, 'candidates', o.candidates, 0, 0xffffffff);
    const each =
      (o.knownTexts === undefined
        ? 'together'
        : expectEnum(fn, 'knownTexts', o.knownTexts, ['together', 'each'] as const)) === 'each';
    const maxPool = o.maxPool === undefined ? 300 : expectInteger(fn, 'maxPool', o.maxPool, 2, 1_000_000);
    const [seedLo, seedHi] = expectSeed64(fn, 'seed', o.seed);
    let band = o.band === undefined ? null : expectBand(fn, o.band);
    const calibration = o.calibration === undefined ? null : expectCalibration(fn, o.calibration, method);
    if (calibration && o.band !== undefined) throw new TypeError(`simkit.${fn}: give band or calibration, not both`);
    if (calibration) band = calibration.band;
    const norm = packNormalize(fn, o.normalize);
    const inst = instance(fn);
    const native = inst.call(fn, () => new inst.raw.NativeVerifier());
    try {
      inst.check(fn, () =>
        native.configure(
          norm,
          charN,
          (words ? VERIFY_WORD_FEATURES : 0) |
            (cosineSim ? VERIFY_COSINE : 0) |
            (each ? VERIFY_EACH_KNOWN : 0) |
            (distortion === 'mask-content-words' ? VERIFY_MASK_CONTENT_WORDS : 0) |
            (modelOrder << VERIFY_MODEL_ORDER_SHIFT),
          vocabulary,
          iterations,
          fraction,
          perIteration,
          candidates,
          seedLo,
          seedHi,
        ),
      );
      if (impostors.length) AuthorshipVerifier.#addImpostors(fn, native, impostors);
      // A kept calibration's pool, when this verifier finds its own impostors.
      if (calibration?.impostors && source === 'found' && method === 'combined')
        AuthorshipVerifier.#addImpostors(fn, native, calibration.impostors);
    } catch (e) {
      native.delete();
      throw e;
    }
    super('AuthorshipVerifier', native);
    this.method = method;
    this.#band = band;
    this.#combiner = calibration?.combiner ?? null;
    this.#source = source;
    this.#poolSize = impostors.length;
    this.#maxPool = maxPool;
    if (calibration?.impostors && source === 'found' && method === 'combined') {
      this.#keptTexts = calibration.impostors;
      this.#poolSize = calibration.impostors.length;
      this.#keptPool = true;
    }
  }

  static #addImpostors(fn: string, native: NativeVerifier, texts: readonly (string | Uint8Array)[]): void {
    const inst = instance(fn);
    for (let start = 0; start < texts.length; start += 256) {
      // bounded arena use
      const batch = texts.slice(start, start + 256);
      const { offsets, ends, sizes } = placeLists(fn, [batch], 'utf8');
      inst.check(fn, () => native.add_impostors(offsets[0], sizes[0], ends[0], batch.length));
    }
  }

  /** What calibrate() learned (or the `calibration` option gave), or null: JSON to keep. */
  get calibration(): VerifierCalibration | null {
    if (this.#band === null) return null;
    const c = this.#combiner;
    const out: VerifierCalibration = {
      method: this.method,
      band: [...this.#band],
      combiner: c ? { scores: [...c.scores], mean: [...c.mean], sd: [...c.sd], weights: [...c.weights] } : null,
    };
    if (this.#keptPool && c) {
      const utf8 = new TextDecoder();
      out.impostors = this.#keptTexts.map((t) => (typeof t === 'string' ? t : utf8.decode(t)));
    }
    return out;
  }

  /**
   * The unanswered band in use, or null before calibration: [p1, p2] on the raw score, or, for
   * the combined method after calibrate(), on the probability.
   */
  get band(): [number, number] | null {
    return this.#band ? [...this.#band] : null;
  }

  static #problem(fn: string, problem: unknown, name = 'problem') {
    if (problem === null || typeof problem !== 'object')
      throw new TypeError(`simkit.${fn}: ${name} must be an object { known, unknown }`);
    const p = problem as Partial<VerificationProblem>;
    if (p.known === undefined) throw new TypeError(`simkit.${fn}: ${name}.known must be an array of texts`);
    const known = (expectArray(fn, `${name}.known`, p.known) as (string | Uint8Array)[]).map((t, i) =>
      expectText(fn, `${name}.known[${i}]`, t),
    );
    if (known.length === 0) throw new RangeError(`simkit.${fn}: ${name}.known must contain at least one text`);
    return { known, unknown: expectText(fn, `${name}.unknown`, p.unknown) };
  }

  #raw(
    fn: string,
    problem: { known: (string | Uint8Array)[]; unknown: string | Uint8Array },
    explain: number,
  ): RawVerification {
    const { known, unknown } = problem;
    const native = this.native('verify');
    const inst = instance(fn);
    const { offsets, ends, sizes } = placeLists(fn, [[...known, unknown]], 'utf8');
    inst.check(fn, () =>
      native.verify(offsets[0], sizes[0], ends[0], known.length + 1, VERIFY_METHODS.indexOf(this.method), explain),
    );
    const f = inst.resultF64();
    const counts = inst.resultU32();
    const names = resultNames(inst);
    const z = this.#poolSize >= 2;
    const scoresAt = 2 + 5 * (counts[0] + counts[1]);
    // The scores present (bit k: SCORE_NAMES[k]), in order; null for the others.
    const scores: (number | null)[] = [];
    if (counts[2] > 0) {
      let at = scoresAt;
      for (let k = 0; k < SCORE_NAMES.length; ++k) scores.push((counts[3] >>> k) & 1 ? f[at++] : null);
    }
    const item = (k: number): VerificationEvidence => {
      const at = 2 + 5 * k;
      return {
        feature: names[k],
        known: f[at],
        unknown: f[at + 1],
        knownZ: z ? f[at + 2] : null,
        unknownZ: z ? f[at + 3] : null,
        contribution: f[at + 4],
      };
    };
    return {
      raw: f[0],
      similarity: f[1],
      scores,
      shared: Array.from({ length: counts[0] }, (_, k) => item(k)),
      differing: Array.from({ length: counts[1] }, (_, k) => item(counts[0] + k)),
    };
  }

  #answer(r: RawVerification): Verification {
    let score: number;
    let weighed: Partial<VerificationScores> | null = null;
    if (this.#combiner) {
      const { logit, parts } = logitParts(this.#combiner, this.#combinerInput(r.scores));
      const probability = 1 / (1 + Math.exp(-logit));
      score = this.#band ? applyProbabilityBand(probability, this.#band) : probability;
      const names = this.#combiner.scores;
      weighed = {};
      parts.forEach((v, k) => {
        (weighed as Record<string, number>)[names[k]] = v;
      });
    } else {
      score = this.#band ? applyBand(r.raw, this.#band) : r.raw;
    }
    return {
      score,
      rawScore: r.raw,
      similarity: r.similarity,
      decision: score > 0.5 ? 'same-author' : score < 0.5 ? 'different-author' : 'unanswered',
      calibrated: this.#band !== null || this.#combiner !== null,
      scores: r.scores.length ? scoreRecord(r.scores) : null,
      contributions: weighed,
      explanation: { shared: r.shared, differing: r.differing },
    };
  }

  /** The scores the combiner was fitted on, by name. */
  #combinerInput(scores: readonly (number | null)[]): number[] {
    return (this.#combiner as Combiner).scores.map((name) => {
      const value = scores[SCORE_NAMES.indexOf(name as ScoreName)];
      if (value === null || value === undefined) {
        throw new Error(
          name.startsWith('masked')
            ? `simkit.AuthorshipVerifier: calibrated with the masked scores (${name}), but this verifier has distortion: 'none'`
            : `simkit.AuthorshipVerifier: calibrated with the impostors scores (${name}), but this problem has fewer than two impostors besides its own texts (a calibration without its impostors needs some: give impostors, or score with verifyMany())`,
        );
      }
      return value;
    });
  }

  /** Up to maxPool of the problems' distinct texts (evenly spread), by the identity the native side skips impostors by: XXH3-64 of the bytes. */
  #poolOf(list: readonly { known: (string | Uint8Array)[]; unknown: string | Uint8Array }[]) {
    const distinct = new Map<bigint, string | Uint8Array>();
    for (const p of list)
      for (const t of [...p.known, p.unknown]) {
        const id = xxh3(t);
        if (!distinct.has(id)) distinct.set(id, t);
      }
    const texts = [...distinct.values()];
    return poolPositions(texts.length, this.#maxPool).map((i) => texts[i]);
  }

  /** Replaces the native pool. */
  #setPool(fn: string, pool: readonly (string | Uint8Array)[]) {
    const native = this.native(fn.slice(fn.indexOf('.') + 1));
    instance(fn).call(fn, () => native.clear_impostors());
    this.#poolSize = 0;
    if (pool.length) AuthorshipVerifier.#addImpostors(fn, native, pool);
    this.#poolSize = pool.length;
  }

  /**
   * Raw results of many problems. Impostors 'others' (and the default, before a calibration or
   * while calibrating): the pool is up to maxPool texts of these problems (evenly spread), and
   * each problem is scored without its own texts in it; the default keeps a calibration's pool.
   */
  #rawMany(fn: string, problems: readonly unknown[], explain: number, calibrating = false) {
    const list = problems.map((p, i) => AuthorshipVerifier.#problem(fn, p, `problems[${i}]`));
    const found = this.#source === 'found' && this.method === 'combined';
    if (this.#source === 'others') {
      const pool = this.#poolOf(list);
      if (pool.length < 3)
        throw new RangeError(
          `simkit.${fn}: impostors: 'others' needs problems with at least three distinct texts in all, got ${pool.length}`,
        );
      this.#setPool(fn, pool);
    } else if (found && (calibrating || !this.#keptPool)) {
      // Fewer than three texts leave every problem fewer than two impostors: none then.
      const pool = this.#poolOf(list);
      const usable = pool.length >= 3 ? pool : [];
      try {
        this.#setPool(fn, usable);
        const results = list.map((p) => this.#raw(fn, p, explain));
        if (calibrating) {
          this.#keptTexts = usable;
          this.#keptPool = usable.length > 0;
        }
        return results;
      } catch (e) {
        // A failed calibrate() keeps the calibration (and pool) it had.
        if (calibrating && this.#keptPool) this.#setPool(fn, this.#keptTexts);
        throw e;
      } finally {
        // Before a calibration the pool serves this call only; verify() stays without one.
        if (!this.#keptPool) this.#setPool(fn, []);
      }
    }
    return list.map((p) => this.#raw(fn, p, explain));
  }

  /**
   * Scores one problem (against the given impostors or a calibration's; before calibrate(),
   * without impostors unless given). With impostors: 'others' use verifyMany().
   */
  verify(problem: VerificationProblem, options?: { explain?: number }): Verification {
    const fn = 'AuthorshipVerifier.verify';
    const o = expectOptions<{ explain: number }>(fn, 'options', options, ['explain']);
    const explain = o.explain === undefined ? 10 : expectInteger(fn, 'explain', o.explain, 0, 100_000);
    if (this.#source === 'others')
      throw new Error(
        `simkit.${fn}: with impostors: 'others' the other problems are the impostors; call verifyMany(problems)`,
      );
    return this.#answer(this.#raw(fn, AuthorshipVerifier.#problem(fn, problem), explain));
  }

  /**
   * Scores many problems. Their impostors: the given ones, or a calibration's; before any
   * calibrate() (and always with impostors: 'others') the texts of the other problems.
   */
  verifyMany(problems: readonly VerificationProblem[], options?: { explain?: number }): Verification[] {
    const fn = 'AuthorshipVerifier.verifyMany';
    const list = expectArray(fn, 'problems', problems);
    const o = expectOptions<{ explain: number }>(fn, 'options', options, ['explain']);
    const explain = o.explain === undefined ? 10 : expectInteger(fn, 'explain', o.explain, 0, 100_000);
    return this.#rawMany(fn, list, explain).map((r) => this.#answer(r));
  }

  /**
   * Learns from labelled problems. Combined method: a logistic regression over its scores
   * (so `score` becomes a probability of same authorship), shrunk toward the uncalibrated
   * default as strongly as cross-validation on these problems says (`strength`), then the
   * unanswered band [p1, p2] around 0.5 on that probability maximizing the mean of AUC, c@1,
   * F0.5u, F1 and Brier; the weights (per standardized score) are returned. Other methods: the
   * band as the PAN 2020 baseline learns it: the [p1, p2] (steps of 0.01) maximizing the same
   * mean once raw scores ≤ p1 are mapped to [0, 0.49], those in (p1, p2) to 0.5 and those ≥ p2
   * to [0.51, 1].
   * Returns the band and the evaluation on these problems before and after.
   */
  calibrate(problems: ReadonlyArray<VerificationProblem & { sameAuthor: boolean }>): CalibrationResult {
    const fn = 'AuthorshipVerifier.calibrate';
    const list = expectArray(fn, 'problems', problems) as Array<VerificationProblem & { sameAuthor: boolean }>;
    const truth = list.map((p, i) =>
      expectBoolean(fn, `problems[${i}].sameAuthor`, (p as { sameAuthor?: unknown } | null)?.sameAuthor),
    );
    if (!truth.includes(true) || !truth.includes(false)) {
      throw new RangeError(`simkit.${fn}: problems must include same-author and different-author problems`);
    }
    const results = this.#rawMany(fn, list, 0, true);
    const learned = learnCalibration(
      this.method,
      truth,
      results.map((r) => r.raw),
      results.map((r) => r.scores),
    );
    this.#band = learned.calibration.band;
    this.#combiner = learned.calibration.combiner;
    const { calibration, ...rest } = learned;
    return { band: calibration.band, ...rest };
  }
}

/** The uncalibrated combined score (the native default_combination) as a regression to shrink toward. */
const DEFAULT_COMBINATION: CombinerPrior = {
  intercept: VERIFY_DEFAULT_INTERCEPT,
  weights: {
    knownPredictsUnknown: VERIFY_DEFAULT_MODEL_WEIGHT,
    unknownPredictsKnown: VERIFY_DEFAULT_MODEL_WEIGHT,
    knownModelBeatsImpostors: VERIFY_DEFAULT_IMPOSTOR_MODEL_WEIGHT,
    unknownModelBeatsImpostors: VERIFY_DEFAULT_IMPOSTOR_MODEL_WEIGHT,
  },
};

/**
 * What calibrate() learns, from raw scores and the combined method's score vectors (from
 * scoreVector(): every score by position, null when not computed) of labelled problems; shared
 * with the CLI, which streams PAN pairs.
 */
export function learnCalibration(
  method: VerifyMethod,
  truth: readonly boolean[],
  raw: readonly number[],
  scores: readonly (readonly (number | null)[])[],
) {
  if (method !== 'combined') {
    const result = calibrationBand(truth, raw);
    return {
      calibration: { method, band: result.band, combiner: null } as VerifierCalibration,
      before: result.before,
      after: result.after,
    };
  }
  // The scores every problem offers (the impostors scores need a pool).
  const names = SCORE_NAMES.filter((_, k) => scores.every((v) => v[k] !== null && v[k] !== undefined));
  const x = scores.map((v) => names.map((name) => v[SCORE_NAMES.indexOf(name)] as number));
  const { combiner, band, strength } = fitShrunkCombiner(x, truth, names, DEFAULT_COMBINATION);
  const probabilities = x.map((v) => combine(combiner, v));
  return {
    calibration: { method, band, combiner } as VerifierCalibration,
    before: evaluateVerification(truth, raw),
    after: evaluateVerification(
      truth,
      probabilities.map((p) => applyProbabilityBand(p, band)),
    ),
    weights: Object.fromEntries(combiner.weights.slice(1).map((w, k) => [names[k], w])) as Partial<VerificationScores>,
    strength,
  };
}

/** The combined method's scores as a vector in VerifyScore order, null where not computed (empty for other methods). */
export function scoreVector(s: VerificationScores | null): (number | null)[] {
  if (s === null) return [];
  return SCORE_NAMES.map((name) => s[name]);
}

/** One-shot verification (a verifier created and disposed for this problem). */
export function verifyAuthorship(
  problem: VerificationProblem,
  options?: VerifierOptions & { explain?: number },
): Verification {
  const { explain, ...rest } = expectOptions<VerifierOptions & { explain: number }>(
    'verifyAuthorship',
    'options',
    options,
    [...VERIFY_KEYS, 'explain'],
  );
  const v = new AuthorshipVerifier(rest);
  try {
    return v.verify(problem, explain === undefined ? undefined : { explain });
  } finally {
    v.dispose();
  }
}
