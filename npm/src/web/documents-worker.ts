// Worker entry for pages that read documents (the demo): everything worker.ts does, plus
// readDocumentFiles, whose format libraries are imported on first use (a bundler splits them
// into chunks; Vite then needs worker.format 'es').

import { readDocumentFiles } from './documents-jobs.js';
import { JOBS, PROGRESS_AT } from './jobs.js';
import { hostWorker } from './worker-host.js';

hostWorker({ ...JOBS, readDocumentFiles }, PROGRESS_AT);
