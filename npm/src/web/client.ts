// SimkitWorker: simkit in a Web Worker behind promises, so long jobs never block the page.
// Each call can report progress; cancel() stops everything in flight at once (the worker is
// replaced) and rejects the pending calls with an AbortError.

/**
 * `simkit/worker`: {@link SimkitWorker}, simkit in a Web Worker behind promises.
 * @module simkit/worker
 */

import type { Scorer } from '../distance.js';
import { SCORER_NAMES } from '../protocol.js';
import type { CallRequest, WorkerMessage } from './protocol.js';

/**
 * Every {@link Scorer} name the worker's `extract`, `bestMatch` and `similarity` accept (the main
 * entry's `SCORERS`, here without loading the rest of the package into the page).
 */
export const SCORERS: readonly Scorer[] = SCORER_NAMES;

/** Options of {@link SimkitWorker.call}. */
export interface CallOptions {
  /** Called as a job advances: `done` of `total` units of the named `stage` (jobs only; plain functions report nothing). */
  onProgress?: (done: number, total: number, stage: string) => void;
}

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
  onProgress?: CallOptions['onProgress'];
}

/**
 * @example
 * const sk = new SimkitWorker();
 * const r = await sk.call('setSimilarity', [a, b]);
 * const c = await sk.call('analyzeCollection', [texts, { threshold: 0.4 }], { onProgress: (d, t) => bar.value = d / t });
 */
export class SimkitWorker {
  #worker: Worker;
  #nextId = 1;
  readonly #pending = new Map<number, Pending>();
  readonly #url: URL | string | undefined;

  /**
   * @param url the worker script. Default: simkit's own (`simkit/worker-script`), which
   * bundlers (Vite, webpack, Parcel) find and bundle by themselves. Pass a URL to run your own
   * worker script that imports `simkit/worker-script` or serves a copy of it.
   */
  constructor(url?: URL | string) {
    if (url !== undefined && typeof url !== 'string' && !(url instanceof URL)) {
      throw new TypeError('simkit.SimkitWorker: url must be a URL or a string');
    }
    this.#url = url;
    this.#worker = this.#spawn();
  }

  #start(): Worker {
    // Written literally so bundlers see the worker and bundle it (their documented pattern).
    if (this.#url === undefined) return new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    return new Worker(this.#url, { type: 'module' });
  }

  #spawn(): Worker {
    const w = this.#start();
    w.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data;
      if (m.type === 'ready') return;
      const p = this.#pending.get(m.id);
      if (!p) return;
      if (m.type === 'progress') {
        p.onProgress?.(m.done, m.total, m.stage);
        return;
      }
      this.#pending.delete(m.id);
      if (m.type === 'result') p.resolve(m.value);
      else p.reject(Object.assign(new Error(m.message), { name: m.name, code: m.code }));
    };
    w.onerror = (e) => {
      // A script that failed to load reports no message: say which script, and the usual cause.
      const why =
        e.message ||
        `could not load the worker script ${this.#url === undefined ? '(simkit/worker-script)' : String(this.#url)}; if a bundler moved it, pass its URL to new SimkitWorker(url)`;
      const err = new Error(`simkit worker failed: ${why}`);
      for (const p of this.#pending.values()) p.reject(err);
      this.#pending.clear();
    };
    return w;
  }

  /** Runs a public simkit function or a job (analyzeCollection, compareTexts) in the worker. */
  call<T = unknown>(fn: string, args: unknown[], options: CallOptions = {}): Promise<T> {
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress: options.onProgress });
      const request: CallRequest = { id, fn, args };
      this.#worker.postMessage(request);
    });
  }

  /** Stops all work in flight now: pending calls reject with an AbortError; later calls work. */
  cancel(): void {
    this.#worker.terminate();
    const err = Object.assign(new Error('simkit: cancelled'), { name: 'AbortError' });
    for (const p of this.#pending.values()) p.reject(err);
    this.#pending.clear();
    this.#worker = this.#spawn();
  }

  /** Ends the worker. */
  terminate(): void {
    this.#worker.terminate();
    const err = Object.assign(new Error('simkit: worker terminated'), { name: 'AbortError' });
    for (const p of this.#pending.values()) p.reject(err);
    this.#pending.clear();
  }
}
