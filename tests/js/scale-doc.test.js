// docs/SCALE.md's band-join + connected-components SQL is the text LshStore.duplicates() runs,
// and that text, taken from the document and run statement by statement with the plain drivers
// on DuckDB and PostgreSQL tables filled by simkit/sql, gives the in-memory LshIndex's clusters.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { init, LshIndex, MinHasher } from 'simkit';
import { CLUSTERS_SQL, CLUSTERS_STEPS, openLshStore } from 'simkit/sql';
import { corpus, STORE_OPTIONS } from './sql-corpus.mjs';
import { startPostgres } from './postgres-server.mjs';

await init();
const doc = readFileSync(new URL('../../docs/SCALE.md', import.meta.url), 'utf8');
const blocks = [...doc.matchAll(/```sql\n([\s\S]*?)\n```/g)].map((m) => m[1]);
/** The statements of the document's script, as a user would split it (at each `;` ending a line). */
const statements = (blocks[0] ?? '')
  .split(/;\n/)
  .map((t) => t.replace(/;$/, '').trim())
  .filter((t) => t !== '');
const takesParameters = (sql) => sql.includes('$1');
const dir = mkdtempSync(join(tmpdir(), 'simkit-scale-'));
let pg;
before(async () => {
  pg = await startPostgres();
});
after(() => {
  pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Rows (cluster, doc_key) → clusters of keys, as LshIndex.duplicates() lists them. */
function group(rows) {
  const out = new Map();
  for (const r of rows) {
    const c = String(r.cluster);
    if (!out.has(c)) out.set(c, []);
    out.get(c).push(String(r.doc_key));
  }
  return [...out.values()];
}

async function filledStore(location) {
  const { keys, texts } = corpus(200);
  const store = await openLshStore(location, STORE_OPTIONS);
  const sigs = new MinHasher(store.minhash).signBatch(texts);
  await store.insertMany(keys, sigs);
  const { params } = store;
  await store.close();
  const index = new LshIndex({ threshold: STORE_OPTIONS.threshold, numPerm: STORE_OPTIONS.minhash.numPerm });
  index.insertMany(keys, sigs);
  return { index, numPerm: params.numPerm };
}

// threshold → the SQL's $1 (least equal slots), from the document's definition.
const cases = [
  [0.7, 45],
  [0.5, 32],
  [0.95, 61],
];

test('docs/SCALE.md quotes the clusters SQL simkit runs, verbatim', () => {
  assert.equal(blocks.length, 1, 'one plain sql block: the clusters query');
  assert.equal(blocks[0], CLUSTERS_SQL);
  assert.deepEqual(statements, CLUSTERS_STEPS);
  for (const [min, k] of cases) assert.ok(k / 64 >= min && (k - 1) / 64 < min, `${k} slots of 64 for ${min}`);
});

test('the SQL of docs/SCALE.md, run by the DuckDB driver, gives the in-memory clusters', async () => {
  const file = join(dir, 'scale.duckdb');
  const { index, numPerm } = await filledStore(`duckdb:${file}`);
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(file);
  const c = await db.connect();
  try {
    for (const [threshold, k] of cases) {
      let rows = [];
      for (const sql of statements)
        rows = (await c.runAndReadAll(sql, takesParameters(sql) ? [k, numPerm] : undefined)).getRowObjects();
      for (const table of ['simkit_pairs', 'simkit_candidates', 'simkit_edges']) await c.run(`DROP TABLE ${table}`);
      const want = index.duplicates({ threshold });
      assert.ok(want.length > 5);
      assert.deepEqual(group(rows), want, `threshold ${threshold}`);
    }
  } finally {
    c.closeSync();
    db.closeSync();
    index.dispose();
  }
});

test('the SQL of docs/SCALE.md, run by the pg driver, gives the in-memory clusters', async () => {
  const url = await pg.createDatabase('scale');
  const { index, numPerm } = await filledStore(url);
  const { default: pgDriver } = await import('pg');
  const c = new pgDriver.Client({ connectionString: url });
  await c.connect();
  try {
    for (const [threshold, k] of cases) {
      let rows = [];
      for (const sql of statements) rows = (await c.query(sql, takesParameters(sql) ? [k, numPerm] : undefined)).rows;
      for (const table of ['simkit_pairs', 'simkit_candidates', 'simkit_edges']) await c.query(`DROP TABLE ${table}`);
      assert.deepEqual(group(rows), index.duplicates({ threshold }), `threshold ${threshold}`);
    }
  } finally {
    await c.end();
    index.dispose();
  }
});
