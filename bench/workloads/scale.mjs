// Scale: 1,000,000 short documents (~200 bytes) signed and deduplicated in one Node process
// with dedup(); prints the time, the peak RSS and the wasm heap. Also the dedup job of the CLI
// issue (100k documents of ~500 bytes) next to the same job with the npm minhash package
// (measured on 5,000 documents and scaled linearly: it is O(n) per document and far slower).
// Then beyond one process: `simkit dedup --store duckdb:` over SIMKIT_SCALE_DOCS (default 10M)
// generated documents of ~500 bytes (documents/s, peak RSS, bytes on disk per document; the
// clusters of a 200k prefix checked against the in-memory index), and simkit/sql on PostgreSQL
// with 1, 4 and 8 concurrent clients (inserts/s, queries/s). Takes many minutes at 10M.
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { dedup, init, MinHasher } from 'simkit';
import { outDir, root, table } from '../lib.mjs';
import { englishDocuments } from './minhash.mjs';
import { reviseWords, rng } from '../fixtures/corpus.mjs';
import { heapBytes } from '../../tests/js/helpers.mjs';
import { startPostgres } from '../../tests/js/postgres-server.mjs';

const peer = createRequire(import.meta.url)('minhash');

// A corpus of any size, generated document by document (never all in memory) and the same on
// every machine: document i is drawn from a generator seeded with i, from a fixed vocabulary of
// made-up words; every 20th document is a light revision (2% of words) of an earlier one, so
// the clusters are known to exist and any prefix of the corpus is a corpus of its own.
const SYLLABLES = 'ka to ri me su na lo ve pi ra de mo ti lu sa ne ko ba gi fu ze ho ju wa'.split(' ');
const vocabulary = (() => {
  const random = rng(20_240_601);
  return Array.from({ length: 30_000 }, () => {
    let w = '';
    for (let k = 1 + Math.floor(random() * 4); k > 0; --k) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return w;
  });
})();
const REVISED_EVERY = 20;

function original(i, size) {
  const random = rng(Math.imul(i, 0x9e3779b1) ^ 0x5bd1e995);
  let d = vocabulary[Math.floor(random() * vocabulary.length)];
  while (d.length < size) d += ` ${vocabulary[Math.floor(random() * vocabulary.length)]}`;
  return d;
}

/** Document i of the generated corpus (about `size` characters). */
export function scaleDocument(i, size = 500) {
  if (i % REVISED_EVERY !== REVISED_EVERY - 1) return original(i, size);
  const random = rng(Math.imul(i, 0x85ebca6b) ^ 0x27d4eb2f);
  let source = Math.floor(random() * i);
  if (source % REVISED_EVERY === REVISED_EVERY - 1) --source;
  return reviseWords(original(source, size), 0.02, random, vocabulary);
}

/** Writes documents 0..count-1 as JSONL ({"id", "text"}) to `path`, streamed. */
export async function writeScaleCorpus(path, count, { size = 500 } = {}) {
  const out = createWriteStream(`${path}.part`);
  let chunk = '';
  for (let i = 0; i < count; ++i) {
    chunk += `${JSON.stringify({ id: `d${i}`, text: scaleDocument(i, size) })}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  renameSync(`${path}.part`, path); // a killed run leaves no truncated corpus to reuse
}

/** bench/out/scale-N.jsonl, generated on first use (5 GB at 10M documents). */
async function corpusFile(count) {
  const path = join(outDir, `scale-${count}.jsonl`);
  if (!existsSync(path)) await writeScaleCorpus(path, count);
  return path;
}

const cli = join(root, 'npm', 'dist', 'cli', 'main.js');

/** One `simkit dedup` process: its JSON result, wall time and peak RSS (its own summary line). */
function dedupRun(args) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [cli, 'dedup', ...args, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error(`simkit dedup ${args.join(' ')} failed: ${r.stderr}`);
  return {
    result: JSON.parse(r.stdout),
    secs: (performance.now() - started) / 1000,
    rssMB: Number(/peak RSS (\d+) MB/.exec(r.stderr)?.[1]),
  };
}

function bytesOnDisk(prefix) {
  const dir = join(prefix, '..');
  const name = prefix.slice(dir.length + 1);
  return readdirSync(dir)
    .filter((f) => f.startsWith(name))
    .reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

async function duckdbRows(count) {
  const rows = [];
  const subset = await corpusFile(200_000);
  const inMemory = dedupRun([subset]);
  const db = join(outDir, 'scale-subset.duckdb');
  rmSync(db, { force: true });
  const stored = dedupRun([subset, '--store', `duckdb:${db}`]);
  rmSync(db, { force: true });
  const same = JSON.stringify(stored.result.clusters) === JSON.stringify(inMemory.result.clusters);
  rows.push([
    '200k prefix: --store duckdb vs in memory',
    `${stored.secs.toFixed(0)} s vs ${inMemory.secs.toFixed(0)} s`,
    `${stored.result.clusters.length} clusters, ${same ? 'identical to' : 'DIFFERENT FROM'} the in-memory index's`,
  ]);
  const file = await corpusFile(count);
  const big = join(outDir, `scale-${count}.duckdb`);
  rmSync(big, { force: true });
  const r = dedupRun([file, '--store', `duckdb:${big}`]);
  rows.push([
    `${count.toLocaleString('en')} docs × ~500 B, dedup --store duckdb`,
    `${(r.secs / 60).toFixed(1)} min`,
    `${(count / r.secs).toFixed(0)} docs/s; ${r.result.clusters.length} clusters; peak RSS ${r.rssMB} MB;` +
      ` ${(bytesOnDisk(big) / count).toFixed(0)} B/doc on disk`,
  ]);
  rmSync(big, { force: true });
  return rows;
}

// simkit/sql on PostgreSQL: each client is a worker thread with its own connection and wasm
// instance. Signatures are made before the clock starts; inserts are batches of 500 keys, one
// transaction each; queries look up documents that are stored.
const PG_DOCS = 40_000;
const PG_QUERIES = 4000;
const STORE = { threshold: 0.8, minhash: { numPerm: 128, scheme: 'oph' } };

async function pgClient({ url, from, to, queries }) {
  await init();
  const { openLshStore } = await import('simkit/sql');
  const mh = new MinHasher(STORE.minhash);
  const keys = [];
  const texts = [];
  for (let i = from; i < to; ++i) {
    keys.push(`d${i}`);
    texts.push(scaleDocument(i));
  }
  const sigs = mh.signBatch(texts);
  const store = await openLshStore(url, STORE);
  const phase = async (name, work) => {
    parentPort.postMessage(name);
    await new Promise((go) => parentPort.once('message', go));
    await work();
  };
  await phase('ready to insert', async () => {
    for (let i = 0; i < keys.length; i += 500) await store.insertMany(keys.slice(i, i + 500), sigs.slice(i, i + 500));
  });
  await phase('ready to query', async () => {
    for (let q = 0; q < queries; ++q) await store.query(sigs[(q * 7919) % sigs.length]);
  });
  await store.close();
  parentPort.postMessage('done');
}

if (!isMainThread && workerData?.role === 'pg-client') await pgClient(workerData);

async function pgRows() {
  const pg = await startPostgres();
  const rows = [];
  try {
    for (const clients of [1, 4, 8]) {
      const url = await pg.createDatabase(`clients${clients}`);
      const share = PG_DOCS / clients;
      const workers = Array.from(
        { length: clients },
        (_, c) =>
          new Worker(new URL(import.meta.url), {
            workerData: { role: 'pg-client', url, from: c * share, to: (c + 1) * share, queries: PG_QUERIES / clients },
          }),
      );
      const all = (message) =>
        Promise.all(
          workers.map(
            (w) =>
              new Promise((done, fail) => {
                w.once('error', fail);
                w.once('message', (m) => (m === message ? done() : fail(new Error(`pg client: ${m}`))));
              }),
          ),
        );
      const timed = async (next) => {
        const started = performance.now();
        for (const w of workers) w.postMessage('go');
        await all(next);
        return (performance.now() - started) / 1000;
      };
      await all('ready to insert');
      const insertSecs = await timed('ready to query');
      const querySecs = await timed('done');
      rows.push([
        `PostgreSQL, ${clients} client${clients > 1 ? 's' : ''}`,
        `${(PG_DOCS / insertSecs).toFixed(0)} inserts/s`,
        `${(PG_QUERIES / querySecs).toFixed(0)} queries/s`,
      ]);
    }
  } finally {
    pg.stop();
  }
  return rows;
}

function peerDedup(docs, threshold) {
  const index = new peer.LshIndex({ bandSize: 4 });
  const sigs = docs.map((d, i) => {
    const m = new peer.Minhash({ numPerm: 128 });
    const words = d.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    for (let j = 0; j + 3 <= words.length; ++j) m.update(`${words[j]} ${words[j + 1]} ${words[j + 2]}`);
    index.insert(String(i), m);
    return m;
  });
  let dups = 0;
  sigs.forEach((m, i) => {
    if (index.query(m).some((k) => Number(k) < i && sigs[Number(k)].jaccard(m) >= threshold)) ++dups;
  });
  return dups;
}

export async function run() {
  const rows = [];
  const { docs: mid } = englishDocuments(100_000, 500, 5000, 3);
  let t = performance.now();
  const r100k = dedup(mid, { threshold: 0.8 });
  const simkit100k = performance.now() - t;
  t = performance.now();
  peerDedup(mid.slice(0, 5000), 0.8);
  const peer5k = performance.now() - t;
  rows.push([
    '100k docs × ~500 B, simkit dedup()',
    `${(simkit100k / 1000).toFixed(1)} s`,
    `${r100k.clusters.length} clusters`,
  ]);
  rows.push([
    'same job, npm minhash (5k measured, ×20)',
    `${((peer5k * 20) / 1000).toFixed(0)} s`,
    `${((peer5k * 20) / simkit100k).toFixed(0)}x slower`,
  ]);
  const { docs } = englishDocuments(1_000_000, 200, 20_000, 4);
  t = performance.now();
  const r = dedup(docs, { threshold: 0.8 });
  const secs = (performance.now() - t) / 1000;
  rows.push([
    '1M docs × ~200 B, simkit dedup()',
    `${secs.toFixed(1)} s`,
    `${r.clusters.length} clusters; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; wasm heap ${(heapBytes() / 2 ** 20).toFixed(0)} MB`,
  ]);
  table('Dedup at scale (one Node process, one thread)', ['job', 'time', 'result'], rows);
  await beyondOneProcess();
}

/** The store rows alone: node bench/workloads/scale.mjs (what `npm run bench scale` ends with). */
async function beyondOneProcess() {
  const count = Number(process.env.SIMKIT_SCALE_DOCS ?? 10_000_000);
  table(
    'Beyond one process: the DuckDB store (one file on disk, all cores signing)',
    ['job', 'time', 'result'],
    await duckdbRows(count),
  );
  table(
    `simkit/sql on PostgreSQL (local server, fsync off; ${PG_DOCS} documents of ~500 B, ${PG_QUERIES} queries)`,
    ['clients', 'inserts', 'queries'],
    await pgRows(),
  );
  console.log(
    "datasketch's MinHashLSH on Redis is not compared: datasketch is not packaged by Debian (no python3-datasketch).",
  );
}

if (isMainThread && process.argv[1] === new URL(import.meta.url).pathname) {
  await init();
  await beyondOneProcess();
}
