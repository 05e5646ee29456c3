// The parts of a zip container (.docx, .odt) that a reader needs, with the npm package `fflate`.
// A zip bomb is stopped before anything is inflated: the sizes the central directory declares
// are checked against the limit, and fflate never writes past a declared size.

import { DocumentError } from './errors.js';
import { loadOptional } from './load.js';

interface Fflate {
  unzipSync(
    data: Uint8Array,
    opts?: { filter?(file: { name: string; originalSize: number; size: number }): boolean },
  ): Record<string, Uint8Array>;
}

/** Reads the entries `wanted` selects; their unpacked sizes together may not exceed `maxUnpackedBytes`. */
export async function readZipEntries(
  bytes: Uint8Array,
  file: string,
  format: string,
  wanted: (name: string) => boolean,
  maxUnpackedBytes: number,
): Promise<Map<string, Uint8Array>> {
  const fflate = await loadOptional(
    'fflate',
    file,
    format,
    () => import('fflate') as Promise<unknown> as Promise<Fflate>,
  );
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = fflate.unzipSync(bytes, {
      filter(entry) {
        if (!wanted(entry.name)) return false;
        total += entry.originalSize;
        if (total > maxUnpackedBytes) {
          throw new DocumentError(
            'TOO_LARGE',
            file,
            `unpacks to more than ${maxUnpackedBytes} bytes (limit maxUnpackedBytes; a zip bomb?)`,
          );
        }
        return true;
      },
    });
  } catch (e) {
    if (e instanceof DocumentError) throw e;
    throw new DocumentError('CORRUPT', file, `not a readable ${format} file (broken zip: ${(e as Error).message})`);
  }
  return new Map(Object.entries(entries));
}

/** An entry decoded as UTF-8 XML; a part that is not UTF-8 means a broken file. */
export function xmlText(data: Uint8Array, file: string, part: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new DocumentError('CORRUPT', file, `${part} is not valid UTF-8 XML`);
  }
}
