// .odt (OpenDocument Text) to text: content.xml's paragraphs and headings in order (tables cell
// by cell, text boxes after the paragraph that anchors them), then the footnotes and endnotes.

import { DocumentError } from './errors.js';
import { loadHtmlparser2 } from './html.js';
import { ParagraphCollector } from './paragraphs.js';
import { readZipEntries, xmlText } from './zip.js';

const CONTENT = 'content.xml';
/** Subtrees that are not the document's visible text (comments, deleted changes, note marks). */
const SKIP = new Set([
  'office:annotation',
  'text:tracked-changes',
  'text:note-citation',
  'office:automatic-styles',
  'office:font-face-decls',
  'text:sequence-decls',
]);

export async function odtToText(bytes: Uint8Array, file: string, maxUnpackedBytes: number): Promise<string> {
  const parts = await readZipEntries(bytes, file, '.odt', (n) => n === CONTENT || n === 'mimetype', maxUnpackedBytes);
  const content = parts.get(CONTENT);
  if (!content) throw new DocumentError('CORRUPT', file, `not an OpenDocument file (no ${CONTENT} inside)`);
  const mimetype = parts.get('mimetype');
  if (mimetype && !new TextDecoder().decode(mimetype).startsWith('application/vnd.oasis.opendocument.text')) {
    throw new DocumentError(
      'CORRUPT',
      file,
      `not an OpenDocument text (mimetype ${new TextDecoder().decode(mimetype)})`,
    );
  }
  const { Parser } = await loadHtmlparser2(file, '.odt');
  const out = new ParagraphCollector();
  let skip = 0;
  let inParagraph = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (skip > 0 || SKIP.has(name)) {
          ++skip;
          return;
        }
        switch (name) {
          case 'text:p':
          case 'text:h':
            out.startParagraph();
            ++inParagraph;
            break;
          case 'text:s':
            out.text(' '.repeat(Math.min(1000, Number(attrs['text:c'] ?? 1) || 1)));
            break;
          case 'text:tab':
            out.text('\t');
            break;
          case 'text:line-break':
            out.lineBreak();
            break;
          case 'text:note':
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
          case 'text:p':
          case 'text:h':
            out.endParagraph();
            --inParagraph;
            break;
          case 'text:note':
            out.endNote();
            break;
        }
      },
      // ODF collapses white space in paragraph content; text:s and text:tab carry the real ones
      ontext(text) {
        if (skip === 0 && inParagraph > 0) out.text(text.replace(/[ \t\r\n]+/g, ' '));
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xmlText(content, file, CONTENT));
  parser.end();
  return out.result();
}
