// Files from a file picker or a drop, read in the worker by simkit/documents: text in any
// encoding, HTML, .docx, .odt and PDF. Which files count, how a file was read, drop targets.

const DOCUMENT = /\.(txt|text|md|markdown|html?|xhtml|docx|odt|pdf)$/i;

/** The file inputs' accept attribute. */
export const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.xhtml,.docx,.odt,.pdf,text/plain,text/markdown,text/html';

/** Files of a format the reader knows (by name), or anything the browser calls text/*. */
export function isDocumentFile(file) {
  return DOCUMENT.test(file.name) || file.type.startsWith('text/');
}

// A worker has no import map: it is told where the format libraries are served (web/vendor.mjs).
const MODULES = Object.fromEntries(
  Object.entries({
    chardet: 'chardet.js',
    htmlparser2: 'htmlparser2.js',
    fflate: 'fflate.js',
    'pdfjs-dist': 'pdf.mjs',
    'pdfjs-dist/worker': 'pdf.worker.mjs',
  }).map(([name, file]) => [name, new URL(`/vendor/${file}`, location.href).href]),
);

/**
 * The document files among `files`, read in the worker, in order: { name, text, format, encoding,
 * confidence, warnings } for each file read, { name, error } for each that could not be.
 */
export async function readDocumentFiles(worker, files) {
  const list = [...files].filter(isDocumentFile);
  const inputs = await Promise.all(
    list.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  return worker.call('readDocumentFiles', [inputs, { modules: MODULES }]);
}

/** How a file was read, for people: "pdf", "text · windows-1252 (guessed, 68%)", or why it was not. */
export function describeRead(doc) {
  if (doc.error)
    return `${doc.name}: not read: ${doc.error.startsWith(`${doc.name}: `) ? doc.error.slice(doc.name.length + 2) : doc.error}`;
  const encoding = doc.encoding
    ? ` · ${doc.encoding}${doc.confidence < 1 ? ` (guessed, ${Math.round(doc.confidence * 100)}%)` : ''}`
    : '';
  return `${doc.name}: ${doc.format}${encoding}${doc.warnings.length ? ` · ${doc.warnings.join('; ')}` : ''}`;
}

/** Shows how each file was read in `list` (a <ul>): one item per file, unread ones marked. */
export function showReads(list, docs) {
  list.replaceChildren(
    ...docs.map((d) =>
      Object.assign(document.createElement('li'), { textContent: describeRead(d), className: d.error ? 'unread' : '' }),
    ),
  );
}

/** Makes `element` accept dropped files: `onFiles(fileList)` gets them. */
export function acceptDrops(element, onFiles) {
  element.addEventListener('dragover', (e) => {
    e.preventDefault();
    element.classList.add('over');
  });
  element.addEventListener('dragleave', () => element.classList.remove('over'));
  element.addEventListener('drop', (e) => {
    e.preventDefault();
    element.classList.remove('over');
    if (e.dataTransfer?.files.length) onFiles(e.dataTransfer.files);
  });
}
