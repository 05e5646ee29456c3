// What every CLI command provides, and the flags they share.
import type { FlagSpec, Parsed } from './args.js';

export interface Command {
  name: string;
  summary: string;
  /** Full --help text: usage, options, examples. */
  help: string;
  flags: Record<string, FlagSpec>;
  /** Returns the exit code: 0 ok, 1 findings above --fail-on. Throws UsageError for exit 2. */
  run(parsed: Parsed): Promise<number>;
}

/** Flags of commands that read many documents. */
export const INPUT_FLAGS: Record<string, FlagSpec> = {
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  field: { type: 'string' },
  'id-field': { type: 'string' },
  strict: { type: 'boolean' },
  encoding: { type: 'string' },
  'max-bytes': { type: 'string' },
};

export const INPUT_HELP = `Input options:
  <path>...              files, directories (recursive) and .jsonl files
  --include GLOB         file names to read in directories (repeatable; default: every format read,
                         *.txt *.text *.md *.markdown *.html *.htm *.xhtml *.docx *.odt *.pdf)
  --encoding NAME        encoding of text and HTML files, e.g. windows-1252 (default: detected per
                         file: byte-order mark, UTF-8, else the most likely legacy encoding)
  --max-bytes N          skip (and list) files larger than N bytes (default 52428800, 50 MiB)
  --exclude GLOB         files or directories to skip (repeatable)
  --field NAME           JSONL field with the text (default: text)
  --id-field NAME        JSONL field with the document key (default: id if present, else file:line)
  --strict               stop at the first unreadable file or bad JSONL line (default: report it
                         on stderr, list it with the results, and go on); JSONL is always UTF-8`;

export const HELP_FLAG: Record<string, FlagSpec> = { help: { type: 'boolean', short: 'h' } };

export const COMMON_FLAGS: Record<string, FlagSpec> = { ...HELP_FLAG, format: { type: 'string' } };
