#!/usr/bin/python3
"""Regenerates tests/golden/pan_metrics_sklearn.json: PAN's authorship-verification metrics
(the definitions of pan20_verif_evaluator.py: AUC, c@1, F0.5u, F1 on answered problems, Brier as
1 - loss, and their mean) computed with scikit-learn on seeded score lists with unanswered
problems (exactly 0.5) and ties. Needs Debian's python3-sklearn (only to regenerate):

    /usr/bin/python3 tests/golden/gen_pan_metrics_sklearn.py
"""
import json
import os
import random

import numpy as np
import sklearn
from sklearn.metrics import brier_score_loss, f1_score, roc_auc_score


def binarize(scores):
    return [1 if s > 0.5 else 0 if s < 0.5 else 0.5 for s in scores]


def c_at_1(truth, scores):
    n = float(len(scores))
    nc, nu = 0.0, 0.0
    for t, s in zip(truth, scores):
        if s == 0.5:
            nu += 1
        elif (s > 0.5) == (t > 0.5):
            nc += 1.0
    return (1 / n) * (nc + (nu * nc / n))


def f1(truth, scores):
    t2, s2 = [], []
    for t, s in zip(truth, scores):
        if s != 0.5:
            t2.append(t)
            s2.append(s)
    return f1_score(t2, binarize(s2), zero_division=0)


def f_05_u(truth, scores):
    pred = binarize(scores)
    tp = fn = fp = u = 0
    for t, p in zip(truth, pred):
        if p == 0.5:
            u += 1
        elif p == 1 and p == t:
            tp += 1
        elif p == 1 and p != t:
            fp += 1
        elif t == 1 and p != t:
            fn += 1
    return (1.25 * tp) / (1.25 * tp + 0.25 * (fn + u) + fp)


def evaluate(truth, scores):
    r = {
        "auc": roc_auc_score(truth, scores),
        "c_at_1": c_at_1(truth, scores),
        "f_05_u": f_05_u(truth, scores),
        "f1": f1(truth, scores),
        "brier": 1 - brier_score_loss(truth, scores),
    }
    r["overall"] = float(np.mean(list(r.values())))
    return {k: float(v) for k, v in r.items()}


rng = random.Random(2020)
cases = []
for n, unanswered, quantize in [(10, 0, 0), (40, 5, 0), (100, 20, 10), (7, 2, 4), (300, 0, 20)]:
    truth = [rng.random() < 0.5 for _ in range(n)]
    truth[0], truth[1] = True, False
    scores = []
    for t in truth:
        s = min(1.0, max(0.0, rng.gauss(0.65 if t else 0.35, 0.2)))
        if quantize:
            s = round(s * quantize) / quantize  # ties
        scores.append(s)
    for i in rng.sample(range(n), unanswered):
        scores[i] = 0.5
    cases.append({"truth": truth, "scores": scores,
                  "expected": evaluate([1 if t else 0 for t in truth], scores)})

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pan_metrics_sklearn.json")
with open(out, "w") as f:
    json.dump({"generator": "gen_pan_metrics_sklearn.py", "sklearn": sklearn.__version__,
               "cases": cases}, f, indent=1)
    f.write("\n")
print("wrote", out)
