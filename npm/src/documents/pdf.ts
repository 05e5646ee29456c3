// PDF to text with Mozilla's pdf.js (npm package `pdfjs-dist`, its legacy build, which runs in
// Node and in workers): the text items of each page in content order, lines where pdf.js ends
// them or the baseline moves, words hyphenated across a line end joined again. A PDF without a
// text layer (a scan) or one that needs a password is an error, never an empty document.

import { DocumentError } from './errors.js';
import { formatModuleUrl, loadOptional } from './load.js';

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
}
interface PdfPage {
  getTextContent(): Promise<{ items: (TextItem | object)[] }>;
  cleanup(): void;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface Pdfjs {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
  GlobalWorkerOptions: { workerSrc: string };
}

async function loadPdfjs(file: string): Promise<Pdfjs> {
  const pdfjs = await loadOptional(
    'pdfjs-dist',
    file,
    'PDF',
    () => import('pdfjs-dist/legacy/build/pdf.mjs') as Promise<unknown> as Promise<Pdfjs>,
  );
  // in Node pdf.js finds its worker module itself; a browser is told where it is
  const worker = formatModuleUrl('pdfjs-dist/worker');
  if (worker) pdfjs.GlobalWorkerOptions.workerSrc = worker;
  return pdfjs;
}

/** The lines of one page. */
function pageLines(items: TextItem[]): string[] {
  const lines: string[] = [];
  let line = '';
  let lastY: number | undefined;
  let lastSize = 0;
  for (const item of items) {
    const y = item.transform?.[5];
    const size = Math.abs(item.transform?.[3] ?? 0);
    // a new baseline more than half a line away starts a new line; a superscript does not
    const away = Math.max(size, lastSize) * 0.5 || 2;
    if (lastY !== undefined && y !== undefined && Math.abs(y - lastY) > away && line.trim() !== '') {
      lines.push(line);
      line = '';
    }
    line += item.str;
    if (y !== undefined && item.str.trim() !== '') {
      lastY = y;
      lastSize = size;
    }
    if (item.hasEOL) {
      lines.push(line);
      line = '';
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
}

/** Joins "exam-" + "ple" across a line end; a hyphen before a capital or a digit stays. */
function joinHyphenated(lines: string[]): string {
  let out = '';
  for (const line of lines) {
    if (out === '') out = line;
    else if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(line)) out = out.slice(0, -1) + line;
    else out += `\n${line}`;
  }
  return out;
}

export async function pdfToText(bytes: Uint8Array, file: string): Promise<string> {
  const pdfjs = await loadPdfjs(file);
  // pdf.js takes ownership of (detaches) the buffer it is given, and refuses a Buffer: a plain copy
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    stopAtErrors: false,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => {});
    const err = e as { name?: string; message?: string };
    if (err.name === 'PasswordException')
      throw new DocumentError('ENCRYPTED', file, 'the PDF is encrypted (password-protected); decrypt it first');
    throw new DocumentError('CORRUPT', file, `not a readable PDF (${err.message ?? String(e)})`);
  }
  try {
    const lines: string[] = [];
    for (let n = 1; n <= doc.numPages; ++n) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      lines.push(...pageLines(content.items.filter((i): i is TextItem => typeof (i as TextItem).str === 'string')));
      page.cleanup();
    }
    if (lines.length === 0) {
      throw new DocumentError(
        'NO_TEXT',
        file,
        `the PDF has no text layer (${doc.numPages} page(s) of images: a scan?); run OCR on it first`,
      );
    }
    return joinHyphenated(lines);
  } finally {
    await doc.destroy();
  }
}
