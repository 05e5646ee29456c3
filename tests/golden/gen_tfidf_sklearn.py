#!/usr/bin/python3
"""Regenerates tests/golden/tfidf_sklearn.json: cosine similarities of scikit-learn's
TfidfVectorizer over the simkit tokens of tests/golden/tfidf_docs.mjs. Needs Debian's
python3-sklearn (only to regenerate; tests read the committed JSON).

    node -e "import('./tests/golden/tfidf_docs.mjs').then(async ({DOCS}) => { const s = await import('simkit'); await s.init(); console.log(JSON.stringify(DOCS.map((d) => s.tokenize(d).map((t) => t.text)))); })" > /tmp/tokens.json
    /usr/bin/python3 tests/golden/gen_tfidf_sklearn.py /tmp/tokens.json
"""
import json
import sys

import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer

VARIANTS = [
    {"smoothIdf": True, "sublinearTf": False},
    {"smoothIdf": False, "sublinearTf": True},
    {"smoothIdf": True, "sublinearTf": True},
]

tokens = json.load(open(sys.argv[1]))
out = {"sklearn": sklearn.__version__, "variants": []}
for v in VARIANTS:
    vec = TfidfVectorizer(analyzer=lambda doc: doc, smooth_idf=v["smoothIdf"], sublinear_tf=v["sublinearTf"], norm="l2")
    x = vec.fit_transform(tokens)
    cos = (x @ x.T).toarray()
    out["variants"].append({**v, "cosine": [[round(float(c), 12) for c in row] for row in cos]})
json.dump(out, open("tests/golden/tfidf_sklearn.json", "w"), indent=1)
print("wrote tests/golden/tfidf_sklearn.json")
