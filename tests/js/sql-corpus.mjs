// A seeded corpus for the simkit/sql tests: originals, edited near-copies at several distances
// (some above a 0.7 threshold, some below), exact copies and empty documents, so queries and
// clusters have both hits and misses.
const words =
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega'.split(
    ' ',
  );

function text(seed, n) {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return words[x % words.length] + (x % 11);
  }).join(' ');
}

function edit(t, every) {
  return t
    .split(' ')
    .map((w, i) => (i % every === 0 ? `${w}x` : w))
    .join(' ');
}

/** `n` documents keyed `${prefix}${i}`: every fourth an original, then three variants of it. */
export function corpus(n, seed = 1, prefix = 'doc') {
  const keys = [];
  const texts = [];
  for (let i = 0; i < n; ++i) {
    const base = text(seed * 100_003 + (i - (i % 4)), 60);
    const kind = i % 4;
    const t =
      i === 5 || i === 6 ? '' : kind === 0 ? base : kind === 1 ? edit(base, 12) : kind === 2 ? edit(base, 5) : base;
    keys.push(`${prefix}${i}`);
    texts.push(t);
  }
  return { keys, texts };
}

/** Options every test store and index share. */
export const STORE_OPTIONS = { threshold: 0.7, minhash: { numPerm: 64, scheme: 'oph', seed: 7 } };
