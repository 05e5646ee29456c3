// Text-pipeline options shared by every API that reads text, and their packing for the core
// (the bits and codes come from src/simkit/protocol.h through the generated protocol.ts).

import {
  MAX_SHINGLE_SIZE,
  NORMAL_FORM_NAMES,
  NORMALIZE_CASE_FOLD,
  NORMALIZE_COLLAPSE_WHITESPACE,
  NORMALIZE_REPLACE_INVALID,
  NORMALIZE_STRIP_DIACRITICS,
  SHINGLE_UNIT_NAMES,
} from './protocol.js';
import { renamedOption } from './deprecate.js';
import { expectBoolean, expectEnum, expectInteger, expectOptions, expectSeed64 } from './validate.js';

/** How text is normalized before tokenizing. Defaults: NFKC, case folding, collapsed spaces. */
export interface NormalizeOptions {
  /** Unicode normalization form. Default `'NFKC'` (compatibility: "ﬁ" = "fi", "①" = "1"). */
  form?: 'none' | 'NFC' | 'NFKC';
  /** Full Unicode case folding ("Straße" = "STRASSE"). Default `true`. */
  caseFold?: boolean;
  /** Remove combining marks ("café" = "cafe"). Default `false`. */
  stripDiacritics?: boolean;
  /** Runs of white space become one space, none at the ends. Default `true`. */
  collapseWhitespace?: boolean;
  /** Invalid UTF-8 in Uint8Array input becomes U+FFFD instead of an error. Default `false`. */
  replaceInvalid?: boolean;
}

/** How text becomes a set of shingles (hashed n-grams). */
export interface ShingleOptions {
  /** `'word'` n-grams (default) or `'char'` n-grams of code points (scikit-learn's name). */
  analyzer?: 'word' | 'char';
  /** Words (word) or code points (char) per n-gram. Default 3 for words, 5 for chars. */
  ngramSize?: number;
  /** @deprecated Use `analyzer`; goes in the next minor version. */
  shingle?: 'word' | 'char';
  /** @deprecated Use `ngramSize`; goes in the next minor version. */
  shingleSize?: number;
  /** Seed of the shingle hashes (number in [0, 2^53) or bigint in [0, 2^64)). Default 0. */
  seed?: number | bigint;
  /** Normalization before tokenizing. */
  normalize?: NormalizeOptions;
}

export const NORMALIZE_KEYS = ['form', 'caseFold', 'stripDiacritics', 'collapseWhitespace', 'replaceInvalid'] as const;
export const SHINGLE_KEYS = ['analyzer', 'ngramSize', 'seed', 'normalize', 'shingle', 'shingleSize'] as const;

/** Validates normalization options and packs them into the core's bit flags. */
export function packNormalize(fn: string, v: unknown, name = 'normalize'): number {
  const o = expectOptions<NormalizeOptions>(fn, name, v, NORMALIZE_KEYS);
  const form = o.form === undefined ? 'NFKC' : expectEnum(fn, `${name}.form`, o.form, NORMAL_FORM_NAMES);
  const flag = (key: keyof NormalizeOptions, def: boolean): boolean =>
    o[key] === undefined ? def : expectBoolean(fn, `${name}.${key}`, o[key]);
  let bits = NORMAL_FORM_NAMES.indexOf(form);
  if (flag('caseFold', true)) bits |= NORMALIZE_CASE_FOLD;
  if (flag('stripDiacritics', false)) bits |= NORMALIZE_STRIP_DIACRITICS;
  if (flag('collapseWhitespace', true)) bits |= NORMALIZE_COLLAPSE_WHITESPACE;
  if (flag('replaceInvalid', false)) bits |= NORMALIZE_REPLACE_INVALID;
  return bits;
}

/** Validated, packed shingle options, ready for a native call. */
export interface PackedShingle {
  norm: number;
  unit: number;
  size: number;
  seedLo: number;
  seedHi: number;
}

/** Validates the shingle keys of `o` (an already key-checked options object). */
export function packShingle(fn: string, o: ShingleOptions): PackedShingle {
  const analyzer = renamedOption(fn, o, 'analyzer', 'shingle');
  const ngramSize = renamedOption(fn, o, 'ngramSize', 'shingleSize');
  const unit = analyzer === undefined ? 'word' : expectEnum(fn, 'analyzer', analyzer, SHINGLE_UNIT_NAMES);
  const size =
    ngramSize === undefined
      ? unit === 'word'
        ? 3
        : 5
      : expectInteger(fn, 'ngramSize', ngramSize, 1, MAX_SHINGLE_SIZE);
  const [seedLo, seedHi] = expectSeed64(fn, 'seed', o.seed);
  return { norm: packNormalize(fn, o.normalize), unit: SHINGLE_UNIT_NAMES.indexOf(unit), size, seedLo, seedHi };
}
