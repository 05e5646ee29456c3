// String distances and fuzzy matching, Unicode-correct: by default strings are compared as
// code points (an emoji is one character), or as UTF-16 code units or grapheme clusters.

import { renamedOption } from './deprecate.js';
import { NativeHandle } from './handle.js';
import { type Instance, instance } from './instance.js';
import type { NativeMatcher } from './native.js';
import { packNormalize, type NormalizeOptions } from './options.js';
import { type PlacedLists, placeLists } from './place.js';
import {
  DISTANCE_METRIC as METRIC,
  HALF_TRANSPOSITION_NAMES,
  NO_VALUE,
  SCORER_NAMES,
  SYMBOL_INPUT,
  ASCII_GRAPHEMES,
  UTF16_CODE_POINTS,
  UTF16_GRAPHEMES,
  UTF16_UNITS,
} from './protocol.js';
import { normalize as normalizeText } from './text.js';
import { expectArray, expectEnum, expectInteger, expectNumber, expectOptions, expectString } from './validate.js';

/** What counts as one character. */
export type Unit = 'codepoint' | 'utf16' | 'grapheme';

/** Options shared by the string distances: the unit of a character, and normalization. */
export interface StringOptions {
  /**
   * Default `'codepoint'`. `'grapheme'`: extended grapheme clusters ("🇫🇷" and "é" as e + U+0301
   * are one), segmented by the module (UAX #29) in distanceBatch, else by Intl.Segmenter, which
   * also takes distanceBatch's text holding a virama (newer Unicode joins Indic conjuncts).
   */
  unit?: Unit;
  /** Normalize both strings first (same options as {@link normalize}); default: compare as given. */
  normalize?: NormalizeOptions;
}

/**
 * Similarity scorers, each in [0, 1]. 'levenshteinDistance' scores 1 / (1 + distance), so it
 * ranks by the raw edit distance as fastest-levenshtein's closest() does.
 */
export type Scorer =
  | 'levenshtein'
  | 'ratio'
  | 'jaroWinkler'
  | 'jaro'
  | 'dice'
  | 'osa'
  | 'levenshteinDistance'
  | 'partialRatio';
/**
 * Every {@link Scorer} name, in the core's order: what `scorer` options accept (the CLI's
 * `--scorer` and the demo's list are built from it).
 */
export const SCORERS: readonly Scorer[] = SCORER_NAMES;
const UNITS: readonly Unit[] = ['codepoint', 'utf16', 'grapheme'];

/** `true` when A and B are the same union, else a compile error where it is used. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
// The public unions spell the names out for the reference; the generated lists are the truth.
const SAME_SCORERS: Same<Scorer, (typeof SCORER_NAMES)[number]> = true;
const SAME_HALVINGS: Same<HalfTranspositions, (typeof HALF_TRANSPOSITION_NAMES)[number]> = true;
void SAME_SCORERS;
void SAME_HALVINGS;
const NO_LIMIT = NO_VALUE;

interface Prepared {
  unit: Unit;
  norm: number | null;
  normalize?: NormalizeOptions;
}

/** No options: shared, so a call per pair allocates nothing for them. */
const DEFAULTS: Prepared & Record<string, unknown> = Object.freeze({ unit: 'codepoint', norm: null });

function prepare(fn: string, options: unknown, extra: readonly string[] = []): Prepared & Record<string, unknown> {
  if (options === undefined) return DEFAULTS;
  const o = expectOptions<StringOptions & Record<string, unknown>>(fn, 'options', options, [
    'unit',
    'normalize',
    ...extra,
  ]);
  const unit = o.unit === undefined ? 'codepoint' : expectEnum(fn, 'unit', o.unit, UNITS);
  const norm = o.normalize === undefined ? null : packNormalize(fn, o.normalize);
  return { ...o, unit, norm, normalize: o.normalize };
}

let segmenter: Intl.Segmenter | null = null;
const graphemeIds = new Map<string, number>();

/**
 * A string as UTF-16 units or grapheme ids (stable per process): the units the module cannot
 * decode itself. Code points reach it as UTF-8 or UTF-16 (placeStrings, place.ts).
 */
function symbols(s: string, p: Prepared): Uint32Array {
  const text = p.norm === null ? s : normalizeText(s, p.normalize);
  if (p.unit === 'grapheme') {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const ids: number[] = [];
    for (const { segment } of segmenter.segment(text)) {
      let id = graphemeIds.get(segment);
      if (id === undefined) {
        // Single code points keep their value; longer clusters get ids above U+10FFFF.
        id = [...segment].length === 1 ? segment.codePointAt(0)! : 0x110000 + graphemeIds.size;
        graphemeIds.set(segment, id);
      }
      ids.push(id);
    }
    return Uint32Array.from(ids);
  }
  const out = new Uint32Array(text.length);
  for (let i = 0; i < text.length; ++i) out[i] = text.charCodeAt(i);
  return out;
}

/** Throws TypeError naming the first item of `list` that is not a string. */
function expectStrings(fn: string, name: string, list: readonly unknown[]): void {
  for (let i = 0; i < list.length; ++i) {
    if (typeof list[i] !== 'string') expectString(fn, `${name}[${i}]`, list[i]);
  }
}

function bytesOf(a: Uint32Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/**
 * Places two strings for a native call: as UTF-8 (decoded and normalized in C++, the fast path)
 * for code points, or as converted symbol arrays for UTF-16 units and graphemes.
 */
function placeStrings(fn: string, list: string[], p: Prepared): { kind: number; offsets: number[]; lengths: number[] } {
  const inst = instance(fn);
  if (p.unit === 'codepoint') {
    const { placed } = inst.place(fn, list);
    return { kind: p.norm ?? 0, offsets: placed.map((x) => x.offset), lengths: placed.map((x) => x.length) };
  }
  const syms = list.map((s) => symbols(s, p));
  const { placed } = inst.place(fn, syms.map(bytesOf));
  return { kind: SYMBOL_INPUT, offsets: placed.map((x) => x.offset), lengths: syms.map((x) => x.length) };
}

/** The metric code of a scorer's similarity. */
function similarityCode(scorer: Scorer): number {
  return METRIC.SIMILARITY + SCORERS.indexOf(scorer);
}

/** Runs one pair through the module; its results are then on the returned instance. */
function runPair(
  fn: string,
  metric: number,
  a: unknown,
  b: unknown,
  p: Prepared,
  p1 = NO_LIMIT,
  p2 = 0,
  p3 = 0,
): Instance {
  const sa = expectString(fn, 'a', a);
  const sb = expectString(fn, 'b', b);
  const inst = instance(fn);
  if (p.unit === 'codepoint') {
    // The common case, without placeStrings' arrays: a single call costs about as much as the
    // distance itself on short strings.
    const placed = inst.placeTwo(fn, sa, sb); // indexed, not destructured: no iterator per call
    const kind = p.norm ?? 0;
    inst.check(fn, (m) => m.distance_pair(metric, kind, 0, placed[1]!, placed[0]!, placed[2]!, p1, p2, p3));
    return inst;
  }
  const { kind, offsets, lengths } = placeStrings(fn, [sa, sb], p);
  inst.check(fn, (m) => m.distance_pair(metric, kind, offsets[0], lengths[0], offsets[1], lengths[1], p1, p2, p3));
  return inst;
}

/** One pair's single result (a distance or a score). */
function pair(fn: string, metric: number, a: unknown, b: unknown, p: Prepared, p1 = NO_LIMIT, p2 = 0, p3 = 0): number {
  return runPair(fn, metric, a, b, p, p1, p2, p3).firstF64();
}

/**
 * Levenshtein distance (insertions, deletions, substitutions; bit-parallel).
 * @param options.maxDistance stop early: any distance above it is returned as maxDistance + 1
 * @param options.weights costs of insert / delete / substitute (default 1 each; slower DP)
 * @example levenshtein('kitten', 'sitting') // 3
 */
export function levenshtein(
  a: string,
  b: string,
  options?: StringOptions & {
    maxDistance?: number;
    weights?: { insert?: number; delete?: number; substitute?: number };
  },
): number {
  const fn = 'levenshtein';
  const p = prepare(fn, options, ['maxDistance', 'weights']);
  if (p.weights !== undefined) {
    const w = expectOptions<{ insert: number; delete: number; substitute: number }>(fn, 'weights', p.weights, [
      'insert',
      'delete',
      'substitute',
    ]);
    const cost = (k: 'insert' | 'delete' | 'substitute') =>
      w[k] === undefined ? 1 : expectInteger(fn, `weights.${k}`, w[k], 0, 0xffff);
    return pair(fn, METRIC.WEIGHTED_LEVENSHTEIN, a, b, p, cost('insert'), cost('delete'), cost('substitute'));
  }
  const max = p.maxDistance === undefined ? NO_LIMIT : expectInteger(fn, 'maxDistance', p.maxDistance, 0, NO_LIMIT - 1);
  return pair(fn, METRIC.LEVENSHTEIN, a, b, p, max);
}

/** Optimal string alignment distance (Levenshtein + adjacent transpositions, each substring edited once). */
export function osaDistance(a: string, b: string, options?: StringOptions): number {
  return pair('osaDistance', METRIC.OSA, a, b, prepare('osaDistance', options));
}

/** True Damerau-Levenshtein distance (unrestricted transpositions). @example damerauLevenshtein('ca', 'abc') // 2 */
export function damerauLevenshtein(a: string, b: string, options?: StringOptions): number {
  return pair('damerauLevenshtein', METRIC.DAMERAU_LEVENSHTEIN, a, b, prepare('damerauLevenshtein', options));
}

/**
 * Hamming distance; throws RangeError when the lengths (in the chosen unit) differ. (RapidFuzz
 * and jellyfish instead count each extra symbol of the longer string as one more difference.)
 */
export function hamming(a: string, b: string, options?: StringOptions): number {
  const d = pair('hamming', METRIC.HAMMING, a, b, prepare('hamming', options));
  if (d < 0) throw new RangeError('simkit.hamming: a and b must have the same length');
  return d;
}

/** Length of the longest common subsequence. */
export function lcsLength(a: string, b: string, options?: StringOptions): number {
  return pair('lcsLength', METRIC.LCS_LENGTH, a, b, prepare('lcsLength', options));
}

/** The longest common substring, with where it starts in each string (in the chosen unit). */
/**
 * @returns `length`: its length; `aStart`, `bStart`: where it starts in `a` and in `b` — all in the chosen unit
 * (code points by default, so `a.slice(aStart)` is right only with `unit: 'utf16'` or for text without astral characters).
 * @example longestCommonSubstring('xabcy', 'abcz') // { length: 3, aStart: 1, bStart: 0 }
 */
export function longestCommonSubstring(
  a: string,
  b: string,
  options?: StringOptions,
): { length: number; aStart: number; bStart: number } {
  const r = runPair(
    'longestCommonSubstring',
    METRIC.LONGEST_COMMON_SUBSTRING,
    a,
    b,
    prepare('longestCommonSubstring', options),
  ).resultF64();
  return { length: r[0], aStart: r[1], bStart: r[2] };
}

/** A similarity in [0, 1] by `scorer` (default 'levenshtein': 1 − distance / longer length). */
export function similarity(a: string, b: string, options?: StringOptions & { scorer?: Scorer }): number {
  const fn = 'similarity';
  const p = prepare(fn, options, ['scorer']);
  const scorer = p.scorer === undefined ? 'levenshtein' : expectEnum(fn, 'scorer', p.scorer, SCORERS);
  return pair(fn, METRIC.SIMILARITY + SCORERS.indexOf(scorer), a, b, p);
}

/**
 * How Jaro halves t, the number of matched characters that stand in a different order:
 * 'floor' (default) rounds t / 2 down, as Winkler's own code, RapidFuzz and jellyfish do;
 * 'exact' keeps the fraction, as natural does (and most textbook statements of the formula).
 */
export type HalfTranspositions = 'floor' | 'exact';
const HALF_TRANSPOSITIONS: readonly HalfTranspositions[] = HALF_TRANSPOSITION_NAMES;

function halfTranspositions(fn: string, value: unknown): number {
  return value === undefined
    ? 0
    : HALF_TRANSPOSITIONS.indexOf(expectEnum(fn, 'halfTranspositions', value, HALF_TRANSPOSITIONS));
}

/**
 * Jaro similarity. `halfTranspositions` defaults to 'floor' (Winkler, RapidFuzz, jellyfish).
 * Two empty strings score 1, as in RapidFuzz (jellyfish gives 0).
 * @example jaro('aabcbb', 'babac') // 0.8778 ('exact', natural's rule: 0.8444)
 */
export function jaro(
  a: string,
  b: string,
  options?: StringOptions & { halfTranspositions?: HalfTranspositions },
): number {
  const p = prepare('jaro', options, ['halfTranspositions']);
  return pair('jaro', METRIC.JARO, a, b, p, halfTranspositions('jaro', p.halfTranspositions));
}

/** Jaro-Winkler parameters. */
export interface JaroWinklerOptions {
  /**
   * Boost per common prefix symbol (at most 4). Default 0.1. Limited to [0, 0.25] (RangeError
   * outside): above 0.25 four common symbols could push the score past 1.
   */
  prefixWeight?: number;
  /** Boost only when Jaro exceeds this. Default 0.7 (Winkler, RapidFuzz); natural uses 0. */
  boostThreshold?: number;
  /** See {@link HalfTranspositions}. Default 'floor' (Winkler, RapidFuzz); natural uses 'exact'. */
  halfTranspositions?: HalfTranspositions;
}
const JW_OPTIONS = ['prefixWeight', 'boostThreshold', 'halfTranspositions'];

function jwParams(fn: string, o: JaroWinklerOptions): [number, number, number] {
  const w = o.prefixWeight === undefined ? 0.1 : expectNumber(fn, 'prefixWeight', o.prefixWeight, 0, 0.25);
  const t = o.boostThreshold === undefined ? 0.7 : expectNumber(fn, 'boostThreshold', o.boostThreshold, 0, 1);
  return [Math.round(w * 1e6), Math.round(t * 1e6), halfTranspositions(fn, o.halfTranspositions)];
}

/**
 * Jaro-Winkler similarity. Defaults follow Winkler's code, RapidFuzz and jellyfish (prefix
 * weight 0.1 over at most 4 symbols, boost when Jaro > 0.7, t / 2 rounded down);
 * `{ boostThreshold: 0, halfTranspositions: 'exact', unit: 'utf16' }` gives natural's
 * JaroWinklerDistance.
 */
export function jaroWinkler(a: string, b: string, options?: StringOptions & JaroWinklerOptions): number {
  const p = prepare('jaroWinkler', options, JW_OPTIONS);
  const [w, t, half] = jwParams('jaroWinkler', p as JaroWinklerOptions);
  return pair('jaroWinkler', METRIC.JARO_WINKLER, a, b, p, w, t, half);
}

/**
 * Sørensen-Dice coefficient of character bigrams. `compat: 'string-similarity'` reproduces that
 * package's compareTwoStrings (white space removed first; 1 for equal strings, 0 when either
 * is shorter than two characters).
 */
export function dice(a: string, b: string, options?: StringOptions & { compat?: 'string-similarity' }): number {
  const fn = 'dice';
  const p = prepare(fn, options, ['compat']);
  const dice = similarityCode('dice');
  if (p.compat !== undefined) {
    expectEnum(fn, 'compat', p.compat, ['string-similarity'] as const);
    const x = expectString(fn, 'a', a).replace(/\s+/g, '');
    const y = expectString(fn, 'b', b).replace(/\s+/g, '');
    if (x === y) return 1;
    if (x.length < 2 || y.length < 2) return 0;
    return pair(fn, dice, x, y, { ...p, unit: 'utf16' });
  }
  return pair(fn, dice, a, b, p);
}

/** RapidFuzz's fuzz.ratio on a 0-100 scale: 100 · (1 − Indel distance / total length). */
export function ratio(a: string, b: string, options?: StringOptions): number {
  return 100 * pair('ratio', similarityCode('ratio'), a, b, prepare('ratio', options));
}

/**
 * RapidFuzz's fuzz.partial_ratio on a 0-100 scale: the {@link ratio} of the shorter string
 * against its best alignment in the longer one (100 when one contains the other). Exact at every
 * length (RapidFuzz is exact for needles of up to 64 characters and uses a faster heuristic,
 * which may score lower, beyond); 100 for two empty strings, 0 when one is empty.
 * @example partialRatio('this is a test', 'this is a test!') // 100
 */
export function partialRatio(a: string, b: string, options?: StringOptions): number {
  return 100 * pair('partialRatio', similarityCode('partialRatio'), a, b, prepare('partialRatio', options));
}

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

/**
 * RapidFuzz's token_sort_ratio: ratio of the words sorted and joined. Unlike RapidFuzz (which
 * splits on white space only and keeps case unless a processor is given), words here are runs
 * of letters, marks and digits, lower-cased: punctuation is dropped, so
 * `tokenSortRatio('a, b', 'b a')` is 100 where RapidFuzz gives 85.71. Two sides without words
 * score 100 (equal empty strings, as RapidFuzz's ratio; thefuzz gives 0).
 */
export function tokenSortRatio(a: string, b: string, options?: StringOptions): number {
  const fn = 'tokenSortRatio';
  const p = prepare(fn, options);
  return (
    100 *
    pair(
      fn,
      similarityCode('ratio'),
      words(expectString(fn, 'a', a))
        .sort()
        .join(' '),
      words(expectString(fn, 'b', b))
        .sort()
        .join(' '),
      p,
    )
  );
}

/**
 * RapidFuzz's token_set_ratio: compares the shared words with each side's shared + remaining
 * words and takes the best ratio (100 when one word set contains the other; 0, as in
 * RapidFuzz, when either side has no words). Words as in {@link tokenSortRatio}.
 */
export function tokenSetRatio(a: string, b: string, options?: StringOptions): number {
  const fn = 'tokenSetRatio';
  const p = prepare(fn, options);
  const wa = new Set(words(expectString(fn, 'a', a)));
  const wb = new Set(words(expectString(fn, 'b', b)));
  const common = [...wa].filter((w) => wb.has(w)).sort();
  const onlyA = [...wa].filter((w) => !wb.has(w)).sort();
  const onlyB = [...wb].filter((w) => !wa.has(w)).sort();
  if (wa.size === 0 || wb.size === 0) return 0;
  if (common.length > 0 && (onlyA.length === 0 || onlyB.length === 0)) return 100;
  const base = common.join(' ');
  const ca = [base, onlyA.join(' ')].filter(Boolean).join(' ');
  const cb = [base, onlyB.join(' ')].filter(Boolean).join(' ');
  const r = (x: string, y: string) => 100 * pair(fn, similarityCode('ratio'), x, y, p);
  return Math.max(r(base, ca), r(base, cb), r(ca, cb));
}

/**
 * One metric over many pairs in one call: `as[i]` against `bs[i]`.
 * @param metric 'levenshtein' (distances) or a {@link Scorer} name for similarities
 * @example distanceBatch('levenshtein', names, typos) // Float64Array of distances
 */
export function distanceBatch(
  metric: 'levenshtein' | 'osa' | 'damerau' | 'lcs' | 'jaroWinkler' | `similarity:${Scorer}`,
  as: readonly string[],
  bs: readonly string[],
  options?: StringOptions & JaroWinklerOptions,
): Float64Array {
  const fn = 'distanceBatch';
  const codes: Record<string, number> = {
    levenshtein: METRIC.LEVENSHTEIN,
    osa: METRIC.OSA,
    damerau: METRIC.DAMERAU_LEVENSHTEIN,
    lcs: METRIC.LCS_LENGTH,
    jaroWinkler: METRIC.JARO_WINKLER,
  };
  for (const s of SCORERS) codes[`similarity:${s}`] = similarityCode(s);
  if (typeof metric !== 'string' || !(metric in codes)) {
    throw new RangeError(
      `simkit.${fn}: metric must be one of ${Object.keys(codes)
        .map((k) => `'${k}'`)
        .join(', ')}, got ${String(metric)}`,
    );
  }
  expectArray(fn, 'as', as);
  expectArray(fn, 'bs', bs);
  if (as.length !== bs.length)
    throw new RangeError(`simkit.${fn}: as and bs must have the same length, got ${as.length} and ${bs.length}`);
  const p = prepare(fn, options, JW_OPTIONS);
  const [jw1, jw2, jw3] = jwParams(fn, p as JaroWinklerOptions);
  expectStrings(fn, 'as', as);
  expectStrings(fn, 'bs', bs);
  const n = as.length;
  const code = codes[metric];
  const p1 = metric === 'jaroWinkler' ? jw1 : NO_LIMIT;
  // Text compared as given goes as JavaScript holds it (bytes when ASCII, else UTF-16 units)
  // and is decoded in the module, graphemes segmented there too. The module declines (no
  // results) text with a virama, whose conjuncts only Intl.Segmenter's newer Unicode joins.
  if (p.norm === null) {
    const placed = placeLists(fn, [as, bs], 'utf16');
    const kind =
      p.unit === 'grapheme'
        ? placed.ascii
          ? ASCII_GRAPHEMES
          : UTF16_GRAPHEMES
        : placed.ascii
          ? 0
          : p.unit === 'utf16'
            ? UTF16_UNITS
            : UTF16_CODE_POINTS;
    const out = batch(fn, code, kind, placed, n, p1, jw2, jw3);
    if (out.length === n) return out;
  }
  if (p.unit === 'codepoint') {
    // Normalization needs UTF-8: the module normalizes each string, then decodes it.
    return batch(fn, code, p.norm ?? 0, placeLists(fn, [as, bs], 'utf8'), n, p1, jw2, jw3);
  }
  const placed = placeLists(fn, [as.map((s) => symbols(s, p)), bs.map((s) => symbols(s, p))], 'symbols');
  return batch(fn, code, SYMBOL_INPUT, placed, n, p1, jw2, jw3);
}

function batch(
  fn: string,
  code: number,
  kind: number,
  placed: PlacedLists,
  n: number,
  p1: number,
  p2: number,
  p3: number,
): Float64Array {
  const { offsets, ends } = placed;
  const inst = instance(fn);
  inst.check(fn, (m) => m.distance_batch(code, kind, offsets[0], ends[0], offsets[1], ends[1], n, p1, p2, p3));
  return inst.resultF64();
}

/** One match found by a {@link Matcher}. */
export interface FuzzyMatch {
  /** Index of the candidate in the list given to the Matcher. */
  index: number;
  /** The candidate string itself. */
  candidate: string;
  /** Similarity in [0, 1] by the chosen scorer. */
  score: number;
}

/** Options of {@link Matcher.extract} and {@link extract}. */
export interface ExtractOptions {
  /** Default 'levenshtein'. */
  scorer?: Scorer;
  /** At most this many matches (default 5). */
  limit?: number;
  /** Only matches with score ≥ threshold (default 0; rapidfuzz's `score_cutoff`, here on 0–1 like every score). */
  threshold?: number;
  /** @deprecated Use `threshold`; goes in the next minor version. */
  cutoff?: number;
}

/**
 * A candidate list prepared once (converted and copied into wasm) and queried many times,
 * one boundary crossing per query. Holds wasm memory: `dispose()` when done.
 * @example
 * const m = new Matcher(cities);
 * m.bestMatch('Pariss') // { index: 3, candidate: 'Paris', score: 0.833 }
 */
export class Matcher extends NativeHandle<NativeMatcher> {
  readonly #candidates: string[];
  readonly #prepared: Prepared;

  constructor(candidates: readonly string[], options?: StringOptions) {
    const fn = 'Matcher';
    const list = expectArray(fn, 'candidates', candidates) as string[];
    const p = prepare(fn, options);
    list.forEach((s, i) => expectString(fn, `candidates[${i}]`, s));
    const inst = instance(fn);
    const native = inst.call(fn, () => new inst.raw.NativeMatcher());
    try {
      const placed =
        p.unit === 'codepoint'
          ? placeLists(fn, [list], 'utf8')
          : placeLists(fn, [list.map((s) => symbols(s, p))], 'symbols');
      const kind = p.unit === 'codepoint' ? (p.norm ?? 0) : SYMBOL_INPUT;
      inst.check(fn, () => native.set(kind, placed.offsets[0], placed.ends[0], list.length, placed.sizes[0]));
    } catch (e) {
      native.delete();
      throw e;
    }
    super('Matcher', native);
    this.#candidates = [...list];
    this.#prepared = p;
  }

  /** Number of candidates. */
  get size(): number {
    return this.#candidates.length;
  }

  /** The best matches of `query`, best first (ties: earlier candidate first). */
  extract(query: string, options?: ExtractOptions): FuzzyMatch[] {
    const fn = 'Matcher.extract';
    expectString(fn, 'query', query);
    const o = expectOptions<ExtractOptions>(fn, 'options', options, ['scorer', 'limit', 'threshold', 'cutoff']);
    const scorer = o.scorer === undefined ? 'levenshtein' : expectEnum(fn, 'scorer', o.scorer, SCORERS);
    const limit = o.limit === undefined ? 5 : expectInteger(fn, 'limit', o.limit, 1, NO_LIMIT);
    const threshold = renamedOption(fn, o, 'threshold', 'cutoff');
    const cutoff = threshold === undefined ? 0 : expectNumber(fn, 'threshold', threshold, 0, 1);
    const native = this.native('extract');
    const inst = instance(fn);
    const { kind, offsets, lengths } = placeStrings(fn, [query], this.#prepared);
    inst.check(fn, () => native.extract(kind, offsets[0], lengths[0], SCORERS.indexOf(scorer), limit, cutoff));
    const idx = inst.resultU32();
    const scores = inst.resultF64();
    return Array.from(idx, (i, k) => ({ index: i, candidate: this.#candidates[i], score: scores[k] }));
  }

  /** The single best match, or null when none reaches the threshold. */
  bestMatch(query: string, options?: Omit<ExtractOptions, 'limit'>): FuzzyMatch | null {
    return this.extract(query, { ...options, limit: 1 })[0] ?? null;
  }
}

/** Best matches of `query` among `candidates` (a one-off {@link Matcher}). */
export function extract(
  query: string,
  candidates: readonly string[],
  options?: ExtractOptions & StringOptions,
): FuzzyMatch[] {
  const { unit, normalize, ...rest } = expectOptions<ExtractOptions & StringOptions>('extract', 'options', options, [
    'scorer',
    'limit',
    'threshold',
    'unit',
    'cutoff',
    'normalize',
  ]);
  const m = new Matcher(candidates, { unit, normalize });
  try {
    return m.extract(query, rest);
  } finally {
    m.dispose();
  }
}

/** The best match of `query` among `candidates`, or null. */
export function bestMatch(
  query: string,
  candidates: readonly string[],
  options?: Omit<ExtractOptions, 'limit'> & StringOptions,
): FuzzyMatch | null {
  return extract(query, candidates, { ...options, limit: 1 })[0] ?? null;
}
