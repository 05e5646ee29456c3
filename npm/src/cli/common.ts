// Helpers shared by commands: reading inputs from flags, warnings, writing files.
import { encodingName } from '../documents/decode.js';
import { DEFAULT_MAX_BYTES, DOCUMENT_PATTERNS } from '../documents/index.js';
import { numberFlag, UsageError, type Parsed } from './args.js';
import { writeFileAtomic } from './atomic-write.js';
import { readDocuments, type Document, type InputOptions } from './inputs.js';
import { ReadTally } from './read-tally.js';

export let warnings = 0;

export function warn(message: string): void {
  ++warnings;
  process.stderr.write(`simkit: warning: ${message}\n`);
}

/** What this run read and could not read, for the summary line and the outputs' lists. */
export const tally = new ReadTally();

/** The --encoding flag, validated (a usage error names an unknown label). */
export function encodingFlag(flags: Parsed['flags']): string | undefined {
  const label = flags.encoding as string | undefined;
  if (label === undefined) return undefined;
  try {
    return encodingName(label, '--encoding');
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function inputOptions(flags: Parsed['flags']): InputOptions {
  return {
    include: (flags.include as string[] | undefined) ?? [...DOCUMENT_PATTERNS],
    exclude: (flags.exclude as string[] | undefined) ?? [],
    field: (flags.field as string | undefined) ?? 'text',
    idField: flags['id-field'] as string | undefined,
    strict: flags.strict === true,
    encoding: encodingFlag(flags),
    maxBytes: numberFlag(flags, 'max-bytes', DEFAULT_MAX_BYTES, 1, Number.MAX_SAFE_INTEGER, true),
    warn,
    onRead: (doc) => tally.read(doc),
    unread: (key, reason) => tally.unread(key, reason),
  };
}

/** The documents behind `paths`, streamed; a repeated key gets a numeric suffix so none is lost. */
export async function* uniqueDocuments(paths: string[], flags: Parsed['flags']): AsyncGenerator<Document> {
  const seen = new Map<string, number>();
  for await (const d of readDocuments(paths, inputOptions(flags))) {
    const n = seen.get(d.key) ?? 0;
    seen.set(d.key, n + 1);
    yield n === 0 ? d : { ...d, key: `${d.key}#${n + 1}` };
  }
}

/** All documents behind `paths` in memory (see uniqueDocuments). */
export async function collect(paths: string[], flags: Parsed['flags']): Promise<Document[]> {
  const docs: Document[] = [];
  for await (const d of uniqueDocuments(paths, flags)) docs.push(d);
  return docs;
}

/** Writes a whole output file crash-safely and says so on stderr. */
export async function writeOut(path: string, content: string): Promise<void> {
  await writeFileAtomic(path, content);
  process.stderr.write(`simkit: wrote ${path}\n`);
}
