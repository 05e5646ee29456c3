// simkit/documents in Chromium: HTML goes through the browser's own DOMParser there, and must
// give exactly the text htmlparser2 gives in Node; a format library the page does not serve is
// an error naming the package, not a silent skip. The demo reads every format in its worker:
// a folder of mixed essays dropped on it ranks exactly as `simkit plagiarism` on that folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocument } from 'simkit/documents';
import { serveDemo } from './browser.mjs';

const site = serveDemo();
const fixtures = new URL('../fixtures/documents/', import.meta.url).pathname;

test('HTML: DOMParser in the browser and htmlparser2 in Node read the same text', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.base}/`);
  const samples = [
    readFileSync(`${fixtures}essay.html`, 'utf8'),
    '<p>Caf&eacute; &amp; <b>cr&egrave;me</b>&nbsp;br&ucirc;l&eacute;e</p><script>x()</script><div hidden>no</div><ul><li>one<li>two</ul>a<br>b<pre>  x\n  y</pre><table><tr><td>c1<td>c2</table>',
  ];
  for (const html of samples) {
    const inBrowser = await page.evaluate(async (source) => {
      const { readDocument } = await import('/dist/documents/index.js');
      const doc = await readDocument(new TextEncoder().encode(source), 'page.html');
      return { text: doc.text, encoding: doc.encoding, hasDomParser: typeof DOMParser === 'function' };
    }, html);
    const inNode = await readDocument(new TextEncoder().encode(html), 'page.html');
    assert.equal(inBrowser.hasDomParser, true);
    assert.equal(inBrowser.text, inNode.text);
    assert.equal(inBrowser.encoding, 'utf-8');
  }
  await page.close();
});

test('a format library the page does not serve: an error naming the package to install', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.base}/`);
  const result = await page.evaluate(
    async (bytes) => {
      const { readDocument } = await import('/dist/documents/index.js');
      try {
        await readDocument(new Uint8Array(bytes), 'essay.docx');
        return 'read';
      } catch (e) {
        return `${e.code}: ${e.message}`;
      }
    },
    [...readFileSync(`${fixtures}essay.docx`)],
  );
  assert.equal(
    result,
    'MISSING_PACKAGE: essay.docx: reading .docx needs the optional package "fflate" (npm install fflate)',
  );
  await page.close();
});

// The mixed folder: the same essay from pandoc and LibreOffice in every format, a student's copy
// typed in Word (Windows-1252), and texts in Shift_JIS, KOI8-R and UTF-16; one scan without text.
const MIXED = {
  'alice.txt': 'essay-copy.windows-1252.txt',
  'bob.docx': 'essay.docx',
  'carol.pdf': 'essay.pdf',
  'dave.html': 'essay.html',
  'erin.odt': 'essay.odt',
  'frank.docx': 'essay-lo.docx',
  'grace.txt': 'latin.txt',
  'ivan.txt': 'russian.koi8-r.txt',
  'jun.txt': 'japanese.shift_jis.txt',
  'kim.txt': 'latin.utf-16le.txt',
  'scan.pdf': 'no-text.pdf',
};
const mixedFiles = () =>
  Object.entries(MIXED).map(([name, fixture]) => ({ name, bytes: [...readFileSync(fixtures + fixture)] }));

async function openDemo() {
  const page = await site.browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.base}/`);
  await page.waitForSelector('body[data-ready]', { timeout: 15_000 });
  return { page, errors };
}

/** Drops files (name + bytes) on `selector` as a real drop event. */
function dropOn(page, selector, files) {
  return page.evaluate(
    ({ selector, files }) => {
      const data = new DataTransfer();
      for (const f of files) data.items.add(new File([new Uint8Array(f.bytes)], f.name));
      document
        .querySelector(selector)
        .dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { selector, files },
  );
}

test('demo collection: mixed formats and encodings dropped, each shown as read, ranked exactly as the CLI ranks the folder', {
  timeout: 60_000,
}, async (t) => {
  const { page, errors } = await openDemo();
  await page.getByRole('tab', { name: 'Collection' }).click();
  await dropOn(page, '#drop', mixedFiles());
  await page.waitForFunction(() => /loaded/.test(document.getElementById('file-count').textContent), null, {
    timeout: 30_000,
  });
  assert.equal(
    await page.textContent('#file-count'),
    '10 document(s) loaded. 1 could not be read and is left out (listed below).',
  );
  const reads = await page.$$eval('#file-list li', (l) => l.map((x) => x.textContent));
  assert.deepEqual(
    reads.map((r) => r.replace(/ \(guessed, \d+%\)/, '').replace(/ · encoding guessed .*$/, '')),
    [
      'alice.txt: text · windows-1252',
      'bob.docx: docx',
      'carol.pdf: pdf',
      'dave.html: html · utf-8',
      'erin.odt: odt',
      'frank.docx: docx',
      'grace.txt: text · utf-8',
      'ivan.txt: text · koi8-r',
      'jun.txt: text · shift_jis',
      'kim.txt: text · utf-16le',
      'scan.pdf: not read: the PDF has no text layer (1 page(s) of images: a scan?); run OCR on it first',
    ],
  );
  await page.getByRole('button', { name: 'Analyze' }).click();
  await page.waitForSelector('body[data-analyzed-ms]', { timeout: 30_000 });
  const rows = await page.$$eval('#pairs tbody tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].slice(1, 4).map((td) => td.textContent)),
  );

  const dir = mkdtempSync(join(tmpdir(), 'simkit-e2e-documents-'));
  t.after(() => rmSync(dir, { recursive: true }));
  for (const [name, fixture] of Object.entries(MIXED)) writeFileSync(join(dir, name), readFileSync(fixtures + fixture));
  const cli = spawnSync(
    process.execPath,
    [
      new URL('../../npm/dist/cli/main.js', import.meta.url).pathname,
      'plagiarism',
      '.',
      '--format',
      'json',
      '--threshold',
      '0',
      '--limit',
      '50',
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  assert.equal(cli.status, 0, cli.stderr);
  const ranked = JSON.parse(cli.stdout);
  assert.deepEqual(
    ranked.notRead.map((d) => d.document),
    ['scan.pdf'],
  );
  assert.ok(ranked.pairs.length >= 10, `${ranked.pairs.length} pairs`);
  assert.deepEqual(
    rows,
    ranked.pairs.map((p) => [p.a, p.b, `${(100 * p.similarity).toFixed(1)}%`]),
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('demo compare and authorship: files of any format fill the texts, with how they were read', {
  timeout: 60_000,
}, async () => {
  const { page, errors } = await openDemo();
  const [docx, pdf] = await Promise.all(
    ['essay.docx', 'essay.pdf'].map((f) => readDocument(readFileSync(fixtures + f), f)),
  );
  await page.setInputFiles('#file-a', {
    name: 'essay.docx',
    mimeType: '',
    buffer: readFileSync(`${fixtures}essay.docx`),
  });
  await dropOn(page, '#text-b', [{ name: 'essay.pdf', bytes: [...readFileSync(`${fixtures}essay.pdf`)] }]);
  await page.waitForFunction(
    () => document.getElementById('text-a').value && document.getElementById('text-b').value,
    null,
    { timeout: 30_000 },
  );
  assert.equal(await page.inputValue('#text-a'), docx.text);
  assert.equal(await page.inputValue('#text-b'), pdf.text);
  assert.deepEqual(await page.$$eval('#reads-a li, #reads-b li', (l) => l.map((x) => x.textContent)), [
    'essay.docx: docx',
    'essay.pdf: pdf',
  ]);

  await page.getByRole('tab', { name: 'Authorship' }).click();
  await dropOn(page, '#candidates .candidate:nth-child(1)', [
    { name: 'a.odt', bytes: [...readFileSync(`${fixtures}essay.odt`)] },
    { name: 'locked.pdf', bytes: [...readFileSync(`${fixtures}essay-encrypted.pdf`)] },
  ]);
  await page.waitForFunction(
    () => document.querySelectorAll('#candidates .candidate:nth-child(1) .reads li').length === 2,
    null,
    { timeout: 30_000 },
  );
  assert.deepEqual(
    await page.$$eval('#candidates .candidate:nth-child(1) .reads li', (l) =>
      l.map((x) => [x.textContent, x.className]),
    ),
    [
      ['a.odt: odt', ''],
      ['locked.pdf: not read: the PDF is encrypted (password-protected); decrypt it first', 'unread'],
    ],
  );
  assert.ok((await page.inputValue('#candidates .candidate:nth-child(1) textarea')).endsWith(docx.text.trim()));
  await page.setInputFiles('#unknown-file', {
    name: 'unknown.txt',
    mimeType: '',
    buffer: readFileSync(`${fixtures}essay-copy.windows-1252.txt`),
  });
  await page.waitForFunction(() => document.querySelectorAll('#unknown-reads li').length === 1, null, {
    timeout: 30_000,
  });
  assert.equal(await page.inputValue('#unknown-text'), readFileSync(`${fixtures}essay-copy.txt`, 'utf8').trim());
  assert.match(await page.textContent('#unknown-reads li'), /^unknown\.txt: text · windows-1252/);
  assert.deepEqual(errors, []);
  await page.close();
});
