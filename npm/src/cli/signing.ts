// Signing many documents for the CLI: in this thread for small inputs, across worker threads
// (one per core, at most 4) for large ones; results come back in input order per batch.
// signInOrder() is the streaming loop every command that signs a collection runs.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { MinHasher, type MinHashOptions } from '../index.node.js';
import type { Document } from './inputs.js';
import { Progress } from './progress.js';

export const BATCH = 2000;
const PARALLEL_FROM = 20_000;

export class Signer {
  readonly #options: MinHashOptions;
  readonly #local: MinHasher;
  #workers: Worker[] = [];
  #nextId = 0;
  readonly #pending = new Map<number, (sigs: Uint32Array) => void>();
  #turn = 0;

  /** A signer for the documents behind `paths`: JSONL files may hold millions, so use every core. */
  static forInputs(options: MinHashOptions, paths: string[]): Signer {
    return new Signer(options, paths.some((p) => p.endsWith('.jsonl')) ? 1e9 : 0);
  }

  constructor(options: MinHashOptions, expected: number) {
    this.#options = options;
    this.#local = new MinHasher(options);
    const threads = Math.min(4, availableParallelism());
    if (expected >= PARALLEL_FROM && threads > 1) {
      for (let i = 0; i < threads; ++i) {
        const w = new Worker(new URL('./sign-worker.js', import.meta.url));
        w.on('message', (m: { id: number; buffer: ArrayBuffer }) => {
          const done = this.#pending.get(m.id)!;
          this.#pending.delete(m.id);
          done(new Uint32Array(m.buffer));
        });
        this.#workers.push(w);
      }
    }
  }

  get numPerm(): number {
    return this.#local.numPerm;
  }

  get threads(): number {
    return Math.max(1, this.#workers.length);
  }

  /** Signs one batch: a flat Uint32Array of texts.length × numPerm slots. */
  sign(texts: string[]): Promise<Uint32Array> {
    if (this.#workers.length === 0) {
      const sigs = this.#local.signBatch(texts);
      return Promise.resolve(sigs.length ? new Uint32Array(sigs[0].buffer) : new Uint32Array(0));
    }
    const id = this.#nextId++;
    const worker = this.#workers[this.#turn++ % this.#workers.length];
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      worker.postMessage({ id, texts, options: this.#options });
    });
  }

  close(): void {
    for (const w of this.#workers) void w.terminate();
    this.#workers = [];
  }
}

/** Splits a flat signature buffer into per-document views. */
export function rows(flat: Uint32Array, numPerm: number): Uint32Array[] {
  return Array.from({ length: flat.length / numPerm }, (_, i) => flat.subarray(i * numPerm, (i + 1) * numPerm));
}

/**
 * Reads `docs` and signs them batch by batch on the signer's threads, handing each batch with its
 * signatures to `take` in input order, one batch at a time. At most two batches per thread are
 * in flight, so memory is bounded by batches, not by the input. Resolves to the documents read.
 */
export async function signInOrder(
  docs: AsyncIterable<Document>,
  signer: Signer,
  take: (batch: Document[], signatures: Uint32Array[]) => void | Promise<void>,
): Promise<number> {
  const progress = new Progress('signing', 0);
  let taken: Promise<void> = Promise.resolve();
  const inFlight: Promise<void>[] = [];
  let batch: Document[] = [];
  let read = 0;
  const flush = () => {
    const docs = batch;
    batch = [];
    const signed = signer.sign(docs.map((d) => d.text));
    signed.catch(() => undefined); // reported where the chain awaits it
    taken = taken.then(async () => take(docs, rows(await signed, signer.numPerm)));
    taken.catch(() => undefined); // reported by the await below or at the end
    inFlight.push(taken);
  };
  for await (const d of docs) {
    batch.push(d);
    ++read;
    if (batch.length === BATCH) {
      flush();
      if (inFlight.length >= signer.threads * 2) await inFlight.shift();
      progress.update(read);
    }
  }
  if (batch.length) flush();
  await taken;
  progress.done();
  return read;
}
