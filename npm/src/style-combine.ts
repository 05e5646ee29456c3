// The combined verifier's calibration: a logistic regression over a few scores (standardized,
// fitted by Newton's method: deterministic, no learning rate to tune), so its output is a
// probability of same authorship; then the unanswered band around 0.5 that maximizes PAN's
// measures on the same problems. A hundred labelled problems are too few to fit several weights
// freely: the regression is shrunk toward the uncalibrated default, as strongly as
// cross-validation on the problems themselves says.

import { evaluateVerification } from './style-eval.js';

/** The combined method's logistic regression, as calibrate() fits it (plain JSON). */
export interface Combiner {
  /** The scores it weighs, by name (`VerificationScores` keys), in the order of the lists below. */
  scores: string[];
  /** Per score: its mean on the calibration problems. */
  mean: number[];
  /** Per score: its standard deviation on the calibration problems. */
  sd: number[];
  /** Intercept, then one weight per standardized score. */
  weights: number[];
}

/** Solves A x = b in place (Gauss-Jordan with partial pivoting); A is small and positive definite. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let i = 0; i < n; ++i) {
    let p = i;
    for (let r = i + 1; r < n; ++r) if (Math.abs(m[r][i]) > Math.abs(m[p][i])) p = r;
    [m[i], m[p]] = [m[p], m[i]];
    for (let r = 0; r < n; ++r) {
      if (r === i || m[i][i] === 0) continue;
      const f = m[r][i] / m[i][i];
      for (let c = i; c <= n; ++c) m[r][c] -= f * m[i][c];
    }
  }
  return m.map((row, i) => (row[i] === 0 ? 0 : row[n] / row[i]));
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The logit of one problem's scores, and each score's part in it. */
export function logitParts(c: Combiner, x: readonly number[]): { logit: number; parts: number[] } {
  const parts = x.map((v, k) => c.weights[k + 1] * ((v - c.mean[k]) / c.sd[k]));
  return { logit: c.weights[0] + parts.reduce((a, b) => a + b, 0), parts };
}

export function combine(c: Combiner, x: readonly number[]): number {
  return sigmoid(logitParts(c, x).logit);
}

/** A regression in the scores' own units (not standardized): what {@link fitCombiner} shrinks toward. */
export interface CombinerPrior {
  intercept: number;
  /** Weight per score name; a score not named weighs 0. */
  weights: Readonly<Record<string, number>>;
}

/**
 * Fits the combiner on labelled score vectors (named `scores`), with an L2 penalty `l2` on the
 * standardized weights' (and the intercept's) distance from `prior`.
 */
export function fitCombiner(
  x: readonly (readonly number[])[],
  truth: readonly boolean[],
  scores: readonly string[],
  l2: number,
  prior: CombinerPrior,
): Combiner {
  const d = x[0].length;
  const n = x.length;
  const mean = Array.from({ length: d }, (_, k) => x.reduce((a, r) => a + r[k], 0) / n);
  const sd = Array.from({ length: d }, (_, k) => Math.sqrt(x.reduce((a, r) => a + (r[k] - mean[k]) ** 2, 0) / n) || 1);
  const z = x.map((r) => [1, ...r.map((v, k) => (v - mean[k]) / sd[k])]);
  // The prior in standardized units: w·(v − mean)/sd + b equals the prior's raw form.
  const raw = scores.map((name) => prior.weights[name] ?? 0);
  const w0 = [prior.intercept + raw.reduce((a, v, k) => a + v * mean[k], 0), ...raw.map((v, k) => v * sd[k])];
  let w = [...w0];
  for (let iteration = 0; iteration < 50; ++iteration) {
    const g = new Array<number>(d + 1).fill(0);
    const h = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < n; ++i) {
      const p = sigmoid(z[i].reduce((a, v, k) => a + v * w[k], 0));
      const r = p - (truth[i] ? 1 : 0);
      for (let k = 0; k <= d; ++k) {
        g[k] += r * z[i][k];
        for (let l = 0; l <= d; ++l) h[k][l] += p * (1 - p) * z[i][k] * z[i][l];
      }
    }
    for (let k = 0; k <= d; ++k) {
      g[k] += l2 * (w[k] - w0[k]);
      h[k][k] += l2;
    }
    const step = solve(h, g);
    w = w.map((v, k) => v - step[k]);
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return { scores: [...scores], mean, sd, weights: w };
}

/** Probabilities inside the band (p1, p2) become 0.5: PAN's "unanswered". */
export function applyProbabilityBand(p: number, [p1, p2]: readonly [number, number]): number {
  return p > p1 && p < p2 ? 0.5 : p;
}

/**
 * The band [p1, p2] around 0.5 (steps of 0.01, p1 in [0.3, 0.5], p2 in [0.5, 0.7]) maximizing
 * the mean of PAN's five measures on these problems; the narrowest of equal ones.
 */
export function probabilityBand(truth: readonly boolean[], probabilities: readonly number[]): [number, number] {
  let best: [number, number] = [0.5, 0.5];
  let bestOverall = -Infinity;
  for (let width = 0; width <= 40; ++width) {
    for (let lo = Math.max(0, width - 20); lo <= Math.min(20, width); ++lo) {
      const band: [number, number] = [(50 - lo) / 100, (50 - lo + width) / 100];
      const overall = evaluateVerification(
        truth,
        probabilities.map((p) => applyProbabilityBand(p, band)),
      ).overall;
      if (overall > bestOverall + 1e-12) {
        best = band;
        bestOverall = overall;
      }
    }
  }
  return best;
}

/** Shrinkage strengths (`l2` of {@link fitCombiner}) that {@link fitShrunkCombiner} chooses among. */
export const SHRINKAGE_STRENGTHS: readonly number[] = [1, 3, 10, 30, 100];
/** The strength when the problems are too few to cross-validate (fewer than 2 of a class). */
const FALLBACK_STRENGTH = 10;

/** Fold of each problem, k folds stratified by label, round robin in order (deterministic). */
function stratifiedFolds(truth: readonly boolean[], k: number): number[] {
  const seen = [0, 0];
  return truth.map((t) => seen[t ? 1 : 0]++ % k);
}

/** The combiner and band fitted on `train`, applied to `test`: banded probabilities. */
function heldOut(
  x: readonly (readonly number[])[],
  truth: readonly boolean[],
  scores: readonly string[],
  l2: number,
  prior: CombinerPrior,
  train: readonly number[],
  test: readonly number[],
): number[] {
  const tx = train.map((i) => x[i]);
  const tt = train.map((i) => truth[i]);
  const c = fitCombiner(tx, tt, scores, l2, prior);
  const band = probabilityBand(
    tt,
    tx.map((v) => combine(c, v)),
  );
  return test.map((i) => applyProbabilityBand(combine(c, x[i]), band));
}

/**
 * The combiner shrunk toward `prior`, its strength the one of {@link SHRINKAGE_STRENGTHS} whose
 * k-fold cross-validation on these problems (k ≤ 5, at least 5 problems a fold, stratified)
 * scores best by PAN's overall measure (the smallest of equal ones); then fitted on all of them,
 * with the band that suits them.
 */
export function fitShrunkCombiner(
  x: readonly (readonly number[])[],
  truth: readonly boolean[],
  scores: readonly string[],
  prior: CombinerPrior,
): { combiner: Combiner; band: [number, number]; strength: number } {
  const fewest = Math.min(truth.filter(Boolean).length, truth.filter((t) => !t).length);
  const k = Math.min(5, Math.floor(truth.length / 5), fewest);
  let strength = FALLBACK_STRENGTH;
  if (k >= 2) {
    const fold = stratifiedFolds(truth, k);
    let best = -Infinity;
    for (const l2 of SHRINKAGE_STRENGTHS) {
      const predicted = new Array<number>(truth.length);
      for (let f = 0; f < k; ++f) {
        const train = fold.flatMap((g, i) => (g === f ? [] : [i]));
        const test = fold.flatMap((g, i) => (g === f ? [i] : []));
        heldOut(x, truth, scores, l2, prior, train, test).forEach((p, j) => {
          predicted[test[j]] = p;
        });
      }
      const overall = evaluateVerification(truth, predicted).overall;
      if (overall > best + 1e-12) {
        best = overall;
        strength = l2;
      }
    }
  }
  const combiner = fitCombiner(x, truth, scores, strength, prior);
  const band = probabilityBand(
    truth,
    x.map((v) => combine(combiner, v)),
  );
  return { combiner, band, strength };
}
