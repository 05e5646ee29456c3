// .docx (Office Open XML) to text: the body's paragraphs in order (tables cell by cell, text
// boxes after the paragraph that anchors them), then footnotes and endnotes. fflate unpacks,
// htmlparser2 (XML mode) parses.

import { DocumentError } from './errors.js';
import { loadHtmlparser2 } from './html.js';
import { ParagraphCollector } from './paragraphs.js';
import { readZipEntries, xmlText } from './zip.js';

const BODY = 'word/document.xml';
const NOTES = ['word/footnotes.xml', 'word/endnotes.xml'];
/** Subtrees whose text is not part of the document's visible text. */
const SKIP = new Set(['w:delText', 'w:instrText', 'mc:Fallback', 'w:rPr', 'w:pPr']);

async function collect(xml: string, out: ParagraphCollector, file: string): Promise<void> {
  const { Parser } = await loadHtmlparser2(file, '.docx');
  let skip = 0;
  let inText = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (skip > 0 || SKIP.has(name)) {
          ++skip;
          return;
        }
        // separator "notes" hold the line above the notes, not text
        if ((name === 'w:footnote' || name === 'w:endnote') && attrs['w:type'] && attrs['w:type'] !== 'normal') {
          ++skip;
          return;
        }
        switch (name) {
          case 'w:p':
            out.startParagraph();
            break;
          case 'w:t':
            ++inText;
            break;
          case 'w:tab':
            out.text('\t');
            break;
          case 'w:br':
          case 'w:cr':
            out.lineBreak();
            break;
          case 'w:noBreakHyphen':
            out.text('-');
            break;
          case 'w:footnote':
          case 'w:endnote':
            out.startNote();
            break;
        }
      },
      onclosetag(name) {
        if (skip > 0) {
          --skip;
          return;
        }
        switch (name) {
          case 'w:p':
            out.endParagraph();
            break;
          case 'w:t':
            --inText;
            break;
          case 'w:footnote':
          case 'w:endnote':
            out.endNote();
            break;
        }
      },
      ontext(text) {
        if (skip === 0 && inText > 0) out.text(text);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
}

export async function docxToText(bytes: Uint8Array, file: string, maxUnpackedBytes: number): Promise<string> {
  const parts = await readZipEntries(bytes, file, '.docx', (n) => n === BODY || NOTES.includes(n), maxUnpackedBytes);
  const body = parts.get(BODY);
  if (!body) throw new DocumentError('CORRUPT', file, `not a Word document (no ${BODY} inside)`);
  const out = new ParagraphCollector();
  await collect(xmlText(body, file, BODY), out, file);
  for (const part of NOTES) {
    const notes = parts.get(part);
    if (notes) await collect(xmlText(notes, file, part), out, file);
  }
  return out.result();
}
