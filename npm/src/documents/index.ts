// simkit/documents: one way documents enter simkit. Bytes and a file name in; UTF-8 text, the
// format and the encoding it was read as out. Each format's library is an optional dependency,
// loaded the first time that format arrives, so `import 'simkit'` never pulls any of them in.

/**
 * `simkit/documents`: text out of .txt, .md, .html, .docx, .odt and .pdf files (bytes and a file
 * name in; text, format and encoding out). Each format's library is an optional dependency.
 * @module simkit/documents
 */
import { decodeText, encodingName } from './decode.js';
import { docxToText } from './docx.js';
import { DocumentError } from './errors.js';
import { declaredCharset, htmlToText } from './html.js';
import { odtToText } from './odt.js';
import { pdfToText } from './pdf.js';

export { DocumentError, type DocumentErrorCode } from './errors.js';
export { useFormatModules, type FormatModule } from './load.js';

/** The formats simkit/documents reads; a file's format comes from its name unless `format` says otherwise. */
export type DocumentFormat = 'text' | 'markdown' | 'html' | 'docx' | 'odt' | 'pdf';

/** Options of `readDocument`: limits, the encoding and the format. */
export interface ReadOptions {
  /** Encoding of a text or HTML file (a WHATWG label such as "windows-1252"); overrides detection. */
  encoding?: string;
  /** The largest input accepted, in bytes. Default 50 MiB. */
  maxBytes?: number;
  /** The most a .docx/.odt may unpack to, in bytes (zip bombs). Default 200 MiB. */
  maxUnpackedBytes?: number;
  /** Read as this format whatever the file name says. */
  format?: DocumentFormat;
}

/** A document read to plain text, with how it was read. */
export interface ReadDocument {
  /** The document's text, one paragraph per line for formats that have paragraphs. */
  text: string;
  /** The format it was read as. */
  format: DocumentFormat;
  /** The encoding the bytes were decoded with (WHATWG name); null for .docx/.odt/.pdf, which carry their own. */
  encoding: string | null;
  /** 1 when the encoding is certain (BOM, valid UTF-8, given, or a container format); the detector's score otherwise. */
  confidence: number;
  /** What may be wrong with the text (e.g. 'no text'); empty when nothing is. */
  warnings: string[];
}

/** Default `maxBytes`: files over 50 MiB are refused (`TOO_LARGE`). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** Default `maxUnpackedBytes`: a .docx/.odt that unpacks past 200 MiB is refused (`TOO_LARGE`), a zip-bomb guard. */
export const DEFAULT_MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

const EXTENSIONS: Record<string, DocumentFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  odt: 'odt',
  pdf: 'pdf',
};
const FORMATS = new Set<string>(Object.values(EXTENSIONS));

/** File name patterns of every format the reader knows (the CLI's default --include). */
export const DOCUMENT_PATTERNS: readonly string[] = [
  '*.txt',
  '*.text',
  '*.md',
  '*.markdown',
  '*.html',
  '*.htm',
  '*.xhtml',
  '*.docx',
  '*.odt',
  '*.pdf',
];

/** The format a file name implies; names without a known extension are plain text. */
export function formatOf(name: string): DocumentFormat {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  return (ext && EXTENSIONS[ext]) || 'text';
}

function positiveLimit(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw new RangeError(`readDocument: options.${name} must be a positive integer (got ${String(value)})`);
  }
  return value;
}

/** Refuses a file over the size limit; callers that can stat a file call this before reading it. */
export function checkSize(size: number, name: string, maxBytes = DEFAULT_MAX_BYTES): void {
  if (size > maxBytes)
    throw new DocumentError('TOO_LARGE', name, `${size} bytes is over the limit of ${maxBytes} (maxBytes)`);
}

/**
 * Reads a document: plain text or Markdown in any encoding TextDecoder knows, HTML, .docx, .odt
 * or PDF. Throws a {@link DocumentError} naming the file when it cannot be read (binary, empty,
 * too large, broken, encrypted, a scan without text, an optional package missing).
 */
export async function readDocument(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<ReadDocument> {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('readDocument: bytes must be a Uint8Array');
  if (typeof name !== 'string' || name === '') throw new TypeError('readDocument: name must be a non-empty string');
  if (options === null || typeof options !== 'object') throw new TypeError('readDocument: options must be an object');
  const maxBytes = positiveLimit(options.maxBytes, 'maxBytes', DEFAULT_MAX_BYTES);
  const maxUnpacked = positiveLimit(options.maxUnpackedBytes, 'maxUnpackedBytes', DEFAULT_MAX_UNPACKED_BYTES);
  if (options.format !== undefined && !FORMATS.has(options.format)) {
    throw new RangeError(
      `readDocument: options.format must be one of ${[...FORMATS].join(', ')} (got ${String(options.format)})`,
    );
  }
  if (options.encoding !== undefined) {
    if (typeof options.encoding !== 'string') throw new TypeError('readDocument: options.encoding must be a string');
    encodingName(options.encoding, 'readDocument: options.encoding');
  }
  const format = options.format ?? formatOf(name);
  checkSize(bytes.length, name, maxBytes);
  if (bytes.length === 0) throw new DocumentError('EMPTY', name, 'empty file (0 bytes)');

  if (format === 'text' || format === 'markdown' || format === 'html') {
    const declared = format === 'html' ? declaredCharset(bytes) : undefined;
    const decoded = await decodeText(bytes, name, { encoding: options.encoding, declared });
    const text = format === 'html' ? await htmlToText(decoded.text, name) : decoded.text;
    const warnings = [...decoded.warnings];
    if (format === 'html' && text === '') warnings.push('no visible text');
    return { text, format, encoding: decoded.encoding, confidence: decoded.confidence, warnings };
  }
  const text =
    format === 'docx'
      ? await docxToText(bytes, name, maxUnpacked)
      : format === 'odt'
        ? await odtToText(bytes, name, maxUnpacked)
        : await pdfToText(bytes, name);
  return { text, format, encoding: null, confidence: 1, warnings: text === '' ? ['no text'] : [] };
}
