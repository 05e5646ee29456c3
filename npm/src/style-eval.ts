// Evaluation of authorship verification as PAN defines it (pan20_verif_evaluator.py): AUC,
// c@1 (Peñas & Rodrigo 2011), F0.5u (Bevendorff et al. 2019), F1 on answered problems, Brier
// (as 1 - Brier loss) and their mean; and the PAN 2020 baseline's band calibration.

import { deprecatedField } from './deprecate.js';
import { expectArray, expectBoolean, expectNumber } from './validate.js';

/** PAN's authorship-verification metrics (pan20_verif_evaluator.py), each in [0, 1], higher is better. */
export interface VerificationEvaluation {
  /** ROC AUC (ties count half; NaN when truth has only one class). */
  auc: number;
  /** c@1: accuracy that credits leaving a problem unanswered (score 0.5). */
  cAt1: number;
  /** F0.5u: F0.5 counting unanswered problems as false negatives. */
  f05u: number;
  /** F1 on the answered problems. */
  f1: number;
  /** 1 − Brier loss (mean squared error of the scores). */
  brier: number;
  /** Mean of the five. */
  overall: number;
  /** @deprecated Use `cAt1` (a non-enumerable getter that warns once); goes in the next minor version. */
  readonly c_at_1: number;
  /** @deprecated Use `f05u` (a non-enumerable getter that warns once); goes in the next minor version. */
  readonly f_05_u: number;
}

/**
 * ROC AUC with tied scores counted half (the Mann-Whitney statistic with mid-ranks), given
 * `order`: the problems sorted by score (ascending).
 */
function aucInOrder(truth: readonly boolean[], scores: ArrayLike<number>, order: ArrayLike<number>): number {
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && scores[order[j]] === scores[order[i]]) ++j;
    const midRank = (i + 1 + j) / 2;
    for (let k = i; k < j; ++k)
      if (truth[order[k]]) {
        ++positives;
        rankSum += midRank;
      }
    i = j;
  }
  const negatives = truth.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

const ascending = (scores: ArrayLike<number>) =>
  Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);

/** `order` sorts `scores` ascending (computed when not given). */
function metrics(
  truth: readonly boolean[],
  scores: ArrayLike<number>,
  order: ArrayLike<number> = ascending(scores),
): VerificationEvaluation {
  const n = truth.length;
  let correct = 0;
  let unanswered = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let brierLoss = 0;
  for (let i = 0; i < n; ++i) {
    const s = scores[i];
    const t = truth[i];
    brierLoss += (s - (t ? 1 : 0)) ** 2;
    if (s === 0.5) {
      ++unanswered;
      continue;
    }
    const same = s > 0.5;
    if (same === t) ++correct;
    if (same && t) ++tp;
    else if (same && !t) ++fp;
    else if (!same && t) ++fn;
  }
  const cAt1 = n ? (correct + (unanswered * correct) / n) / n : 0;
  const f05Denominator = 1.25 * tp + 0.25 * (fn + unanswered) + fp;
  const f05u = f05Denominator > 0 ? (1.25 * tp) / f05Denominator : 0;
  const f1Denominator = tp + 0.5 * (fp + fn);
  const f1 = f1Denominator > 0 ? tp / f1Denominator : 0;
  const brier = n ? 1 - brierLoss / n : 0;
  const a = aucInOrder(truth, scores, order);
  const result = { auc: a, cAt1, f05u, f1, brier, overall: (a + cAt1 + f05u + f1 + brier) / 5 };
  return deprecatedField(deprecatedField(result, 'c_at_1', 'cAt1'), 'f_05_u', 'f05u') as VerificationEvaluation;
}

/**
 * PAN's verification metrics for same-author scores in [0, 1] (0.5 exactly = unanswered).
 * @example evaluateVerification([true, false], [0.9, 0.2]).overall // 1 - (0.01 + 0.04) / 2 / 5 …
 */
export function evaluateVerification(truth: readonly boolean[], scores: readonly number[]): VerificationEvaluation {
  const fn = 'evaluateVerification';
  const t = (expectArray(fn, 'truth', truth) as unknown[]).map((v, i) => expectBoolean(fn, `truth[${i}]`, v));
  const s = (expectArray(fn, 'scores', scores) as unknown[]).map((v, i) => expectNumber(fn, `scores[${i}]`, v, 0, 1));
  if (t.length !== s.length)
    throw new RangeError(`simkit.${fn}: truth and scores must have the same length, got ${t.length} and ${s.length}`);
  if (t.length === 0) throw new RangeError(`simkit.${fn}: truth must not be empty`);
  return metrics(t, s);
}

function rescale(v: number, lo: number, hi: number, newLo: number, newHi: number): number {
  const span = hi - lo || 1e-6;
  return newLo + ((v - lo) / span) * (newHi - newLo);
}

/** The PAN 2020 baseline's score correction with band [p1, p2]. */
export function applyBand(raw: number, [p1, p2]: readonly [number, number]): number {
  if (raw <= p1) return Math.min(0.49, Math.max(0, rescale(raw, 0, p1, 0, 0.49)));
  if (raw < p2) return 0.5;
  return Math.min(1, Math.max(0.51, rescale(raw, p2, 1, 0.51, 1)));
}

/**
 * Grid search of [p1, p2] in steps of 0.01 maximizing the overall score (first best wins).
 * applyBand never reorders scores (it is non-decreasing, also in floating point), so one sort
 * of the raw scores serves all 5050 bands: O(n) per band instead of a sort.
 */
export function calibrationBand(truth: readonly boolean[], raw: readonly number[]) {
  const order = ascending(raw);
  const banded = new Float64Array(raw.length);
  const apply = (band: readonly [number, number]) => {
    for (let k = 0; k < raw.length; ++k) banded[k] = applyBand(raw[k], band);
    return banded;
  };
  let best = { band: [0.5, 0.5] as [number, number], overall: -Infinity };
  for (let i = 0; i < 100; ++i) {
    for (let j = i; j < 100; ++j) {
      const band: [number, number] = [i / 100, j / 100];
      const m = metrics(truth, apply(band), order);
      if (m.overall > best.overall) best = { band, overall: m.overall };
    }
  }
  return {
    /** The learned unanswered band [p1, p2] of raw scores. */
    band: best.band,
    /** The metrics of the raw scores on the given problems. */
    before: metrics(truth, raw, order),
    /** The metrics once the band is applied (on the same problems: optimistic). */
    after: metrics(truth, Array.from(apply(best.band)), order),
  };
}
