// The text pipeline: normalize, tokenize, shingle, and exact set similarity of two texts.
// Every position is a UTF-16 offset into the caller's original string (String.prototype.slice units).

import { instance } from './instance.js';
import { packNormalize, packShingle, SHINGLE_KEYS, type NormalizeOptions, type ShingleOptions } from './options.js';
import { expectOptions, expectText } from './validate.js';

const decoder = new TextDecoder();

/** A word token: its normalized text and where it came from in the original string. */
export interface Token {
  /** The token after normalization (e.g. case-folded). */
  text: string;
  /** UTF-16 offset of the token's first code unit in the original text. */
  start: number;
  /** UTF-16 offset just past the token in the original text. */
  end: number;
}

/** Shingle hashes of a text, in order, with the source span of each. */
export interface ShingleList {
  /** 64-bit shingle hashes in text order (repeats kept). */
  hashes: BigUint64Array;
  /** `[start0, end0, start1, end1, …]`: UTF-16 span of shingle i in the original text. */
  spans: Uint32Array;
}

/** Exact overlap of two texts' shingle sets. */
export interface SetSimilarity {
  /** |A ∩ B| / |A ∪ B| (0 when both texts have no shingles). */
  jaccard: number;
  /** |A ∩ B| / |A|: the share of `a` found in `b`. */
  containmentAInB: number;
  /** |A ∩ B| / |B|: the share of `b` found in `a`. */
  containmentBInA: number;
  /** Distinct shingles of `a`. */
  sizeA: number;
  /** Distinct shingles of `b`. */
  sizeB: number;
  /** Distinct shingles in both. */
  intersection: number;
}

/**
 * Normalizes a text as the rest of the pipeline sees it.
 * @param text a string, or UTF-8 bytes
 * @returns the normalized string
 * @throws {TypeError} when `text` is not a string or Uint8Array, or an option has the wrong type
 * @throws {SimkitError} `INVALID_UTF8` for invalid bytes (unless `replaceInvalid`)
 * @example normalize('Ｃafé  ＮOIR') // 'café noir'
 */
export function normalize(text: string | Uint8Array, options?: NormalizeOptions): string {
  const fn = 'normalize';
  expectText(fn, 'text', text);
  const flags = packNormalize(fn, options, 'options');
  const inst = instance(fn);
  const { placed } = inst.place(fn, [text]);
  inst.check(fn, (m) => m.text_normalize(placed[0].offset, placed[0].length, flags, 0));
  return decoder.decode(inst.resultBytes());
}

/**
 * Splits a text into word tokens (letters, digits and marks; each CJK ideograph or kana is a token).
 * @example tokenize('Hello, World!') // [{ text: 'hello', start: 0, end: 5 }, { text: 'world', start: 7, end: 12 }]
 * @throws {TypeError} for a non-text `text`; {@link SimkitError} `INVALID_UTF8` for invalid bytes
 */
export function tokenize(text: string | Uint8Array, options?: { normalize?: NormalizeOptions }): Token[] {
  const fn = 'tokenize';
  expectText(fn, 'text', text);
  const o = expectOptions<{ normalize?: NormalizeOptions }>(fn, 'options', options, ['normalize']);
  const flags = packNormalize(fn, o.normalize);
  const inst = instance(fn);
  const { placed } = inst.place(fn, [text]);
  inst.check(fn, (m) => m.text_tokenize(placed[0].offset, placed[0].length, flags));
  const bytes = inst.resultBytes();
  const normSpans = inst.resultU32();
  const spans = inst.resultSpans();
  const tokens: Token[] = new Array(spans.length / 2);
  for (let i = 0; i < tokens.length; ++i) {
    tokens[i] = {
      text: decoder.decode(bytes.subarray(normSpans[2 * i], normSpans[2 * i + 1])),
      start: spans[2 * i],
      end: spans[2 * i + 1],
    };
  }
  return tokens;
}

/**
 * The shingle hashes of a text with their source spans.
 * @example shingles('the quick brown fox', { ngramSize: 2 }).hashes.length // 3
 * @throws {RangeError} when ngramSize is outside [1, 64]
 */
export function shingles(text: string | Uint8Array, options?: ShingleOptions): ShingleList {
  const fn = 'shingles';
  expectText(fn, 'text', text);
  const o = expectOptions<ShingleOptions>(fn, 'options', options, SHINGLE_KEYS);
  const p = packShingle(fn, o);
  const inst = instance(fn);
  const { placed } = inst.place(fn, [text]);
  inst.check(fn, (m) =>
    m.text_shingles(placed[0].offset, placed[0].length, p.norm, p.unit, p.size, p.seedLo, p.seedHi, 1),
  );
  const pairs = inst.resultU32();
  return { hashes: new BigUint64Array(pairs.buffer, 0, pairs.length / 2), spans: inst.resultSpans() };
}

/**
 * Exact Jaccard similarity and containment of two texts' shingle sets.
 * @example setSimilarity('a b c d', 'a b c e', { ngramSize: 1 }).jaccard // 0.6
 */
export function setSimilarity(a: string | Uint8Array, b: string | Uint8Array, options?: ShingleOptions): SetSimilarity {
  return compareSets('setSimilarity', a, b, options);
}

/**
 * Exact Jaccard similarity |A ∩ B| / |A ∪ B| of two texts' shingle sets, in [0, 1].
 * Default shingles: word 3-grams of the normalized text (NFKC, case folding).
 * @throws {TypeError} for a non-text argument; {@link SimkitError} `INVALID_UTF8` for invalid bytes
 * @example jaccard('a b c d', 'a b c e', { ngramSize: 1 }) // 0.6
 */
export function jaccard(a: string | Uint8Array, b: string | Uint8Array, options?: ShingleOptions): number {
  return compareSets('jaccard', a, b, options).jaccard;
}

/**
 * Containment |A ∩ B| / |A|: how much of text `a` appears in text `b`, in [0, 1] (not symmetric).
 * @throws {TypeError} for a non-text argument; {@link SimkitError} `INVALID_UTF8` for invalid bytes
 * @example containment('a b', 'a b c', { ngramSize: 1 }) // 1
 */
export function containment(a: string | Uint8Array, b: string | Uint8Array, options?: ShingleOptions): number {
  return compareSets('containment', a, b, options).containmentAInB;
}

function compareSets(fn: string, a: unknown, b: unknown, options: unknown): SetSimilarity {
  const ta = expectText(fn, 'a', a);
  const tb = expectText(fn, 'b', b);
  const o = expectOptions<ShingleOptions>(fn, 'options', options, SHINGLE_KEYS);
  const p = packShingle(fn, o);
  const inst = instance(fn);
  const { placed } = inst.place(fn, [ta, tb]);
  inst.check(fn, (m) =>
    m.text_set_similarity(
      placed[0].offset,
      placed[0].length,
      placed[1].offset,
      placed[1].length,
      p.norm,
      p.unit,
      p.size,
      p.seedLo,
      p.seedHi,
    ),
  );
  const r = inst.resultF64();
  return { jaccard: r[0], containmentAInB: r[1], containmentBInA: r[2], sizeA: r[3], sizeB: r[4], intersection: r[5] };
}
