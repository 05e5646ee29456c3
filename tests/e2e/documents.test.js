// simkit/documents in Chromium: HTML goes through the browser's own DOMParser there, and must
// give exactly the text htmlparser2 gives in Node; a format library the page does not serve is
// an error naming the package, not a silent skip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readDocument } from 'simkit/documents';
import { serveDemo } from './browser.mjs';

const site = serveDemo();
const fixtures = new URL('../fixtures/documents/', import.meta.url).pathname;

test('HTML: DOMParser in the browser and htmlparser2 in Node read the same text', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.base}/`);
  const samples = [
    readFileSync(fixtures + 'essay.html', 'utf8'),
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
  const result = await page.evaluate(async (bytes) => {
    const { readDocument } = await import('/dist/documents/index.js');
    try { await readDocument(new Uint8Array(bytes), 'essay.docx'); return 'read'; } catch (e) { return `${e.code}: ${e.message}`; }
  }, [...readFileSync(fixtures + 'essay.docx')]);
  assert.equal(result, 'MISSING_PACKAGE: essay.docx: reading .docx needs the optional package "fflate" (npm install fflate)');
  await page.close();
});
