// Worker entry: simkit's functions and the jobs of jobs.ts off the UI thread (see worker-host.ts).
// It imports no format library, so bundling it never splits the worker into chunks.

import { JOBS, PROGRESS_AT } from './jobs.js';
import { hostWorker } from './worker-host.js';

hostWorker(JOBS, PROGRESS_AT);
