// Several processes share one PostgreSQL store at once (issue: one index for a fleet): four
// workers insert overlapping documents and query concurrently, each answer checked against
// the in-memory LshIndex (sql-concurrency-worker.mjs); afterwards the store holds every
// document once, with its band rows once, and answers exactly as the in-memory index.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { init, LshIndex, MinHasher } from 'simkit';
import { openLshStore } from 'simkit/sql';
import { corpus, STORE_OPTIONS } from './sql-corpus.mjs';
import { startPostgres } from './postgres-server.mjs';

await init();
const WORKERS = 4;
const SIZE = 400;
let pg;
const children = [];
after(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill();
  pg?.stop();
});

function startWorker(url, worker) {
  const child = spawn(
    process.execPath,
    [
      new URL('./sql-concurrency-worker.mjs', import.meta.url).pathname,
      url,
      String(worker),
      String(WORKERS),
      String(SIZE),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  children.push(child);
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    err += d;
  });
  const ready = new Promise((resolve, reject) => {
    child.stdout.on('data', () => {
      if (out.startsWith('ready\n')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker ${worker} exited (${code}) before it was ready: ${err}`)));
  });
  const done = new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.split('\n')[1]))
        : reject(new Error(`worker ${worker} failed (${code}): ${err}`)),
    );
  });
  done.catch(() => undefined);
  ready.catch(() => undefined);
  return { child, ready, done };
}

function byScoreThenKey(matches) {
  return [...matches].sort((a, b) => b.similarity - a.similarity || (a.key < b.key ? -1 : 1));
}

function canonical(clusters) {
  return clusters.map((c) => [...c].sort()).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

test(`${WORKERS} processes insert and query one PostgreSQL store at once: no lost or duplicated rows, answers equal the in-memory index`, {
  timeout: 120_000,
}, async () => {
  pg = await startPostgres();
  const url = await pg.createDatabase('shared');
  const workers = Array.from({ length: WORKERS }, (_, w) => startWorker(url, w));
  try {
    await Promise.all(workers.map((w) => w.ready));
    for (const w of workers) w.child.stdin.write('go\n');
    const reports = await Promise.all(workers.map((w) => w.done));
    assert.equal(
      reports.reduce((n, r) => n + r.queries, 0),
      reports.reduce((n, r) => n + r.written, 0),
    );
    assert.ok(reports.every((r) => r.written >= (SIZE - 40) / WORKERS));
  } finally {
    for (const w of workers) if (w.child.exitCode === null) w.child.kill();
  }

  const { keys, texts } = corpus(SIZE);
  const store = await openLshStore(url);
  const index = new LshIndex({ threshold: STORE_OPTIONS.threshold, numPerm: STORE_OPTIONS.minhash.numPerm });
  const { default: pgDriver } = await import('pg');
  const client = new pgDriver.Client({ connectionString: url });
  await client.connect();
  try {
    const sigs = new MinHasher(store.minhash).signBatch(texts);
    index.insertMany(keys, sigs);
    assert.equal(await store.size(), SIZE);
    const {
      rows: [counts],
    } = await client.query(
      'SELECT (SELECT count(DISTINCT doc_key) FROM simkit_docs) AS keys, (SELECT count(*) FROM simkit_bands) AS bands, (SELECT count(DISTINCT (band, band_key, doc_id)) FROM simkit_bands) AS distinct_bands',
    );
    assert.deepEqual(counts, {
      keys: String(SIZE),
      bands: String(SIZE * store.params.bands),
      distinct_bands: String(SIZE * store.params.bands),
    });
    for (const s of sigs) assert.deepEqual(byScoreThenKey(await store.query(s)), byScoreThenKey(index.query(s)));
    assert.deepEqual(canonical(await store.duplicates()), canonical(index.duplicates()));
  } finally {
    await client.end();
    index.dispose();
    await store.close();
  }
});
