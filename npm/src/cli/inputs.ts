// Reading documents for the CLI: files, directories (recursively, with glob filters) and JSONL
// (streamed line by line, with a configurable text field). Bad inputs are reported with the
// file (and line) and skipped, unless --strict.

import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface Document {
  /** A stable key: the file path (relative to the directory given) or `file:line` / the id field. */
  key: string;
  text: string;
  /** The original JSONL line, for inputs that came from JSONL (to write them back unchanged). */
  raw?: string;
}

export interface InputOptions {
  /** Glob patterns a file name must match (default: *.txt, *.md, *.text). */
  include: string[];
  /** Glob patterns that exclude files or directories. */
  exclude: string[];
  /** JSONL field holding the text. Default "text". */
  field: string;
  /** JSONL field holding the key. Default: "id" when present, else file:line. */
  idField?: string;
  /** Stop at the first bad input instead of skipping it. */
  strict: boolean;
  /** Called for each skipped input. */
  warn: (message: string) => void;
}

export class InputError extends Error {}

const fatalDecoder = new TextDecoder('utf-8', { fatal: true });

/** Converts a shell-style glob (*, ?, **) to a RegExp over a path or a name. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; ++i) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') { re += '.*'; ++i; if (glob[i + 1] === '/') ++i; } else re += '[^/]*';
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
      try { fatalDecoder.decode(bytes.subarray(0, end)); bad = end; break; } catch { /* shrink */ }
    }
    throw new InputError(`${where}: not valid UTF-8 (near byte ${bad})`);
  }
}

async function* walk(dir: string, root: string, options: InputOptions, include: RegExp[], exclude: RegExp[]): AsyncGenerator<string> {
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
export async function* jsonlRows<T>(path: string, options: Pick<InputOptions, 'strict' | 'warn'>, check: (r: JsonlRow) => T): AsyncGenerator<T> {
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
      try { row = JSON.parse(line); } catch (e) { throw new InputError(`${where}: malformed JSON (${(e as Error).message})`); }
      if (row === null || typeof row !== 'object' || Array.isArray(row)) throw new InputError(`${where}: a line must be a JSON object`);
      yield check({ row: row as Record<string, unknown>, where, line });
    } catch (e) {
      if (!(e instanceof InputError) || options.strict) throw e;
      options.warn(e.message);
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
    if (idField !== undefined && options.idField !== undefined && (typeof id !== 'string' && typeof id !== 'number')) {
      throw new InputError(`${where}: missing field "${idField}"`);
    }
    return { key: id === undefined ? where : String(id), text, raw: line };
  });
}

/**
 * Every document behind `paths` (files, directories, .jsonl files), in a stable order.
 * Directory keys are paths relative to the directory given.
 */
export async function* readDocuments(paths: string[], options: InputOptions): AsyncGenerator<Document> {
  const include = options.include.map(globToRegExp);
  const exclude = options.exclude.map(globToRegExp);
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      const err = new InputError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      if (options.strict) throw err;
      options.warn(err.message);
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

async function readOne(path: string, key: string, options: InputOptions): Promise<Document | null> {
  try {
    let bytes: Uint8Array;
    try { bytes = await readFile(path); } catch (e) { throw new InputError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`); }
    return { key, text: decodeUtf8(bytes, path) };
  } catch (e) {
    if (!(e instanceof InputError) || options.strict) throw e;
    options.warn(e.message);
    return null;
  }
}

/** Reads one text file strictly (for arguments like `compare a b`). */
export async function readText(path: string): Promise<string> {
  let bytes: Uint8Array;
  try { bytes = await readFile(path); } catch (e) { throw new InputError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`); }
  return decodeUtf8(bytes, path);
}
