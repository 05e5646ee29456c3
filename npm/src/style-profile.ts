// The stylometric profile of one text: word, punctuation and character n-gram frequencies and
// sentence and word length statistics, as the demo and `simkit author` show them.

import { renamedOption } from './deprecate.js';
import { instance } from './instance.js';
import { packNormalize, type NormalizeOptions } from './options.js';
import { MAX_SHINGLE_SIZE } from './protocol.js';
import { resultNames } from './style-native.js';
import { expectInteger, expectOptions, expectText } from './validate.js';

/** A feature and how often it occurs. `frequency` is per word (per n-gram for n-grams). */
export interface StyleTermCount {
  /** The word, punctuation mark or n-gram. */
  text: string;
  /** Occurrences in the text. */
  count: number;
  /** count / words (per n-gram for character n-grams). */
  frequency: number;
}

/**
 * What {@link styleProfile} returns: counts, length statistics and the most frequent features of one text.
 * Words and sentences are counted on the normalized text; lengths are in code points.
 */
export interface StyleProfile {
  /** Words (tokens with a letter or digit). */
  words: number;
  /** Sentences (ending at . ! ? … 。 or the end of the text). */
  sentences: number;
  /** Punctuation marks counted. */
  punctuationMarks: number;
  /** Character n-grams counted (code points of the normalized text − n + 1). */
  charNgrams: number;
  /** Words per sentence (sentences end at . ! ? … 。). */
  meanSentenceLength: number;
  /** Standard deviation of the sentence length, in words. */
  sdSentenceLength: number;
  /** Code points per word. */
  meanWordLength: number;
  /** Standard deviation of the word length, in code points. */
  sdWordLength: number;
  /** Moving-average type-token ratio over windows of 100 words (plain TTR for shorter texts). */
  typeTokenRatio: number;
  /** punctuationMarks / words. */
  punctuationPerWord: number;
  /** The most frequent words, most frequent first. */
  topWords: StyleTermCount[];
  /** Every punctuation mark, most frequent first; frequency per word. */
  punctuation: StyleTermCount[];
  /** The most frequent character n-grams (of the normalized text, spaces included). */
  topCharNgrams: StyleTermCount[];
}

/** Options of {@link styleProfile}. */
export interface StyleProfileOptions {
  /** How many words and n-grams to list (default 20). */
  top?: number;
  /** n of the character n-grams (default 3; 0 skips them). */
  ngramSize?: number;
  /** Normalization before counting (default: NFKC, case folding; see {@link NormalizeOptions}). */
  normalize?: NormalizeOptions;
  /** @deprecated Use `ngramSize`; goes in the next minor version. */
  charNgram?: number;
}

/**
 * The stylometric profile of a text: word, punctuation and character n-gram frequencies and
 * sentence/word length statistics.
 * @example styleProfile(text).topWords[0] // { text: 'the', count: 412, frequency: 0.061 }
 */
export function styleProfile(text: string | Uint8Array, options?: StyleProfileOptions): StyleProfile {
  const fn = 'styleProfile';
  expectText(fn, 'text', text);
  const o = expectOptions<StyleProfileOptions>(fn, 'options', options, ['top', 'ngramSize', 'normalize', 'charNgram']);
  const top = o.top === undefined ? 20 : expectInteger(fn, 'top', o.top, 0, 1_000_000);
  const ngramSize = renamedOption(fn, o, 'ngramSize', 'charNgram');
  const charN = ngramSize === undefined ? 3 : expectInteger(fn, 'ngramSize', ngramSize, 0, MAX_SHINGLE_SIZE);
  const norm = packNormalize(fn, o.normalize);
  const inst = instance(fn);
  const { placed } = inst.place(fn, [text]);
  inst.check(fn, (m) => m.style_profile(placed[0].offset, placed[0].length, norm, charN, top));
  const f = inst.resultF64();
  const counts = inst.resultU32();
  const names = resultNames(inst);
  const [words, sentences, marks, grams] = f;
  let at = 10;
  let name = 0;
  const list = (n: number, per: number): StyleTermCount[] =>
    Array.from({ length: n }, () => {
      const count = f[at++];
      return { text: names[name++], count, frequency: per > 0 ? count / per : 0 };
    });
  const topWords = list(counts[0], words);
  const punctuation = list(counts[1], words);
  const topCharNgrams = list(counts[2], grams);
  return {
    words,
    sentences,
    punctuationMarks: marks,
    charNgrams: grams,
    meanSentenceLength: f[4],
    sdSentenceLength: f[5],
    meanWordLength: f[6],
    sdWordLength: f[7],
    typeTokenRatio: f[8],
    punctuationPerWord: f[9],
    topWords,
    punctuation,
    topCharNgrams,
  };
}
