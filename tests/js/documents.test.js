// simkit/documents on files made by real tools (tests/fixtures/documents/make.sh: pandoc,
// LibreOffice, qpdf, iconv): the exact text of each format and encoding, and hostile files that
// must fail with a clear error without stopping the next file from being read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { DocumentError, readDocument, formatOf } from 'simkit/documents';

const fixtures = new URL('../fixtures/documents/', import.meta.url).pathname;
const fixture = (name) => new Uint8Array(readFileSync(fixtures + name));
const root = new URL('../../', import.meta.url).pathname;

// essay.md as a word processor lays it out: one paragraph (or table cell) per line, the footnote
// after the body. The explicit line break after "photo-" is kept where the format has one.
const TITLE = ['On Photosynthesis', 'Light and life'];
const P1 =
  'Photosynthesis is the process by which green plants use sunlight to synthesize foods from carbon dioxide and water — a “quiet” factory in every leaf.';
const P2 =
  'The café’s naïve owner said: ‘Plants don’t eat soil.’ She was right; the mass of a tree comes mostly from the air.';
const P3 = [
  'Even the best crops turn little of the light they catch into food: their photo-',
  'synthetic efficiency is surprisingly low.',
];
const CELLS = ['Input', 'Output', 'carbon dioxide', 'glucose', 'water', 'oxygen'];
const P4 =
  'Chlorophyll absorbs red and blue light & reflects green, which is why leaves look green to us most of the time.';
const NOTE = 'Jan Ingenhousz showed in 1779 that light is essential.';
const WORD_PROCESSOR = [...TITLE, P1, P2, ...P3, ...CELLS, P4, NOTE].join('\n');

const LATIN =
  'The committee’s “final” report — delivered late, as usual — praised the café’s crème brûlée.\nNaïve readers thought the façade was new; it was restored in 1998 for €40,000.\n';

for (const name of ['essay.docx', 'essay-lo.docx', 'essay.odt']) {
  test(`${name} (${name.includes('-lo') ? 'LibreOffice' : 'pandoc'}): paragraphs, table cells and the footnote, exactly`, async () => {
    const doc = await readDocument(fixture(name), name);
    assert.equal(doc.text, WORD_PROCESSOR);
    assert.equal(doc.format, formatOf(name));
    assert.equal(doc.encoding, null);
    assert.deepEqual(doc.warnings, []);
  });
}

// Text boxes as Word and LibreOffice write them (Word: the box twice, a VML fallback in
// mc:Fallback; ODF: a frame inside the paragraph, and notes inline). Too hard to make with the
// fixture tools, so the markup is written here, in the shape those programs save.
const enc = (s) => new TextEncoder().encode(s);
test('.docx text boxes follow their paragraph once; deleted text, field codes and separator notes are not text', async () => {
  const W =
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
  const box = '<w:txbxContent><w:p><w:r><w:t>Inside the box.</w:t></w:r></w:p></w:txbxContent>';
  const body = `<w:document ${W}><w:body>
    <w:p><w:r><w:t xml:space="preserve">Before the box, </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box}</w:drawing></mc:Choice>
      <mc:Fallback><w:pict>${box}</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>after it.</w:t></w:r></w:p>
    <w:p><w:r><w:instrText> PAGE </w:instrText></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:r><w:t>Kept</w:t><w:tab/><w:t>tabbed &amp; done</w:t><w:br/><w:t>next line</w:t></w:r></w:p>
    </w:body></w:document>`;
  const notes = `<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/><w:t>sep</w:t></w:r></w:p></w:footnote>
    <w:footnote w:id="1"><w:p><w:r><w:t>A real note.</w:t></w:r></w:p></w:footnote></w:footnotes>`;
  const doc = await readDocument(
    zipSync({ 'word/document.xml': enc(body), 'word/footnotes.xml': enc(notes) }),
    'box.docx',
  );
  assert.equal(doc.text, 'Before the box, after it.\nInside the box.\nKept\ttabbed & done\nnext line\nA real note.');
});

test('.odt frames follow their paragraph, notes go to the end, text:s counts spaces, annotations are not text', async () => {
  const NS =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"';
  const content = `<office:document-content ${NS}><office:body><office:text>
    <text:h>Title</text:h>
    <text:p>Before<text:s text:c="3"/>the frame<draw:frame><draw:text-box><text:p>In the frame.</text:p></draw:text-box></draw:frame> and after.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>The note.</text:p></text:note-body></text:note></text:p>
    <text:p><office:annotation><text:p>a comment</text:p></office:annotation>Last
      line<text:line-break/>broken</text:p>
    </office:text></office:body></office:document-content>`;
  const doc = await readDocument(
    zipSync({ mimetype: enc('application/vnd.oasis.opendocument.text'), 'content.xml': enc(content) }),
    'frame.odt',
  );
  assert.equal(doc.text, 'Title\nBefore   the frame and after.\nIn the frame.\nLast line\nbroken\nThe note.');
});

test('essay.html (pandoc): visible text only, block elements on their own lines, entities decoded', async () => {
  const doc = await readDocument(fixture('essay.html'), 'essay.html');
  // the footnote mark and its back-link are visible text in a browser too; the <style> and <title> are not
  const expected = [...TITLE, `${P1}1`, P2, ...P3, ...CELLS, P4, `${NOTE}↩︎`].join('\n');
  assert.equal(doc.text, expected);
  assert.equal(doc.format, 'html');
  assert.equal(doc.encoding, 'utf-8');
});

test('HTML: scripts, styles and hidden elements dropped, <br> and <pre> kept, a <meta charset> honoured', async () => {
  const html =
    '<!doctype html><html><head><meta charset="windows-1252"><title>T</title><style>p{color:red}</style></head>' +
    '<body><script>var x = "<p>no</p>";</script><p>Caf\xe9 &amp; cr&egrave;me&nbsp;br&#251;l&#xe9;e</p><div hidden>secret</div>' +
    '<ul><li>one<li>two</ul>line<br>break<pre>  a\n  b</pre><noscript>none</noscript><p>\x93quoted\x94</p></body></html>';
  const doc = await readDocument(new Uint8Array(Buffer.from(html, 'latin1')), 'page.htm');
  assert.equal(doc.text, 'Café & crème\u00a0brûlée\none\ntwo\nline\nbreak\n  a\n  b\n“quoted”');
  assert.equal(doc.encoding, 'windows-1252');
});

test('essay.pdf (LibreOffice): the text in reading order, the hyphenated line end joined', async () => {
  const doc = await readDocument(fixture('essay.pdf'), 'essay.pdf');
  // PDF has lines, not paragraphs: compared with white space normalized. Table rows read across;
  // the footnote mark, the note's number and the page number are text on the page.
  const expected = [
    ...TITLE,
    `${P1}1`,
    P2,
    'Even the best crops turn little of the light they catch into food: their photosynthetic efficiency is surprisingly low.',
    'Input Output',
    'carbon dioxide glucose',
    'water oxygen',
    P4,
    `1 ${NOTE}`,
    '1',
  ].join(' ');
  assert.equal(doc.text.replace(/\s+/g, ' '), expected);
  assert.equal(doc.format, 'pdf');
});

const ENCODED = [
  ['latin.windows-1252.txt', 'windows-1252', LATIN],
  ['latin.utf-16-bom.txt', 'utf-16le', LATIN],
  ['latin.utf-16be-bom.txt', 'utf-16be', LATIN],
  ['latin.utf-16le.txt', 'utf-16le', LATIN],
  ['latin.iso-8859-1.txt', 'windows-1252', readFileSync(`${fixtures}latin-iso.txt`, 'utf8')],
  ['japanese.shift_jis.txt', 'shift_jis', readFileSync(`${fixtures}japanese.txt`, 'utf8')],
  ['russian.koi8-r.txt', 'koi8-r', readFileSync(`${fixtures}russian.txt`, 'utf8')],
  ['latin.txt', 'utf-8', LATIN],
];
for (const [name, encoding, text] of ENCODED) {
  test(`${name}: detected as ${encoding}, decoded exactly`, async () => {
    const doc = await readDocument(fixture(name), name);
    assert.equal(doc.text, text);
    assert.equal(doc.encoding, encoding);
    assert.equal(doc.format, 'text');
    assert.ok(doc.confidence > 0 && doc.confidence <= 1, `confidence ${doc.confidence}`);
    // a weak guess says so
    assert.equal(doc.warnings.length > 0, doc.confidence < 0.5, JSON.stringify(doc.warnings));
  });
}

test('the encoding option overrides detection, and bytes invalid in it are an error naming the file', async () => {
  const bytes = fixture('latin.windows-1252.txt');
  const asLatin1 = await readDocument(bytes, 'a.txt', { encoding: 'cp1252' });
  assert.equal(asLatin1.text, LATIN);
  assert.equal(asLatin1.confidence, 1);
  const koi = await readDocument(bytes, 'a.txt', { encoding: 'koi8-r' });
  assert.equal(koi.encoding, 'koi8-r');
  assert.notEqual(koi.text, LATIN);
  await assert.rejects(
    readDocument(bytes, 'essay.txt', { encoding: 'utf-8' }),
    (e) =>
      e instanceof DocumentError &&
      e.code === 'UNDECODABLE' &&
      e.file === 'essay.txt' &&
      /essay\.txt: not valid utf-8/.test(e.message),
  );
  await assert.rejects(
    readDocument(bytes, 'a.txt', { encoding: 'klingon' }),
    /options\.encoding: unknown encoding "klingon"/,
  );
});

test('arguments are validated with errors that name them', async () => {
  await assert.rejects(readDocument('text', 'a.txt'), /bytes must be a Uint8Array/);
  await assert.rejects(readDocument(new Uint8Array(1), ''), /name must be a non-empty string/);
  await assert.rejects(
    readDocument(new Uint8Array(1), 'a.txt', { maxBytes: 0 }),
    /options\.maxBytes must be a positive integer/,
  );
  await assert.rejects(readDocument(new Uint8Array(1), 'a.txt', { format: 'rtf' }), /options\.format must be one of/);
});

/** Each hostile input, then a good file through the same reader: nothing is left in a bad state. */
const goodDocx = fixture('essay.docx');
const hostile = [
  [
    'a truncated .docx',
    () => goodDocx.subarray(0, goodDocx.length >> 1),
    'essay.docx',
    {},
    'CORRUPT',
    /essay\.docx: not a readable \.docx file \(broken zip/,
  ],
  [
    'a zip bomb (.docx unpacking past the limit)',
    () => zipSync({ 'word/document.xml': new Uint8Array(8 << 20).fill(0x20) }),
    'bomb.docx',
    { maxUnpackedBytes: 1 << 20 },
    'TOO_LARGE',
    /bomb\.docx: unpacks to more than 1048576 bytes/,
  ],
  [
    'a .docx without word/document.xml',
    () => zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>') }),
    'empty.docx',
    {},
    'CORRUPT',
    /empty\.docx: not a Word document \(no word\/document\.xml inside\)/,
  ],
  [
    'a .odt without content.xml',
    () => zipSync({ mimetype: new TextEncoder().encode('application/vnd.oasis.opendocument.text') }),
    'x.odt',
    {},
    'CORRUPT',
    /x\.odt: not an OpenDocument file/,
  ],
  [
    'a PDF without a text layer',
    () => fixture('no-text.pdf'),
    'scan.pdf',
    {},
    'NO_TEXT',
    /scan\.pdf: the PDF has no text layer/,
  ],
  [
    'an encrypted PDF',
    () => fixture('essay-encrypted.pdf'),
    'locked.pdf',
    {},
    'ENCRYPTED',
    /locked\.pdf: the PDF is encrypted/,
  ],
  [
    'a truncated PDF',
    () => fixture('essay.pdf').subarray(0, 2000),
    'cut.pdf',
    {},
    'CORRUPT',
    /cut\.pdf: not a readable PDF/,
  ],
  ['a 0-byte file', () => new Uint8Array(0), 'empty.txt', {}, 'EMPTY', /empty\.txt: empty file \(0 bytes\)/],
  [
    'a binary renamed .txt',
    () => new Uint8Array(readFileSync(process.execPath).subarray(0, 65536)),
    'node.txt',
    {},
    'BINARY',
    /node\.txt: not a text file/,
  ],
  ['a PDF renamed .txt', () => fixture('essay.pdf'), 'essay.txt', {}, 'BINARY', /essay\.txt: not a text file/],
  [
    'a file over maxBytes',
    () => new Uint8Array(2048).fill(0x61),
    'big.txt',
    { maxBytes: 1024 },
    'TOO_LARGE',
    /big\.txt: 2048 bytes is over the limit of 1024/,
  ],
];
for (const [what, make, name, options, code, message] of hostile) {
  test(`${what}: ${code}, and the next file still reads`, async () => {
    await assert.rejects(readDocument(make(), name, options), (e) => {
      assert.ok(e instanceof DocumentError, `${e}`);
      assert.equal(e.code, code);
      assert.match(e.message, message);
      return true;
    });
    assert.equal((await readDocument(goodDocx, 'essay.docx')).text, WORD_PROCESSOR);
    assert.equal((await readDocument(fixture('essay.pdf'), 'essay.pdf')).format, 'pdf');
  });
}

test('the default size limit is 50 MiB', async () => {
  await assert.rejects(readDocument(new Uint8Array(50 * 1024 * 1024 + 1), 'huge.txt'), (e) => e.code === 'TOO_LARGE');
});

// Optional packages: never loaded by the core entry, and a missing one is named.
const hook = `
import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`
  export async function resolve(specifier, context, next) {
    const blocked = (process.env.BLOCK ?? '').split(',').filter(Boolean);
    if (blocked.some((p) => specifier === p || specifier.startsWith(p + '/'))) {
      const e = new Error("Cannot find package '" + specifier + "'"); e.code = 'ERR_MODULE_NOT_FOUND'; throw e;
    }
    const r = await next(specifier, context);
    if (process.env.LOG) process.stderr.write('resolved ' + specifier + '\\\\n');
    return r;
  }\`));
`;
function node(code, env) {
  return execFileSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, '--input-type=module', '-e', code],
    { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

test("import 'simkit' (and using it) loads none of the format libraries", () => {
  const p = spawnSync(
    process.execPath,
    [
      '--import',
      `data:text/javascript,${encodeURIComponent(hook)}`,
      '--input-type=module',
      '-e',
      "const s = await import('simkit'); await s.init(); console.log(s.xxh3('a') > 0n)",
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, LOG: '1' } },
  );
  assert.equal(p.status, 0, p.stderr);
  assert.equal(p.stdout.trim(), 'true');
  assert.match(p.stderr, /resolved simkit\n/); // the hook saw the imports
  for (const pkg of ['chardet', 'htmlparser2', 'fflate', 'pdfjs-dist'])
    assert.doesNotMatch(p.stderr, new RegExp(`resolved ${pkg}`), pkg);
});

test('a missing optional package is an error that says which one to install; other formats still read', () => {
  const out = node(
    `
    const { readDocument } = await import('simkit/documents');
    const fs = await import('node:fs');
    const read = async (f) => { try { return (await readDocument(new Uint8Array(fs.readFileSync('tests/fixtures/documents/' + f)), f)).format; } catch (e) { return e.code + ': ' + e.message; } };
    console.log(JSON.stringify([await read('essay.pdf'), await read('essay.docx'), await read('latin.txt')]));
  `,
    { BLOCK: 'pdfjs-dist' },
  );
  assert.deepEqual(JSON.parse(out), [
    'MISSING_PACKAGE: essay.pdf: reading PDF needs the optional package "pdfjs-dist" (npm install pdfjs-dist)',
    'docx',
    'text',
  ]);
});

// The CLI reads the folders people have: legacy encodings and mixed formats in, nothing dropped.
const cli = new URL('../../npm/dist/cli/main.js', import.meta.url).pathname;
function simkit(cwd, ...args) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function folder(files) {
  const dir = mkdtempSync(join(tmpdir(), 'simkit-documents-'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return dir;
}

test('CLI: a folder with a Windows-1252 essay and mixed formats is read completely and ranks exactly as its UTF-8 re-encoding', (t) => {
  const same = {
    'bob.docx': fixture('essay.docx'),
    'carol.pdf': fixture('essay.pdf'),
    'dave.html': fixture('essay.html'),
    'erin.odt': fixture('essay.odt'),
    'frank.docx': fixture('essay-lo.docx'),
    'grace.txt': fixture('latin.txt'),
  };
  const legacy = folder({
    ...same,
    'alice.txt': fixture('essay-copy.windows-1252.txt'),
    'ivan.txt': fixture('russian.koi8-r.txt'),
    'jun.txt': fixture('japanese.shift_jis.txt'),
    'kim.txt': fixture('latin.utf-16le.txt'),
  });
  const utf8 = folder({
    ...same,
    'alice.txt': fixture('essay-copy.txt'),
    'ivan.txt': fixture('russian.txt'),
    'jun.txt': fixture('japanese.txt'),
    'kim.txt': fixture('latin.txt'),
  });
  t.after(() => {
    rmSync(legacy, { recursive: true });
    rmSync(utf8, { recursive: true });
  });
  const args = ['plagiarism', '.', '--format', 'json', '--ngram-size', '20', '--threshold', '0', '--limit', '100'];
  const a = simkit(legacy, ...args);
  const b = simkit(utf8, ...args);
  assert.equal(a.code, 0, a.err);
  assert.equal(b.code, 0, b.err);
  const ranked = JSON.parse(a.out);
  assert.deepEqual(ranked, JSON.parse(b.out));
  assert.deepEqual(ranked.notRead, []);
  assert.ok(
    ranked.pairs.some((p) => [p.a, p.b].includes('alice.txt') && p.similarity > 0.3),
    'the copy is found',
  );
  // one summary line per run: formats and encodings
  const summary = a.err.split('\n').filter((l) => l.startsWith('simkit: read '));
  assert.equal(summary.length, 1, a.err);
  assert.match(summary[0], /^simkit: read 10 documents \(/);
  for (const part of [
    '1 windows-1252',
    '1 koi8-r',
    '1 shift_jis',
    '1 utf-16le',
    'docx: 2',
    'pdf: 1',
    'html: 1 utf-8',
    'odt: 1',
  ])
    assert.ok(summary[0].includes(part), `${part} in ${summary[0]}`);
  assert.equal(b.err.match(/simkit: read 10 documents \(([^)]*)\)/)[1].split('; ')[0], 'text: 5 utf-8');
});

test('CLI: unreadable documents are named, listed in every output and the report, and the rest is analyzed; --strict stops', (t) => {
  const dir = folder({
    'a.docx': fixture('essay.docx'),
    'b.odt': fixture('essay.odt'),
    'locked.pdf': fixture('essay-encrypted.pdf'),
    'scan.pdf': fixture('no-text.pdf'),
    'empty.txt': new Uint8Array(0),
    'program.txt': readFileSync(process.execPath).subarray(0, 65536),
    'cut.docx': fixture('essay.docx').subarray(0, 3000),
  });
  t.after(() => rmSync(dir, { recursive: true }));
  // a 200 MB file (sparse: it takes no disk space) is refused by its size, before it is read
  const big = openSync(join(dir, 'huge.txt'), 'w');
  ftruncateSync(big, 200 * 1024 * 1024);
  closeSync(big);
  const r = simkit(dir, 'plagiarism', '.', '--report', 'report.html', '--format', 'table');
  assert.equal(r.code, 0, r.err);
  const expected = {
    'cut.docx': /not a readable \.docx file \(broken zip/,
    'empty.txt': /empty file/,
    'huge.txt': /209715200 bytes is over the limit of 52428800/,
    'locked.pdf': /the PDF is encrypted/,
    'program.txt': /not a text file/,
    'scan.pdf': /the PDF has no text layer/,
  };
  for (const [name, reason] of Object.entries(expected)) {
    assert.match(r.err, new RegExp(`warning: ${name.replace('.', '\\.')}: ${reason.source}`));
    assert.match(r.out, new RegExp(`^  ${name.replace('.', '\\.')}: ${reason.source}`, 'm'));
  }
  assert.match(r.out, /not read \(6\), not in the ranking:/);
  assert.match(r.out, /^1 +a\.docx +b\.odt +1 /m); // the same essay from pandoc, as .docx and as .odt
  assert.match(r.err, /simkit: read 2 documents \(docx: 1; odt: 1\); 6 could not be read/);
  const html = readFileSync(join(dir, 'report.html'), 'utf8');
  assert.match(html, /2 documents analyzed · <a href="#not-analyzed">6 not analyzed<\/a>/);
  for (const name of Object.keys(expected)) assert.match(html, new RegExp(`<td>${name.replace('.', '\\.')}</td>`));
  const limited = simkit(dir, 'plagiarism', '.', '--max-bytes', '10000'); // a.docx is larger, b.odt is not
  assert.match(limited.err, /warning: a\.docx: \d+ bytes is over the limit of 10000 \(maxBytes\)/);
  assert.doesNotMatch(limited.err, /b\.odt/);
  const csv = simkit(dir, 'plagiarism', '.', '--format', 'csv');
  assert.deepEqual(
    csv.out
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('not read,'))
      .map((l) => l.split(',')[1]),
    Object.keys(expected),
  );
  const strict = simkit(dir, 'plagiarism', '.', '--strict');
  assert.equal(strict.code, 2);
  assert.match(strict.err, /^simkit: cut\.docx: not a readable \.docx file/m);
});

test('CLI: compare and match read documents too (a .docx against its .odt; a Windows-1252 list)', (t) => {
  const dir = folder({
    'essay.docx': fixture('essay.docx'),
    'essay.odt': fixture('essay.odt'),
    'names.txt': new Uint8Array(Buffer.from('Zoë Müller\nJosé Núñez\n', 'latin1')),
  });
  t.after(() => rmSync(dir, { recursive: true }));
  const c = simkit(dir, 'compare', 'essay.docx', 'essay.odt', '--format', 'json');
  assert.equal(c.code, 0, c.err);
  assert.equal(JSON.parse(c.out).jaccard, 1);
  const m = simkit(
    dir,
    'match',
    'Jose Nunez',
    '--in',
    'names.txt',
    '--limit',
    '1',
    '--format',
    'json',
    '--encoding',
    'latin1',
  );
  assert.equal(m.code, 0, m.err);
  assert.equal(JSON.parse(m.out)[0].candidate, 'José Núñez');
});

test('readDocumentFiles (the worker job): one result per file, in order, unreadable files as errors; useFormatModules validates', async () => {
  const { readDocumentFiles } = await import('../../npm/dist/web/documents-jobs.js');
  const { useFormatModules } = await import('simkit/documents');
  let last;
  const out = await readDocumentFiles(
    [
      { name: 'a.docx', bytes: fixture('essay.docx') },
      { name: 'empty.txt', bytes: new Uint8Array(0) },
      { name: 'w.txt', bytes: fixture('latin.windows-1252.txt') },
    ],
    {},
    (done, total, stage) => {
      last = [done, total, stage];
    },
  );
  assert.deepEqual(
    out.map((d) => [d.name, d.format ?? d.code]),
    [
      ['a.docx', 'docx'],
      ['empty.txt', 'EMPTY'],
      ['w.txt', 'text'],
    ],
  );
  assert.equal(out[0].text, WORD_PROCESSOR);
  assert.equal(out[2].text, LATIN);
  assert.match(out[1].error, /^empty\.txt: empty file/);
  assert.deepEqual(last, [3, 3, 'reading documents']);
  await assert.rejects(readDocumentFiles('a.txt'), /files must be an array/);
  assert.throws(() => useFormatModules({ jszip: '/x.js' }), /unknown module "jszip"/);
  assert.throws(() => useFormatModules({ fflate: 3 }), /modules\["fflate"\] must be a URL string/);
});
