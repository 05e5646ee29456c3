// Test-only access to the live instance's memory size (not part of the public API).
import { instance } from '../../npm/dist/instance.js';

export function heapBytes() {
  return instance('test').raw.HEAPU8.length;
}

/** Seeded synthetic writers: Zipf word choice over one vocabulary, each with favourite words. */
export function syntheticWriter(
  seed,
  syllables = ['ka', 'to', 'ri', 'mu', 'se', 'la', 'po', 'ne', 'di', 'fu'],
  separator = ' ',
) {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const syl = syllables;
  const vocab = syl.flatMap((a) => syl.map((b) => a + b));
  const rank = vocab.map((_, i) => i);
  for (let i = 0; i < 30; ++i) {
    const a = Math.floor(random() * 40);
    const b = Math.floor(random() * vocab.length);
    [rank[a], rank[b]] = [rank[b], rank[a]];
  }
  const weights = rank.map((r) => 1 / (r + 1));
  const total = weights.reduce((x, y) => x + y, 0);
  return (words) =>
    Array.from({ length: words }, () => {
      let x = random() * total;
      let i = 0;
      while (x > weights[i]) x -= weights[i++];
      return vocab[Math.min(i, vocab.length - 1)];
    }).join(separator);
}
