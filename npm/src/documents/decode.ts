// Bytes to text: a byte-order mark first, then strict UTF-8, then the npm package `chardet`'s
// guess among the encodings TextDecoder supports. A file that is not text at all (NUL bytes,
// control characters) is refused rather than turned into garbage.

import { DocumentError } from './errors.js';
import { loadOptional } from './load.js';
import { repairWindows1252 } from './windows-1252.js';

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used (TextDecoder's `encoding`), e.g. "windows-1252". */
  encoding: string;
  /** 1 for a BOM, valid UTF-8 or an encoding given by the caller; the detector's score otherwise. */
  confidence: number;
  warnings: string[];
}

/** A guess below this confidence is reported as a warning. */
const LOW_CONFIDENCE = 0.5;

/** Validates an encoding label (the `encoding` option); returns TextDecoder's canonical name. */
export function encodingName(label: string, parameter = 'encoding'): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw new RangeError(
      `${parameter}: unknown encoding "${label}" (use a WHATWG label such as windows-1252, shift_jis, utf-16le)`,
    );
  }
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
    const text = decoder.decode(bytes);
    return decoder.encoding === 'windows-1252' ? repairWindows1252(text) : text;
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return bytes[2] === 0 && bytes[3] === 0 && bytes.length >= 4 ? 'utf-32le' : 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'utf-32be';
  return null;
}

/**
 * UTF-16 without a BOM shows as NUL bytes in every other position for Latin text; the detector
 * only knows UTF-16 with a BOM, so this one pattern is checked here.
 */
function bomlessUtf16(bytes: Uint8Array): string | null {
  if (bytes.length < 4 || bytes.length % 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) ++evenZeros;
    if (bytes[i + 1] === 0) ++oddZeros;
  }
  const pairs = bytes.length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Control characters other than tab, line feed, form feed and carriage return; C1 controls too (no text has them). */
function controlCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; ++i) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) ++n;
  }
  return n;
}

/** Refuses decoded text that is mostly not text: a binary file whatever its name. */
function checkText(text: string, file: string): string {
  if (text.includes('\0') || controlCount(text) > Math.max(2, text.length * 0.01)) {
    throw new DocumentError('BINARY', file, 'not a text file (binary content: NUL or control bytes)');
  }
  return text;
}

interface ChardetMatch {
  name: string;
  confidence: number;
}
interface Chardet {
  analyse(bytes: Uint8Array): ChardetMatch[];
}

function loadChardet(file: string): Promise<Chardet> {
  return loadOptional('chardet', file, 'text in legacy encodings', async () => {
    const m = (await import('chardet')) as unknown as Chardet & { default?: Chardet };
    return typeof m.analyse === 'function' ? m : m.default!;
  });
}

export interface DecodeOptions {
  /** An encoding label that overrides detection (an error if the bytes are not valid in it). */
  encoding?: string;
  /** An encoding the document declares (HTML <meta charset>): tried after BOM and UTF-8. */
  declared?: string;
}

/** Decodes `bytes` (the contents of `file`) to text; see the module comment for the order. */
export async function decodeText(bytes: Uint8Array, file: string, options: DecodeOptions = {}): Promise<Decoded> {
  if (options.encoding !== undefined) {
    const encoding = encodingName(options.encoding);
    const text = decodeStrict(bytes, encoding);
    if (text === null) throw new DocumentError('UNDECODABLE', file, `not valid ${encoding} (the encoding given)`);
    return { text: checkText(text, file), encoding, confidence: 1, warnings: [] };
  }
  const bom = bomEncoding(bytes);
  if (bom === 'utf-32le' || bom === 'utf-32be') {
    throw new DocumentError('UNDECODABLE', file, `${bom.toUpperCase()} is not supported (convert the file to UTF-8)`);
  }
  if (bom) {
    const text = decodeStrict(bytes, bom);
    if (text === null)
      throw new DocumentError('UNDECODABLE', file, `starts with a ${bom} byte-order mark but is not valid ${bom}`);
    return { text: checkText(text, file), encoding: bom, confidence: 1, warnings: [] };
  }
  const utf16 = bomlessUtf16(bytes);
  if (utf16) {
    const text = decodeStrict(bytes, utf16);
    if (text !== null && controlCount(text) === 0) return { text, encoding: utf16, confidence: 0.9, warnings: [] };
  }
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { text: checkText(utf8, file), encoding: 'utf-8', confidence: 1, warnings: [] };
  if (bytes.includes(0)) checkText('\0', file);
  if (options.declared) {
    let declared: string | null = null;
    try {
      declared = new TextDecoder(options.declared).encoding;
    } catch {
      /* an unknown label: detect instead */
    }
    const text = declared && declared !== 'utf-8' ? decodeStrict(bytes, declared) : null;
    if (text !== null && declared)
      return { text: checkText(text, file), encoding: declared, confidence: 1, warnings: [] };
  }
  const chardet = await loadChardet(file);
  for (const guess of chardet.analyse(bytes)) {
    let encoding: string;
    try {
      encoding = new TextDecoder(guess.name).encoding;
    } catch {
      continue;
    } // not a WHATWG encoding
    if (encoding === 'utf-8' || encoding.startsWith('utf-16')) continue; // already ruled out
    const text = decodeStrict(bytes, encoding);
    if (text === null) continue;
    const confidence = guess.confidence / 100;
    const warnings =
      confidence < LOW_CONFIDENCE
        ? [
            `encoding guessed as ${encoding} with low confidence (${confidence.toFixed(2)}); pass an encoding if the text looks wrong`,
          ]
        : [];
    return { text: checkText(text, file), encoding, confidence, warnings };
  }
  throw new DocumentError('UNDECODABLE', file, 'not valid UTF-8 and no supported encoding fits (pass the encoding)');
}
