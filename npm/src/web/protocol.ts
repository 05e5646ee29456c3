// Messages between SimkitWorker (the page) and the worker: requests carry an id; the worker
// answers with progress messages and then exactly one result or error for that id.

export interface CallRequest {
  id: number;
  /** A public simkit function (e.g. 'setSimilarity') or a job from jobs.ts (e.g. 'analyzeCollection'). */
  fn: string;
  args: unknown[];
}

export type WorkerMessage =
  | { id: number; type: 'progress'; done: number; total: number; stage: string }
  | { id: number; type: 'result'; value: unknown }
  | { id: number; type: 'error'; name: string; message: string; code?: string }
  | { id: 0; type: 'ready' };
