// The band join and connected components in plain SQL: the statements behind
// LshStore.duplicates() on every backend, quoted verbatim in docs/SCALE.md (a test checks the
// document against this text) so they can be run as-is on any engine holding the same tables.

/**
 * Clusters of near-duplicates over `simkit_docs(id, doc_key, signature, is_empty)` and
 * `simkit_bands(band, band_key, doc_id)`, as statements run in order in one session, their
 * work tables temporary (see runClusterSteps). Parameters,
 * used by one statement only: $1 = the least number of equal slots that counts as a
 * near-duplicate (⌈threshold · numPerm⌉), $2 = numPerm. The last statement returns rows
 * (cluster, doc_key), cluster = the smallest id of its component, ordered by cluster, id.
 *
 * 1. simkit_pairs: documents sharing a key in the same band (the LSH candidates);
 * 2. simkit_candidates: the signatures of the documents in some pair, and only those;
 * 3. simkit_edges: candidates whose signatures agree in at least $1 slots (empty documents,
 *    whose estimate is 0, only when $1 = 0), as LshIndex verifies them;
 * 4. reach: each document carries the smallest id it can reach; a label only travels to larger
 *    ids, since the component's smallest id is smaller than every other member; the smallest
 *    label reached is the component.
 *
 * Separate statements rather than one query with CTEs: each step is materialized, so the engine
 * never plans a join of the whole signature table, and its memory follows the candidates, not
 * the corpus (with the one-query form, DuckDB ran out of a 50 MB limit on 500k documents and
 * took 1.4 GB without one; this way it finishes within 50 MB, in a third of the time).
 */
export const CLUSTERS_STEPS: readonly string[] = [
  `CREATE TEMP TABLE simkit_pairs AS
SELECT DISTINCT x.doc_id AS a, y.doc_id AS b
FROM simkit_bands x
JOIN simkit_bands y ON y.band = x.band AND y.band_key = x.band_key AND y.doc_id > x.doc_id`,
  `CREATE TEMP TABLE simkit_candidates AS
SELECT d.id, d.signature
FROM simkit_docs d
WHERE NOT d.is_empty AND d.id IN (SELECT a FROM simkit_pairs UNION SELECT b FROM simkit_pairs)`,
  `CREATE TEMP TABLE simkit_edges (a BIGINT NOT NULL, b BIGINT NOT NULL)`,
  `INSERT INTO simkit_edges
SELECT p.a, p.b
FROM simkit_pairs p
JOIN simkit_candidates da ON da.id = p.a
JOIN simkit_candidates db ON db.id = p.b
CROSS JOIN generate_series(1, CAST($2 AS INTEGER)) AS g(i)
WHERE da.signature[g.i] = db.signature[g.i]
GROUP BY p.a, p.b
HAVING count(*) >= $1
UNION
SELECT p.a, p.b FROM simkit_pairs p WHERE $1 = 0`,
  `WITH RECURSIVE
links AS (
  SELECT a, b FROM simkit_edges
  UNION
  SELECT b, a FROM simkit_edges
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
ORDER BY c.cluster, d.id`,
];

/** The steps as one script (statements ended by `;`), the text docs/SCALE.md quotes. */
export const CLUSTERS_SQL = `${CLUSTERS_STEPS.join(';\n\n')};`;

/** Whether a step takes the two parameters ($1, $2); the others take none. */
export function stepTakesParameters(step: string): boolean {
  return step.includes('$1');
}

/** The temporary tables the steps create, dropped when they are done. */
export const CLUSTERS_WORK_TABLES = ['simkit_pairs', 'simkit_candidates', 'simkit_edges'] as const;

/**
 * Runs the steps one by one, each committed on its own: DuckDB can spill a committed temporary
 * table to disk but holds an open transaction's rows in memory (the same steps in one
 * transaction ran out of a 50 MB limit on 500k documents). The work tables are temporary
 * (this session's only) and dropped before and after, by `tempSchema` ('temp' in DuckDB,
 * 'pg_temp' in PostgreSQL) so a user table of the same name is never touched. `run(sql,
 * params)` returns the statement's rows; the last statement's rows are returned.
 */
export async function runClusterSteps<Row>(
  run: (sql: string, params?: unknown[]) => Promise<Row[]>,
  minEqual: number,
  numPerm: number,
  tempSchema: 'temp' | 'pg_temp',
): Promise<Row[]> {
  const drop = async () => {
    for (const table of CLUSTERS_WORK_TABLES) await run(`DROP TABLE IF EXISTS ${tempSchema}.${table}`);
  };
  await drop(); // what a call that died half-way in this session left
  let rows: Row[] = [];
  try {
    for (const step of CLUSTERS_STEPS)
      rows = await run(step, stepTakesParameters(step) ? [minEqual, numPerm] : undefined);
  } catch (e) {
    await drop().catch(() => undefined); // the step's error is the one to report
    throw e;
  }
  await drop();
  return rows;
}

/**
 * The least number of equal slots k with k / numPerm ≥ minSimilarity, computed in the same
 * double arithmetic as LshIndex's estimate, so the SQL's integer test keeps exactly its pairs.
 */
export function minEqualSlots(minSimilarity: number, numPerm: number): number {
  for (let k = 0; k <= numPerm; ++k) if (k / numPerm >= minSimilarity) return k;
  return numPerm + 1; // minSimilarity > 1 cannot happen (validated); no pair qualifies
}
