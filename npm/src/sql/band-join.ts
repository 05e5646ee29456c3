// The band join and connected components in plain SQL: the one query behind
// LshStore.duplicates() on every backend, quoted verbatim in docs/SCALE.md (a test checks the
// document against this text) so it can be run as-is on any engine holding the same tables.

/**
 * Clusters of near-duplicates over `simkit_docs(id, doc_key, signature, is_empty)` and
 * `simkit_bands(band, band_key, doc_id)`. Parameters: $1 = the least number of equal slots
 * that counts as a near-duplicate (⌈minSimilarity · numPerm⌉), $2 = numPerm.
 * Rows: (cluster, doc_key), cluster = the smallest id of its component, ordered by cluster, id.
 *
 * 1. pairs: documents sharing a key in the same band (the LSH candidates);
 * 2. edges: candidates whose signatures agree in at least $1 slots (empty documents, whose
 *    estimate is 0, only when $1 = 0), as LshIndex verifies them;
 * 3. reach: each document carries the smallest id it can reach; a label only travels to larger
 *    ids, since the component's smallest id is smaller than every other member;
 * 4. the smallest label reached is the component.
 */
export const CLUSTERS_SQL = `WITH RECURSIVE
pairs AS (
  SELECT DISTINCT x.doc_id AS a, y.doc_id AS b
  FROM simkit_bands x
  JOIN simkit_bands y ON y.band = x.band AND y.band_key = x.band_key AND y.doc_id > x.doc_id
),
edges AS (
  SELECT p.a, p.b
  FROM pairs p
  JOIN simkit_docs da ON da.id = p.a
  JOIN simkit_docs db ON db.id = p.b
  CROSS JOIN generate_series(1, CAST($2 AS INTEGER)) AS g(i)
  WHERE NOT da.is_empty AND NOT db.is_empty AND da.signature[g.i] = db.signature[g.i]
  GROUP BY p.a, p.b
  HAVING count(*) >= $1
  UNION
  SELECT p.a, p.b FROM pairs p WHERE $1 = 0
),
links AS (
  SELECT a, b FROM edges
  UNION
  SELECT b, a FROM edges
),
reach (doc_id, root) AS (
  SELECT a, a FROM links
  UNION
  SELECT l.b, r.root FROM reach r JOIN links l ON l.a = r.doc_id AND l.b > r.root
),
components AS (
  SELECT doc_id, min(root) AS cluster FROM reach GROUP BY doc_id
)
SELECT c.cluster, d.doc_key
FROM components c
JOIN simkit_docs d ON d.id = c.doc_id
ORDER BY c.cluster, d.id`;

/**
 * The least number of equal slots k with k / numPerm ≥ minSimilarity, computed in the same
 * double arithmetic as LshIndex's estimate, so the SQL's integer test keeps exactly its pairs.
 */
export function minEqualSlots(minSimilarity: number, numPerm: number): number {
  for (let k = 0; k <= numPerm; ++k) if (k / numPerm >= minSimilarity) return k;
  return numPerm + 1; // minSimilarity > 1 cannot happen (validated); no pair qualifies
}
