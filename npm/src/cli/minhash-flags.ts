// MinHash options from CLI flags, shared by dedup, sign and index.
import { MAX_NUM_PERM, MAX_SHINGLE_SIZE, type MinHashOptions } from '../index.node.js';
import { choiceFlag, numberFlag, renamedFlag, type Parsed } from './args.js';
import type { FlagSpec } from './args.js';

export const MINHASH_FLAGS: Record<string, FlagSpec> = {
  'num-perm': { type: 'string' },
  scheme: { type: 'string' },
  seed: { type: 'string' },
  analyzer: { type: 'string' },
  'ngram-size': { type: 'string' },
  shingle: { type: 'string' }, // deprecated: --analyzer
  size: { type: 'string' }, // deprecated: --ngram-size
};

export const MINHASH_HELP = `MinHash options:
  --num-perm N           signature slots (default 128)
  --scheme oph|classic   one-permutation hashing (default, faster) or classic
  --seed N               permutation seed (default 1)
  --analyzer word|char   shingles of words or characters (default word)
  --ngram-size N         words or characters per shingle (default 3 words / 5 chars)
  --shingle, --size      deprecated names of --analyzer and --ngram-size`;

export function minhashOptions(flags: Parsed['flags']): MinHashOptions {
  renamedFlag(flags, 'analyzer', 'shingle');
  renamedFlag(flags, 'ngram-size', 'size');
  const analyzer = choiceFlag(flags, 'analyzer', 'word', ['word', 'char'] as const);
  return {
    numPerm: numberFlag(flags, 'num-perm', 128, 1, MAX_NUM_PERM, true),
    scheme: choiceFlag(flags, 'scheme', 'oph', ['oph', 'classic'] as const),
    seed: numberFlag(flags, 'seed', 1, 0, Number.MAX_SAFE_INTEGER, true),
    analyzer,
    ngramSize: numberFlag(flags, 'ngram-size', analyzer === 'word' ? 3 : 5, 1, MAX_SHINGLE_SIZE, true),
  };
}
