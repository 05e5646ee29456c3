// The body of simkit's worker scripts: loads simkit once, then runs requested functions and the
// jobs it is given off the UI thread, posting progress and transferring typed-array results.

import * as api from '../index.web.js';
import type { CallRequest, WorkerMessage } from './protocol.js';

/** A job takes the arguments the page sent, then a progress callback. */
// biome-ignore lint/suspicious/noExplicitAny: a job takes whatever arguments its page sends
type Job = (...args: any[]) => unknown;

function transferables(value: unknown, out: Transferable[] = [], depth = 0): Transferable[] {
  if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer && !out.includes(value.buffer))
    out.push(value.buffer);
  else if (value && typeof value === 'object' && depth < 3)
    for (const v of Object.values(value)) transferables(v, out, depth + 1);
  return out;
}

/**
 * Answers CallRequests in this worker with `jobs` (by name) and simkit's public functions. A job
 * named in `progressAt` gets the progress callback at that argument index; the others get no
 * callback (a trailing one would land in an optional argument the page left out).
 */
export function hostWorker(jobs: Record<string, Job>, progressAt: Readonly<Record<string, number>>): void {
  const scope = self as unknown as {
    postMessage(m: WorkerMessage, transfer?: Transferable[]): void;
    onmessage: ((e: MessageEvent<CallRequest>) => void) | null;
  };
  const ready = api.init();

  scope.onmessage = async (e) => {
    const { id, fn, args } = e.data;
    try {
      await ready;
      const progress = (done: number, total: number, stage: string) =>
        scope.postMessage({ id, type: 'progress', done, total, stage });
      let value: unknown;
      if (Object.hasOwn(jobs, fn)) {
        const at = Object.hasOwn(progressAt, fn) ? progressAt[fn] : -1;
        if (at >= 0 && args.length > at)
          throw new TypeError(`simkit worker: ${fn} takes at most ${at} arguments, got ${args.length}`);
        const full = at >= 0 ? [...args, ...new Array(at - args.length).fill(undefined), progress] : args;
        value = await jobs[fn](...full); // some jobs are async
      } else if (typeof (api as Record<string, unknown>)[fn] === 'function' && fn !== 'init' && !/^[A-Z]/.test(fn)) {
        value = (api as unknown as Record<string, (...a: unknown[]) => unknown>)[fn](...args);
      } else {
        throw new TypeError(`simkit worker: unknown function ${fn}`);
      }
      scope.postMessage({ id, type: 'result', value }, transferables(value));
    } catch (err) {
      const x = err as Error & { code?: string };
      scope.postMessage({
        id,
        type: 'error',
        name: x.name ?? 'Error',
        message: x.message ?? String(err),
        code: x.code,
      });
    }
  };
  ready.then(() => scope.postMessage({ id: 0, type: 'ready' }));
}
