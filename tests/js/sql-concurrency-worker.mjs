// One of the processes of sql-concurrency.test.js: opens the shared PostgreSQL store, waits for
// "go" on stdin (so all of them write at once), then inserts its share of the corpus plus the
// documents every worker inserts, querying as it goes. Every answer is checked against the
// in-memory LshIndex of the whole corpus: only documents of the corpus, with its similarities,
// best first, and every document this worker has written is there when it should be.
import { createInterface } from 'node:readline';
import { init, LshIndex, MinHasher } from 'simkit';
import { openLshStore } from 'simkit/sql';
import { corpus, STORE_OPTIONS } from './sql-corpus.mjs';

const [url, workerArg, workersArg, sizeArg] = process.argv.slice(2);
const worker = Number(workerArg);
const workers = Number(workersArg);
const { keys, texts } = corpus(Number(sizeArg));
const SHARED = 40; // doc0..doc39: written by every worker, so keys collide across processes

await init();
const store = await openLshStore(url, STORE_OPTIONS);
const sigs = new MinHasher(store.minhash).signBatch(texts);
const full = new LshIndex({ threshold: STORE_OPTIONS.threshold, numPerm: STORE_OPTIONS.minhash.numPerm });
full.insertMany(keys, sigs);
const expected = sigs.map((s) => new Map(full.query(s).map((m) => [m.key, m.similarity])));

process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
await new Promise((resolve, reject) => {
  lines.once('line', resolve);
  lines.once('close', () => reject(new Error('the test process went away before "go"')));
});
lines.close(); // stdin would keep the process alive

const mine = keys.map((_, i) => i).filter((i) => i >= SHARED && i % workers === worker);
const shared = keys.map((_, i) => i).filter((i) => i < SHARED);
// Each worker writes the shared documents in its own order, mixed into its batches.
if (worker % 2 === 1) shared.reverse();
const order = [];
while (mine.length || shared.length) order.push(...mine.splice(0, 15), ...shared.splice(0, 5));
const written = new Set();
let queries = 0;
for (let start = 0; start < order.length; start += 20) {
  const batch = order.slice(start, start + 20);
  await store.insertMany(
    batch.map((i) => keys[i]),
    batch.map((i) => sigs[i]),
  );
  for (const i of batch) written.add(i);
  for (const i of batch) {
    const got = await store.query(sigs[i]);
    ++queries;
    const want = expected[i];
    for (let j = 0; j < got.length; ++j) {
      const { key, similarity } = got[j];
      if (want.get(key) !== similarity)
        throw new Error(`query ${keys[i]}: ${key} ${similarity} is not in the in-memory answer`);
      if (j > 0 && got[j - 1].similarity < similarity) throw new Error(`query ${keys[i]}: not best first`);
    }
    const present = new Set(got.map((m) => m.key));
    for (const key of want.keys()) {
      if (written.has(keys.indexOf(key)) && !present.has(key))
        throw new Error(`query ${keys[i]}: ${key}, written by this worker, is missing`);
    }
  }
}
full.dispose();
await store.close();
process.stdout.write(`${JSON.stringify({ worker, written: written.size, queries })}\n`);
