// MinHash options from CLI flags, shared by dedup, sign and index.
import { MAX_NUM_PERM, MAX_SHINGLE_SIZE, type MinHashOptions } from '../index.node.js';
import { choiceFlag, numberFlag, type Parsed } from './args.js';
import type { FlagSpec } from './args.js';

export const MINHASH_FLAGS: Record<string, FlagSpec> = {
  'num-perm': { type: 'string' },
  scheme: { type: 'string' },
  seed: { type: 'string' },
  shingle: { type: 'string' },
  size: { type: 'string' },
};

export const MINHASH_HELP = `MinHash options:
  --num-perm N           signature slots (default 128)
  --scheme oph|classic   one-permutation hashing (default, faster) or classic
  --seed N               permutation seed (default 1)
  --shingle word|char    shingle unit (default word)
  --size N               shingle size (default 3 words / 5 chars)`;

export function minhashOptions(flags: Parsed['flags']): MinHashOptions {
  const shingle = choiceFlag(flags, 'shingle', 'word', ['word', 'char'] as const);
  return {
    numPerm: numberFlag(flags, 'num-perm', 128, 1, MAX_NUM_PERM, true),
    scheme: choiceFlag(flags, 'scheme', 'oph', ['oph', 'classic'] as const),
    seed: numberFlag(flags, 'seed', 1, 0, Number.MAX_SAFE_INTEGER, true),
    shingle,
    shingleSize: numberFlag(flags, 'size', shingle === 'word' ? 3 : 5, 1, MAX_SHINGLE_SIZE, true),
  };
}
