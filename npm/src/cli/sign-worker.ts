// A worker thread that signs batches of texts for the CLI (dedup, sign, index build) so large
// inputs use every core. Each worker has its own wasm instance.
import { parentPort } from 'node:worker_threads';
import { init, MinHasher, type MinHashOptions } from '../index.node.js';

let hasher: MinHasher | null = null;
const ready = init();

parentPort!.on('message', async (m: { id: number; texts: string[]; options: MinHashOptions }) => {
  await ready;
  hasher ??= new MinHasher(m.options);
  const sigs = hasher.signBatch(m.texts);
  const buffer = sigs.length ? (sigs[0].buffer as ArrayBuffer) : new ArrayBuffer(0);
  parentPort!.postMessage({ id: m.id, buffer }, [buffer]);
});
