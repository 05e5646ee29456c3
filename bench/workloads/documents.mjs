// Reading documents: documents/s per format for simkit/documents and, on the same files in the
// same run, the reference converters people use (poppler's pdftotext for PDF, pandoc for .docx,
// .odt and HTML; each run as a process, as people run them), and how far the texts agree: the
// word-set Jaccard similarity of the two extractions and whether they are equal word for word
// (pandoc's plain text adds footnote marks like [1]; pdftotext lays table rows out in columns).
// Files: the fixtures in tests/fixtures/documents (made by pandoc, LibreOffice and iconv).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setSimilarity } from 'simkit';
import { readDocument } from 'simkit/documents';
import { fmt, measureAsync, root, table } from '../lib.mjs';

const dir = join(root, 'tests', 'fixtures', 'documents');
const FILES = [
  'essay.pdf',
  'essay.docx',
  'essay-lo.docx',
  'essay.odt',
  'essay.html',
  'essay-copy.windows-1252.txt',
  'japanese.shift_jis.txt',
];
const REFERENCES = {
  pdf: ['pdftotext', (f) => ['-enc', 'UTF-8', f, '-']],
  docx: ['pandoc', (f) => ['-t', 'plain', '--wrap=none', f]],
  odt: ['pandoc', (f) => ['-t', 'plain', '--wrap=none', f]],
  html: ['pandoc', (f) => ['-f', 'html', '-t', 'plain', '--wrap=none', f]],
};

function available(tool) {
  try {
    execFileSync(tool, [tool === 'pdftotext' ? '-v' : '--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const words = (s) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export async function run() {
  const rows = [];
  for (const name of FILES) {
    const path = join(dir, name);
    const bytes = new Uint8Array(readFileSync(path));
    const doc = await readDocument(bytes, name);
    const ns = await measureAsync(() => readDocument(bytes, name));
    const label = `${name} (${doc.format}${doc.encoding ? `, ${doc.encoding}` : ''})`;
    rows.push([label, 'simkit/documents', fmt.perSec(ns), '1.00x', '', '']);
    const reference = REFERENCES[doc.format];
    if (!reference) continue;
    const [tool, args] = reference;
    if (!available(tool)) {
      rows.push([label, `${tool} (not installed)`, 'n/a', 'n/a', '', '']);
      continue;
    }
    const text = execFileSync(tool, args(path), { encoding: 'utf8' });
    const start = process.hrtime.bigint();
    const runs = 10;
    for (let i = 0; i < runs; ++i) execFileSync(tool, args(path), { stdio: 'ignore' });
    const toolNs = Number(process.hrtime.bigint() - start) / runs;
    const agreement = setSimilarity(doc.text, text, { analyzer: 'word', ngramSize: 1 }).jaccard;
    const same = words(doc.text).join(' ') === words(text).join(' ');
    rows.push([label, tool, fmt.perSec(toolNs), fmt.ratio(toolNs / ns), agreement.toFixed(3), same ? 'yes' : 'no']);
  }
  table(
    'Reading documents (documents/s; converters as processes, as people run them)',
    ['file', 'reader', 'documents/s', 'simkit speed-up', 'word Jaccard vs simkit', 'same words in order'],
    rows,
  );
}
