# python-Levenshtein (Debian's python3-levenshtein, C) on the pairs the distance workload
# wrote: prints the Levenshtein distances of the first 2000 pairs (checked equal to simkit's
# by the caller) and the best nanoseconds per pair over 5 rounds of a plain loop of calls,
# for distance() and jaro_winkler(), and for thefuzz's partial_ratio when Debian's
# python3-thefuzz is there. Only the loops are timed.
import json
import sys
import time

import Levenshtein

try:  # Debian's python3-thefuzz: fuzzywuzzy's partial_ratio (matching blocks, on python-Levenshtein)
    from thefuzz.fuzz import partial_ratio
except ImportError:
    partial_ratio = None

with open(sys.argv[1], encoding="utf-8") as f:
    as_, bs = json.load(f)
pairs = list(zip(as_, bs))


def best_ns_per_pair(fn):
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter_ns()
        for a, b in pairs:
            fn(a, b)
        best = min(best, (time.perf_counter_ns() - start) / len(pairs))
    return best


print(
    json.dumps(
        {
            "distances": [Levenshtein.distance(a, b) for a, b in pairs[:2000]],
            "levenshtein": best_ns_per_pair(Levenshtein.distance),
            "jaroWinkler": best_ns_per_pair(Levenshtein.jaro_winkler),
            "partialRatio": best_ns_per_pair(partial_ratio) if partial_ratio else None,
        }
    )
)
