// Reading documents for the CLI: files and directories (recursively, with glob filters) through
// the document reader (any encoding, HTML, .docx, .odt, PDF), and JSONL (streamed line by line,
// strict UTF-8, with a configurable text field). Bad inputs are reported with the file (and
// line) and skipped, unless --strict.

import { createReadStream } from 'node:fs';
import type { Stats } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import {
  checkSize,
  DEFAULT_MAX_BYTES,
  DocumentError,
  readDocument,
  type DocumentFormat,
  type ReadDocument,
} from '../documents/index.js';

export interface Document {
  /** A stable key: the file path (relative to the directory given) or `file:line` / the id field. */
  key: string;
  text: string;
  /** The original JSONL line, for inputs that came from JSONL (to write them back unchanged). */
  raw?: string;
  /** How a file was read (JSONL rows: json, utf-8). */
  format?: DocumentFormat | 'json';
  encoding?: string | null;
}

export interface InputOptions {
  /** Glob patterns a file name must match (default: every format the document reader knows). */
  include: string[];
  /** Glob patterns that exclude files or directories. */
  exclude: string[];
  /** JSONL field holding the text. Default "text". */
  field: string;
  /** JSONL field holding the key. Default: "id" when present, else file:line. */
  idField?: string;
  /** Stop at the first bad input instead of skipping it. */
  strict: boolean;
  /** Encoding of text and HTML files (a WHATWG label); default: detected per file. */
  encoding?: string;
  /** Files larger than this are skipped without being read. Default 50 MiB. */
  maxBytes?: number;
  /** Called for each skipped input (the message names it). */
  warn: (message: string) => void;
  /** Called for each document read. */
  onRead?: (doc: Document) => void;
  /** Called for each input that could not be read and was skipped: its key and why. */
  unread?: (key: string, reason: string) => void;
}

export class InputError extends Error {}

const fatalDecoder = new TextDecoder('utf-8', { fatal: true });

/** Converts a shell-style glob (*, ?, **) to a RegExp over a path or a name. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; ++i) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += '.*';
        ++i;
        if (glob[i + 1] === '/') ++i;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function matches(patterns: RegExp[], rel: string): boolean {
  const name = rel.split('/').pop()!;
  return patterns.some((p) => p.test(rel) || p.test(name));
}

/** Decodes UTF-8 strictly: invalid bytes are an InputError naming the file. */
export function decodeUtf8(bytes: Uint8Array, where: string): string {
  try {
    return fatalDecoder.decode(bytes);
  } catch {
    let bad = 0;
    for (let end = bytes.length; end > 0; end = Math.floor(end / 2)) {
      try {
        fatalDecoder.decode(bytes.subarray(0, end));
        bad = end;
        break;
      } catch {
        /* shrink */
      }
    }
    throw new InputError(`${where}: not valid UTF-8 (near byte ${bad})`);
  }
}

async function* walk(
  dir: string,
  root: string,
  options: InputOptions,
  include: RegExp[],
  exclude: RegExp[],
): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = join(dir, e.name);
    const rel = relative(root, full);
    if (matches(exclude, rel)) continue;
    if (e.isDirectory()) yield* walk(full, root, options, include, exclude);
    else if (e.isFile() && matches(include, rel)) yield full;
  }
}

/** Lines of a file as bytes, streamed (so each line can be decoded strictly). */
async function* byteLines(path: string): AsyncGenerator<Uint8Array> {
  let carry: Uint8Array = new Uint8Array(0);
  for await (const chunk of createReadStream(path)) {
    const bytes = carry.length ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    let start = 0;
    for (let nl = bytes.indexOf(10, start); nl >= 0; nl = bytes.indexOf(10, start)) {
      yield bytes.subarray(start, nl > start && bytes[nl - 1] === 13 ? nl - 1 : nl);
      start = nl + 1;
    }
    carry = bytes.subarray(start);
  }
  if (carry.length) yield carry;
}

/** One JSON object per line of a JSONL file. */
export interface JsonlRow {
  row: Record<string, unknown>;
  /** `file:line`, for messages. */
  where: string;
  /** The line as read. */
  line: string;
}

/**
 * The objects of a JSONL file, streamed. `check` validates a row (throwing InputError); a bad
 * line is reported and skipped unless strict. A file that cannot be opened is an InputError.
 */
export async function* jsonlRows<T>(
  path: string,
  options: Pick<InputOptions, 'strict' | 'warn' | 'unread'>,
  check: (r: JsonlRow) => T,
): AsyncGenerator<T> {
  try {
    if (!(await stat(path)).isFile()) throw new InputError(`${path}: not a file`);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let n = 0;
  for await (const bytes of byteLines(path)) {
    ++n;
    const where = `${path}:${n}`;
    try {
      const line = decodeUtf8(bytes, where);
      if (line.trim() === '') continue;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch (e) {
        throw new InputError(`${where}: malformed JSON (${(e as Error).message})`);
      }
      if (row === null || typeof row !== 'object' || Array.isArray(row))
        throw new InputError(`${where}: a line must be a JSON object`);
      yield check({ row: row as Record<string, unknown>, where, line });
    } catch (e) {
      if (!(e instanceof InputError) || options.strict) throw e;
      options.warn(e.message);
      options.unread?.(where, e.message.slice(where.length + 2));
    }
  }
}

/** Documents from a JSONL file, streamed. */
function jsonl(path: string, options: InputOptions): AsyncGenerator<Document> {
  return jsonlRows(path, options, ({ row: obj, where, line }) => {
    const text = obj[options.field];
    if (typeof text !== 'string') throw new InputError(`${where}: missing string field "${options.field}"`);
    const idField = options.idField ?? ('id' in obj ? 'id' : undefined);
    const id = idField === undefined ? undefined : obj[idField];
    if (idField !== undefined && options.idField !== undefined && typeof id !== 'string' && typeof id !== 'number') {
      throw new InputError(`${where}: missing field "${idField}"`);
    }
    return { key: id === undefined ? where : String(id), text, raw: line, format: 'json', encoding: 'utf-8' };
  });
}

/**
 * Every document behind `paths` (files, directories, .jsonl files), in a stable order.
 * Directory keys are paths relative to the directory given.
 */
export async function* readDocuments(paths: string[], options: InputOptions): AsyncGenerator<Document> {
  for await (const doc of readAll(paths, options)) {
    options.onRead?.(doc);
    yield doc;
  }
}

async function* readAll(paths: string[], options: InputOptions): AsyncGenerator<Document> {
  const include = options.include.map(globToRegExp);
  const exclude = options.exclude.map(globToRegExp);
  for (const path of paths) {
    let info: Stats;
    try {
      info = await stat(path);
    } catch (e) {
      const err = new InputError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      if (options.strict) throw err;
      options.warn(err.message);
      options.unread?.(path, `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      continue;
    }
    if (info.isDirectory()) {
      for await (const file of walk(path, path, options, include, exclude)) {
        const doc = await readOne(file, relative(path, file), options);
        if (doc) yield doc;
      }
    } else if (path.endsWith('.jsonl') || path.endsWith('.ndjson')) {
      yield* jsonl(path, options);
    } else {
      const doc = await readOne(path, path, options);
      if (doc) yield doc;
    }
  }
}

/** A file through the document reader; a file it cannot read is an InputError naming it. */
async function readFileDocument(
  path: string,
  encoding: string | undefined,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<ReadDocument> {
  let bytes: Uint8Array;
  try {
    checkSize((await stat(path)).size, path, maxBytes); // before reading it into memory
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof DocumentError) throw new InputError(e.message);
    throw new InputError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return await readDocument(bytes, path, { encoding, maxBytes });
  } catch (e) {
    if (e instanceof DocumentError) throw new InputError(e.message);
    throw e;
  }
}

async function readOne(path: string, key: string, options: InputOptions): Promise<Document | null> {
  try {
    const doc = await readFileDocument(path, options.encoding, options.maxBytes);
    for (const w of doc.warnings) options.warn(`${path}: ${w}`);
    return { key, text: doc.text, format: doc.format, encoding: doc.encoding };
  } catch (e) {
    if (!(e instanceof InputError) || options.strict) throw e;
    options.warn(e.message);
    options.unread?.(key, e.message.startsWith(`${path}: `) ? e.message.slice(path.length + 2) : e.message);
    return null;
  }
}

/** Reads one document strictly (for arguments like `compare a b`), in any format the reader knows. */
export async function readText(path: string, encoding?: string): Promise<string> {
  return (await readFileDocument(path, encoding)).text;
}
