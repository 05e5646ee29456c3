// Composite jobs the worker runs for the demo and for apps: whole-collection analysis with
// progress reports. Plain functions over the public API, usable outside a worker too.

import { comparePassages, cosine, estimateJaccard, MinHasher, plagiarismReport, setSimilarity, similarity, WinnowIndex, type PassageMatch } from '../api.js';

export type ProgressFn = (done: number, total: number, stage: string) => void;

export interface CollectionOptions {
  /** Pairs at or above this similarity are linked into clusters. Default 0.3. */
  threshold?: number;
  /** k-gram length in characters for fingerprints. Default 25. */
  k?: number;
  /** Winnowing window. Default 10. */
  window?: number;
  /** How many top pairs to return with passages. Default 50. */
  topPairs?: number;
}

export interface CollectionPair {
  a: number;
  b: number;
  similarity: number;
  coverageA: number;
  coverageB: number;
}

export interface CollectionResult {
  /** n × n similarities (row-major, symmetric, 1 on the diagonal). */
  matrix: Float64Array;
  /** The best pairs, best first, with passage coverage. */
  pairs: CollectionPair[];
  /** Groups of documents linked by pairs at or above the threshold (size >= 2), largest first. */
  clusters: number[][];
}

/** All-pairs similarity of a collection (winnowed fingerprints), top pairs and clusters. */
export function analyzeCollection(texts: string[], options: CollectionOptions = {}, progress: ProgressFn = () => {}): CollectionResult {
  const n = texts.length;
  const threshold = options.threshold ?? 0.3;
  const index = new WinnowIndex({ k: options.k ?? 25, window: options.window ?? 10 });
  try {
    for (let i = 0; i < n; ++i) {
      index.add(String(i), texts[i]);
      if (i % 8 === 0 || i === n - 1) progress(i + 1, n, 'fingerprinting');
    }
    const all = index.pairs();
    const matrix = new Float64Array(n * n);
    for (let i = 0; i < n; ++i) matrix[i * n + i] = 1;
    const parent = Array.from({ length: n }, (_, i) => i);
    const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
    for (const p of all) {
      const a = Number(p.a);
      const b = Number(p.b);
      matrix[a * n + b] = matrix[b * n + a] = p.similarity;
      if (p.similarity >= threshold) parent[find(a)] = find(b);
    }
    const top = all.slice(0, options.topPairs ?? 50);
    const pairs: CollectionPair[] = top.map((p, i) => {
      const m = comparePassages(texts[Number(p.a)], texts[Number(p.b)], { k: options.k ?? 25 });
      if (i % 4 === 0 || i === top.length - 1) progress(i + 1, top.length, 'locating passages');
      return { a: Number(p.a), b: Number(p.b), similarity: p.similarity, coverageA: m.coverageA, coverageB: m.coverageB };
    });
    const groups = new Map<number, number[]>();
    for (let i = 0; i < n; ++i) {
      const r = find(i);
      if (!groups.has(r)) groups.set(r, []);
      groups.get(r)!.push(i);
    }
    const clusters = [...groups.values()].filter((g) => g.length > 1).sort((x, y) => y.length - x.length || x[0] - y[0]);
    return { matrix, pairs, clusters };
  } finally {
    index.dispose();
  }
}

export interface TwoTextReport {
  jaccard: number;
  containmentAInB: number;
  containmentBInA: number;
  charJaccard: number;
  /** MinHash (128 slots, word 3-grams) estimate of the word Jaccard similarity. */
  minhash: number;
  /** Cosine of the word term-frequency vectors. */
  cosine: number;
  /** Levenshtein similarity (1 − edits / longer length) for texts of at most 500 characters, else null. */
  edit: number | null;
  match: PassageMatch;
}

/** Everything the demo shows for two texts. */
export function compareTexts(a: string, b: string, options: { shingle?: 'word' | 'char'; shingleSize?: number; k?: number; stripDiacritics?: boolean } = {}): TwoTextReport {
  const normalize = { stripDiacritics: options.stripDiacritics ?? false };
  const sets = setSimilarity(a, b, { shingle: options.shingle ?? 'word', shingleSize: options.shingleSize, normalize });
  const chars = setSimilarity(a, b, { shingle: 'char', shingleSize: 5, normalize });
  return {
    jaccard: sets.jaccard,
    containmentAInB: sets.containmentAInB,
    containmentBInA: sets.containmentBInA,
    charJaccard: chars.jaccard,
    minhash: (() => {
      const mh = new MinHasher({ normalize, shingle: options.shingle ?? 'word', shingleSize: options.shingleSize });
      const [sa, sb] = mh.signBatch([a, b]);
      return estimateJaccard(sa, sb);
    })(),
    cosine: cosine(a, b, { normalize }),
    edit: a.length <= 500 && b.length <= 500 ? similarity(a, b, { normalize }) : null,
    match: comparePassages(a, b, { k: options.k ?? 25, normalize }),
  };
}

/** The plagiarism report (HTML or JSON) of a named collection. */
export function collectionReport(keys: string[], texts: string[], options: { format?: 'html' | 'json'; minScore?: number; limit?: number; k?: number } = {}): string {
  const index = new WinnowIndex({ k: options.k ?? 25 });
  try {
    keys.forEach((key, i) => index.add(key, texts[i]));
    return plagiarismReport(index, { format: options.format ?? 'html', minScore: options.minScore ?? 0.05, limit: options.limit ?? 100, title: 'simkit collection report' });
  } finally {
    index.dispose();
  }
}

export const JOBS = { analyzeCollection, compareTexts, collectionReport } as const;
