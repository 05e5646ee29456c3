// The job that reads files for a worker's page: simkit/documents over a list of files, each on its
// own. Apart from jobs.ts so that worker.ts (and bundles of it) never reach the format libraries.

import { readDocument, useFormatModules, type FormatModule, type ReadDocument } from '../documents/index.js';
import type { ProgressFn } from './jobs.js';

/** A file as the page has it: its name and its bytes. */
export interface DocumentFile {
  name: string;
  bytes: Uint8Array;
}

/** A file read (its text, format, encoding …) or not (why, with the reader's error code). */
export type DocumentFileResult = (ReadDocument & { name: string }) | { name: string; error: string; code: string };

/**
 * Reads files of any format simkit/documents knows, each on its own: one that cannot be read is
 * an error entry, never a missing one. `modules` tells a worker where the format libraries are.
 */
export async function readDocumentFiles(
  files: DocumentFile[],
  options: { encoding?: string; modules?: Partial<Record<FormatModule, string>> } = {},
  progress: ProgressFn = () => {},
): Promise<DocumentFileResult[]> {
  if (!Array.isArray(files)) throw new TypeError('readDocumentFiles: files must be an array of { name, bytes }');
  if (options.modules) useFormatModules(options.modules);
  const out: DocumentFileResult[] = [];
  for (const [i, f] of files.entries()) {
    try {
      out.push({ name: f.name, ...(await readDocument(f.bytes, f.name, { encoding: options.encoding })) });
    } catch (e) {
      const err = e as Error & { code?: string };
      if (!err.code) throw e; // a bug or a bad argument, not a bad file
      out.push({ name: f.name, error: err.message, code: err.code });
    }
    progress(i + 1, files.length, 'reading documents');
  }
  return out;
}
