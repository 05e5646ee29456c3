// Composite jobs the worker runs for the demo and for apps: whole-collection analysis with
// progress reports. Plain functions over the public API, usable outside a worker too.

/**
 * `simkit/jobs`: the composite jobs the worker runs (whole-collection analysis, two-text comparison, reports, authorship), also usable directly.
 * @module simkit/jobs
 */

import {
  AuthorshipModel,
  AuthorshipVerifier,
  comparePassages,
  cosine,
  estimateJaccard,
  MinHasher,
  plagiarismReport,
  setSimilarity,
  similarity,
  styleProfile,
  WinnowIndex,
  type Attribution,
  type DeltaMethod,
  type PassageMatch,
  type StyleProfile,
  type Verification,
} from '../api.js';
import { connectedComponents } from '../components.js';
import { renamedOption } from '../deprecate.js';

/** Progress callback of a job: `done` of `total` units of `stage` (e.g. 'fingerprinting'). */
export type ProgressFn = (done: number, total: number, stage: string) => void;

/** Options of {@link analyzeCollection}. */
export interface CollectionOptions {
  /** Pairs at or above this similarity are linked into clusters. Default 0.3. */
  threshold?: number;
  /** n-gram length in characters for fingerprints. Default 25. */
  ngramSize?: number;
  /** Winnowing window. Default 10. */
  window?: number;
  /** How many top pairs to return with passages. Default 50. */
  topPairs?: number;
  /** @deprecated Use `ngramSize`; goes in the next minor version. */
  k?: number;
}

/** A pair of documents of a collection, by position in the input array. */
export interface CollectionPair {
  /** Index of one document in `texts`. */
  a: number;
  /** Index of the other. */
  b: number;
  /** Fingerprint similarity (as `DocumentPair.similarity` of simkit), in [0, 1]. */
  similarity: number;
  /** Share of document a's UTF-16 code units inside shared passages. */
  coverageA: number;
  /** Share of document b's UTF-16 code units inside shared passages. */
  coverageB: number;
}

/** What {@link analyzeCollection} returns. */
export interface CollectionResult {
  /** n × n similarities (row-major, symmetric, 1 on the diagonal). */
  matrix: Float64Array;
  /** The best pairs, best first, with passage coverage. */
  pairs: CollectionPair[];
  /** Groups of documents linked by pairs at or above the threshold (size >= 2), largest first. */
  clusters: number[][];
}

/** All-pairs similarity of a collection (winnowed fingerprints), top pairs and clusters. */
export function analyzeCollection(
  texts: string[],
  options: CollectionOptions = {},
  progress: ProgressFn = () => {},
): CollectionResult {
  const n = texts.length;
  const threshold = options.threshold ?? 0.3;
  const ngramSize = renamedOption('analyzeCollection', options, 'ngramSize', 'k') ?? 25;
  const index = new WinnowIndex({ ngramSize, window: options.window ?? 10 });
  try {
    for (let i = 0; i < n; ++i) {
      index.add(String(i), texts[i]);
      if (i % 8 === 0 || i === n - 1) progress(i + 1, n, 'fingerprinting');
    }
    const all = index.pairs();
    const matrix = new Float64Array(n * n);
    for (let i = 0; i < n; ++i) matrix[i * n + i] = 1;
    const links: number[] = [];
    for (const p of all) {
      const a = Number(p.a);
      const b = Number(p.b);
      matrix[a * n + b] = matrix[b * n + a] = p.similarity;
      if (p.similarity >= threshold) links.push(a, b);
    }
    const top = all.slice(0, options.topPairs ?? 50);
    const pairs: CollectionPair[] = top.map((p, i) => {
      const m = comparePassages(texts[Number(p.a)], texts[Number(p.b)], { ngramSize });
      if (i % 4 === 0 || i === top.length - 1) progress(i + 1, top.length, 'locating passages');
      return {
        a: Number(p.a),
        b: Number(p.b),
        similarity: p.similarity,
        coverageA: m.coverageA,
        coverageB: m.coverageB,
      };
    });
    const clusters = connectedComponents('analyzeCollection', n, Uint32Array.from(links)).sort(
      (x, y) => y.length - x.length || x[0] - y[0],
    );
    return { matrix, pairs, clusters };
  } finally {
    index.dispose();
  }
}

/** What {@link compareTexts} returns. */
export interface TwoTextReport {
  /** Exact Jaccard similarity of the shingle sets (word 3-grams unless `analyzer`/`ngramSize` say otherwise). */
  jaccard: number;
  /** Share of a's shingles found in b. */
  containmentAInB: number;
  /** Share of b's shingles found in a. */
  containmentBInA: number;
  /** Jaccard similarity of character 5-grams. */
  charJaccard: number;
  /** MinHash (128 slots, word 3-grams) estimate of the word Jaccard similarity. */
  minhash: number;
  /** Cosine of the word term-frequency vectors. */
  cosine: number;
  /** Levenshtein similarity (1 − edits / longer length) for texts of at most 500 characters, else null. */
  edit: number | null;
  /** The shared passages, with UTF-16 spans into both texts. */
  match: PassageMatch;
}

/** Everything the demo shows for two texts. */
export function compareTexts(
  a: string,
  b: string,
  options: {
    analyzer?: 'word' | 'char';
    ngramSize?: number;
    passageNgramSize?: number;
    stripDiacritics?: boolean;
    /** @deprecated Use `analyzer`; goes in the next minor version. */
    shingle?: 'word' | 'char';
    /** @deprecated Use `ngramSize`; goes in the next minor version. */
    shingleSize?: number;
    /** @deprecated Use `passageNgramSize`; goes in the next minor version. */
    k?: number;
  } = {},
): TwoTextReport {
  const fn = 'compareTexts';
  const normalize = { stripDiacritics: options.stripDiacritics ?? false };
  const analyzer = renamedOption(fn, options, 'analyzer', 'shingle') ?? 'word';
  const ngramSize = renamedOption(fn, options, 'ngramSize', 'shingleSize');
  const passageNgramSize = renamedOption(fn, options, 'passageNgramSize', 'k') ?? 25;
  const sets = setSimilarity(a, b, { analyzer, ngramSize, normalize });
  const chars = setSimilarity(a, b, { analyzer: 'char', ngramSize: 5, normalize });
  return {
    jaccard: sets.jaccard,
    containmentAInB: sets.containmentAInB,
    containmentBInA: sets.containmentBInA,
    charJaccard: chars.jaccard,
    minhash: (() => {
      const mh = new MinHasher({ normalize, analyzer, ngramSize });
      const [sa, sb] = mh.signBatch([a, b]);
      return estimateJaccard(sa, sb);
    })(),
    cosine: cosine(a, b, { normalize }),
    edit: a.length <= 500 && b.length <= 500 ? similarity(a, b, { normalize }) : null,
    match: comparePassages(a, b, { ngramSize: passageNgramSize, normalize }),
  };
}

/** The plagiarism report (HTML or JSON) of a named collection. */
export function collectionReport(
  keys: string[],
  texts: string[],
  options: {
    format?: 'html' | 'json';
    threshold?: number;
    limit?: number;
    ngramSize?: number;
    /** @deprecated Use `threshold`; goes in the next minor version. */
    minScore?: number;
    /** @deprecated Use `ngramSize`; goes in the next minor version. */
    k?: number;
  } = {},
): string {
  const fn = 'collectionReport';
  const threshold = renamedOption(fn, options, 'threshold', 'minScore') ?? 0.05;
  const index = new WinnowIndex({ ngramSize: renamedOption(fn, options, 'ngramSize', 'k') ?? 25 });
  try {
    keys.forEach((key, i) => index.add(key, texts[i]));
    return plagiarismReport(index, {
      format: options.format ?? 'html',
      threshold,
      limit: options.limit ?? 100,
      title: 'simkit collection report',
    });
  } finally {
    index.dispose();
  }
}

/** A candidate author and texts known to be theirs. */
export interface AuthorshipCandidate {
  /** The author's name, as reported back. */
  author: string;
  /** Texts known to be by this author (blank ones are ignored). */
  texts: string[];
}

/** What {@link analyzeAuthorship} returns. */
export interface AuthorshipReport {
  /** Which candidate wrote the unknown text (null with fewer than two candidates or three texts). */
  attribution: Attribution | null;
  /**
   * Was it written by `author` (the attributed candidate, or the only one)? The combined
   * verifier (character language model both ways, n-gram cosine), with the impostors score
   * against the other candidates' texts (the background texts too when the others are fewer
   * than two); uncalibrated (no labelled pairs here).
   */
  verification: Verification & {
    /** The candidate whose authorship was verified. */
    author: string;
    /** Which verifier ran: always the combined one. */
    method: 'combined';
    /** How many impostor texts were used (0: the combined method without impostors). */
    impostors: number;
  };
  /** The unknown text's stylometric profile (top 10 of each list). */
  profile: StyleProfile;
}

/** Attribution among candidate authors and verification against the likeliest one, explained. */
export function analyzeAuthorship(
  candidates: AuthorshipCandidate[],
  unknown: string,
  options: { method?: DeltaMethod; mfw?: number; explain?: number; background?: string[] } = {},
  progress: ProgressFn = () => {},
): AuthorshipReport {
  const withTexts = candidates.filter((c) => c.texts.some((t) => t.trim()));
  if (withTexts.length === 0)
    throw new RangeError('simkit.analyzeAuthorship: candidates must include at least one author with a text');
  const texts = (c: AuthorshipCandidate) => c.texts.filter((t) => t.trim());
  const training = withTexts.flatMap((c) => texts(c).map((text) => ({ author: c.author, text })));
  const explain = options.explain ?? 10;
  let attribution: Attribution | null = null;
  if (withTexts.length >= 2 && training.length >= 3) {
    progress(0, 2, 'attributing');
    const model = new AuthorshipModel(training, { method: options.method ?? 'cosine', mfw: options.mfw ?? 300 });
    try {
      attribution = model.attribute(unknown, { explain });
    } finally {
      model.dispose();
    }
  }
  progress(1, 2, 'verifying');
  const target = withTexts.find((c) => c.author === attribution?.author) ?? withTexts[0];
  // Impostors: the other candidates; the background texts only when they are too few (texts
  // in the unknown's register from outside the candidates would outvote short known texts).
  const others = withTexts.filter((c) => c !== target).flatMap(texts);
  const impostors = others.length >= 2 ? others : [...others, ...(options.background ?? []).filter((t) => t.trim())];
  const method = 'combined';
  const verifier = new AuthorshipVerifier(impostors.length >= 2 ? { method, impostors } : { method });
  try {
    const v = verifier.verify({ known: texts(target), unknown }, { explain });
    progress(2, 2, 'done');
    return {
      attribution,
      verification: { ...v, author: target.author, method, impostors: impostors.length },
      profile: styleProfile(unknown, { top: 10 }),
    };
  } finally {
    verifier.dispose();
  }
}

/** The jobs `SimkitWorker.call` (simkit/worker) accepts by name, besides the public functions. */
export const JOBS = {
  /** {@link analyzeCollection} */
  analyzeCollection,
  /** {@link compareTexts} */
  compareTexts,
  /** {@link collectionReport} */
  collectionReport,
  /** {@link analyzeAuthorship} */
  analyzeAuthorship,
} as const;

/**
 * Where each job that reports progress takes its callback (the index of that parameter): a
 * worker passes it there even when the page left the optional arguments before it out.
 */
export const PROGRESS_AT: Readonly<Record<string, number>> = {
  analyzeCollection: 2,
  analyzeAuthorship: 3,
  readDocumentFiles: 2,
};
