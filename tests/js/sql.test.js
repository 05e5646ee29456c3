// simkit/sql on real databases: DuckDB (npm) on a file and PostgreSQL (Debian's server, started
// here on a private port). The same documents and operations give the same query answers and
// clusters as the in-memory LshIndex; stores made with other parameters or another format
// version are refused; a missing driver is named.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { init, LshIndex, MinHasher, SimkitError } from 'simkit';
import { CLUSTERS_SQL, CLUSTERS_STEPS, openLshStore, STORE_FORMAT_VERSION } from 'simkit/sql';
import { loadDriver } from '../../npm/dist/sql/backend.js';
import { corpus, STORE_OPTIONS } from './sql-corpus.mjs';
import { startPostgres } from './postgres-server.mjs';

await init();
const dir = mkdtempSync(join(tmpdir(), 'simkit-sql-'));
let pg;
before(async () => {
  pg = await startPostgres();
});
after(() => {
  pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

let databases = 0;
const locations = {
  duckdb: async () => `duckdb:${join(dir, `store${++databases}.duckdb`)}`,
  postgres: async () => pg.createDatabase(`store${++databases}`),
};

/** Applies the same inserts, replacements and removals to the store and the index. */
async function fill(store, index, keys, sigs) {
  for (let i = 0; i < keys.length; i += 50) {
    await store.insertMany(keys.slice(i, i + 50), sigs.slice(i, i + 50));
    index.insertMany(keys.slice(i, i + 50), sigs.slice(i, i + 50));
  }
  // Replacements (doc1 twice in one batch: the last signature wins), removals, a re-insert.
  const again = ['doc1', 'doc9', 'doc1', 'doc13'];
  const other = [sigs[20], sigs[21], sigs[22], sigs[13]];
  await store.insertMany(again, other);
  index.insertMany(again, other);
  for (const k of ['doc3', 'doc8', 'nope']) assert.equal(await store.remove(k), index.remove(k));
  await store.insert('doc3', sigs[3]);
  index.insert('doc3', sigs[3]);
}

for (const backend of ['duckdb', 'postgres']) {
  test(`${backend}: queries and clusters equal the in-memory LshIndex`, async () => {
    const { keys, texts } = corpus(240);
    const store = await openLshStore(await locations[backend](), STORE_OPTIONS);
    const index = new LshIndex({ threshold: STORE_OPTIONS.threshold, numPerm: STORE_OPTIONS.minhash.numPerm });
    try {
      assert.deepEqual(store.params, index.params);
      const sigs = new MinHasher(store.minhash).signBatch(texts);
      await fill(store, index, keys, sigs);
      assert.equal(await store.size(), index.size);
      assert.equal(await store.has('doc3'), true);
      assert.equal(await store.has('doc8'), false);
      let hits = 0;
      for (let i = 0; i < sigs.length; ++i) {
        const want = index.query(sigs[i]);
        assert.deepEqual(await store.query(sigs[i]), want, `query ${keys[i]}`);
        assert.deepEqual(await store.query(sigs[i], { exclude: keys[i] }), index.query(sigs[i], { exclude: keys[i] }));
        assert.deepEqual(
          await store.query(sigs[i], { threshold: 0.3, limit: 3 }),
          index.query(sigs[i], { threshold: 0.3, limit: 3 }),
        );
        hits += want.length;
      }
      assert.ok(hits > sigs.length, 'the corpus has near-duplicates to find');
      for (const threshold of [undefined, 0.5, 0.9, 0]) {
        const o = threshold === undefined ? undefined : { threshold };
        const want = index.duplicates(o);
        assert.ok(want.length > 10);
        assert.deepEqual(await store.duplicates(o), want, `duplicates at ${threshold}`);
      }
      // Empty documents are similar to nothing, except at threshold 0 (as in LshIndex).
      assert.ok(index.duplicates({ threshold: 0 }).some((c) => c.includes('doc5') && c.includes('doc6')));
    } finally {
      index.dispose();
      await store.close();
    }
  });

  test(`${backend}: a store made with other parameters or format is refused; reopened without options it keeps its own`, async () => {
    const location = await locations[backend]();
    const made = await openLshStore(location, STORE_OPTIONS);
    const sig = new MinHasher(made.minhash).sign('one two three four five');
    await made.insert('a', sig);
    await made.close();
    const { minhash } = STORE_OPTIONS;
    const refused = [
      [{ ...STORE_OPTIONS, threshold: 0.8 }, /other parameters \(.*threshold 0.7, not 0.8/],
      [{ ...STORE_OPTIONS, bands: 4, rows: 16 }, /bands \d+, not 4; rows \d+, not 16/],
      [{ ...STORE_OPTIONS, minhash: { ...minhash, numPerm: 128 } }, /numPerm 64, not 128/],
      [{ ...STORE_OPTIONS, minhash: { ...minhash, seed: 8 } }, /seed 7, not 8/],
      [{ ...STORE_OPTIONS, minhash: { ...minhash, scheme: 'classic' } }, /scheme oph, not classic/],
      [{ ...STORE_OPTIONS, minhash: { ...minhash, analyzer: 'char' } }, /analyzer word, not char; ngramSize 3, not 5/],
      [{ ...STORE_OPTIONS, minhash: { ...minhash, normalize: { caseFold: false } } }, /normalizeFlags/],
    ];
    for (const [options, message] of refused) {
      await assert.rejects(
        openLshStore(location, options),
        (e) =>
          e instanceof RangeError &&
          /simkit\.openLshStore: the store was made with other parameters/.test(e.message) &&
          message.test(e.message),
      );
    }
    const reopened = await openLshStore(location);
    try {
      assert.deepEqual(reopened.params, made.params);
      assert.deepEqual(reopened.minhash, made.minhash);
      assert.deepEqual(new MinHasher(reopened.minhash).sign('one two three four five'), sig);
      assert.deepEqual(await reopened.query(sig), [{ key: 'a', similarity: 1 }]);
    } finally {
      await reopened.close();
    }
    await setFormat(backend, location, String(STORE_FORMAT_VERSION + 1));
    await assert.rejects(
      openLshStore(location),
      (e) =>
        e instanceof SimkitError &&
        e.code === 'UNSUPPORTED_VERSION' &&
        /format version 2; this simkit reads version 1/.test(e.message),
    );
  });
}

/** Rewrites the store's format row with the driver itself, as a future simkit would. */
async function setFormat(backend, location, version) {
  if (backend === 'duckdb') {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(location.slice('duckdb:'.length));
    const c = await db.connect();
    await c.run(`UPDATE simkit_meta SET value = '${version}' WHERE name = 'format'`);
    c.closeSync();
    db.closeSync();
  } else {
    const { default: pgDriver } = await import('pg');
    const c = new pgDriver.Client({ connectionString: location });
    await c.connect();
    await c.query(`UPDATE simkit_meta SET value = $1 WHERE name = 'format'`, [version]);
    await c.end();
  }
}

test('a DuckDB store under a small memory limit gives the in-memory clusters', async () => {
  const { keys, texts } = corpus(240);
  const store = await openLshStore(`duckdb:${join(dir, 'small.duckdb')}`, STORE_OPTIONS, { memoryLimit: '24MB' });
  const index = new LshIndex({ threshold: STORE_OPTIONS.threshold, numPerm: STORE_OPTIONS.minhash.numPerm });
  try {
    const sigs = new MinHasher(store.minhash).signBatch(texts);
    await fill(store, index, keys, sigs);
    for (const threshold of [0.5, 0])
      assert.deepEqual(await store.duplicates({ threshold }), index.duplicates({ threshold }));
    // Twice in one session: the work tables of the first call are gone, not in the way.
    assert.deepEqual(await store.duplicates(), index.duplicates());
  } finally {
    index.dispose();
    await store.close();
  }
});

test('bad locations, options and arguments name the parameter; a missing driver names its package', async () => {
  await assert.rejects(openLshStore('sqlite:x.db'), /openLshStore: location must start with duckdb: or postgres:\/\//);
  await assert.rejects(openLshStore('duckdb:'), /location duckdb: needs a file path/);
  await assert.rejects(openLshStore(42), /openLshStore: location must be a string/);
  await assert.rejects(openLshStore(`duckdb:${join(dir, 'bad.duckdb')}`, { thresold: 0.7 }), /unknown option thresold/);
  const file = `duckdb:${join(dir, 'limit.duckdb')}`;
  await assert.rejects(
    openLshStore(file, STORE_OPTIONS, { memoryLimit: 'lots' }),
    /connection.memoryLimit must be a size/,
  );
  await assert.rejects(
    openLshStore(file, STORE_OPTIONS, { memoryLimit: 512 }),
    /connection.memoryLimit must be a string/,
  );
  await assert.rejects(
    openLshStore(file, STORE_OPTIONS, { memory: '1GB' }),
    /unknown option connection.memory \(known: memoryLimit\)/,
  );
  await assert.rejects(
    openLshStore('postgres://localhost:1/x', STORE_OPTIONS, { memoryLimit: '1GB' }),
    /memoryLimit applies to DuckDB stores only/,
  );
  await assert.rejects(
    loadDriver('simkit-no-such-driver', 'the test store'),
    /the test store needs the package simkit-no-such-driver, which is not installed: npm install simkit-no-such-driver/,
  );
  const store = await openLshStore(`duckdb:${join(dir, 'args.duckdb')}`, STORE_OPTIONS);
  try {
    assert.throws(
      () => store.insertMany(['a'], [new Uint32Array(8)]),
      /LshStore.insertMany: signatures\[0\] must have 64 slots \(numPerm\), got 8/,
    );
    assert.throws(
      () => store.insertMany(['a', 'b'], [new Uint32Array(64)]),
      /keys and signatures must have the same length/,
    );
    assert.throws(() => store.query(new Uint32Array(64), { limit: 0 }), /LshStore.query: limit/);
    assert.throws(() => store.duplicates({ threshold: 2 }), /LshStore.duplicates: threshold/);
  } finally {
    await store.close();
  }
  await assert.rejects(store.size(), /LshStore.size: the store is closed/);
});

test('the clusters SQL is one script of the steps, with the tables and parameters it documents', () => {
  assert.equal(CLUSTERS_SQL, `${CLUSTERS_STEPS.join(';\n\n')};`);
  assert.deepEqual(
    CLUSTERS_STEPS.filter((s) => s.includes('$1')).length,
    1,
    'one statement takes the parameters: the others run without any',
  );
  for (const part of [
    'simkit_bands x',
    'simkit_candidates da',
    'HAVING count(*) >= $1',
    'CAST($2 AS INTEGER)',
    'WITH RECURSIVE',
  ])
    assert.ok(CLUSTERS_SQL.includes(part), part);
});
