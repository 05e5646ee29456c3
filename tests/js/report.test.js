// The plagiarism report: a self-contained HTML file (no scripts, no network) whose highlights
// are exactly the shared passages, linked to their twins; and the JSON form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { init, plagiarismReport, WinnowIndex } from 'simkit';

await init();

const source = 'The mitochondria is the powerhouse of the cell, producing <ATP> through respiration & fermentation.';
const copy =
  'As we learned, the mitochondria is the powerhouse of the cell, producing <ATP> through respiration. Also other things.';

test('HTML report: escaped, self-contained, passages highlighted and linked', () => {
  const index = new WinnowIndex({ ngramSize: 15, window: 4 });
  index.add('source.txt', source);
  index.add('essay <1>.txt', copy);
  index.add('other.txt', 'Completely unrelated words about the weather in spring and autumn.');
  const html = plagiarismReport(index, { title: 'Biology <quiz>' });
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /<title>Biology &lt;quiz&gt;<\/title>/);
  assert.match(html, /essay &lt;1&gt;\.txt/);
  assert.doesNotMatch(html, /<script|https?:\/\//);
  const marks = [...html.matchAll(/<a class="m" id="(p0[ab]\d+)" href="#(p0[ab]\d+)">([^<]*)<\/a>/g)];
  assert.ok(marks.length >= 2);
  for (const [, id, twin] of marks) assert.ok(html.includes(`id="${twin}"`), `${id} links to a missing ${twin}`);
  assert.ok(
    marks.some((m) =>
      /^the mitochondria is the powerhouse of the cell, producing &lt;ATP&gt; through respiration$/i.test(m[3]),
    ),
    marks.map((m) => m[3]).join(' | '),
  );
  assert.doesNotMatch(html, /other\.txt/); // below the threshold
  index.dispose();
});

test('JSON report lists pairs with coverage and passages', () => {
  const index = new WinnowIndex({ ngramSize: 15, window: 4 });
  index.add('a', source);
  index.add('b', copy);
  const json = JSON.parse(plagiarismReport(index, { format: 'json' }));
  assert.equal(json.documents, 2);
  assert.equal(json.pairs.length, 1);
  const p = json.pairs[0];
  assert.ok(p.coverageA > 0.7 && p.coverageB > 0.5);
  assert.equal(p.passages[0].text, source.slice(p.passages[0].aStart, p.passages[0].aEnd));
  assert.throws(() => plagiarismReport(index, { format: 'pdf' }), /format must be one of 'html', 'json'/);
  index.dispose();
});

test('notAnalyzed: documents that could not be read are listed (escaped) and counted apart, never as analyzed', () => {
  const index = new WinnowIndex({ ngramSize: 15, window: 4 });
  index.add('a', source);
  index.add('b', copy);
  const notAnalyzed = [{ document: 'scan <1>.pdf', reason: 'the PDF has no text layer' }];
  const html = plagiarismReport(index, { notAnalyzed });
  assert.match(html, /2 documents analyzed · <a href="#not-analyzed">1 not analyzed<\/a>/);
  assert.match(
    html,
    /<section id="not-analyzed"><h2>Not analyzed \(1\)<\/h2>[\s\S]*<td>scan &lt;1&gt;\.pdf<\/td><td>the PDF has no text layer<\/td>/,
  );
  assert.doesNotMatch(plagiarismReport(index), /not-analyzed/);
  assert.deepEqual(JSON.parse(plagiarismReport(index, { format: 'json', notAnalyzed })).notAnalyzed, notAnalyzed);
  assert.throws(
    () => plagiarismReport(index, { notAnalyzed: [{ document: 'x' }] }),
    /notAnalyzed\[0\] must be \{ document: string, reason: string \}/,
  );
  assert.throws(() => plagiarismReport(index, { notAnalyzed: 'x' }), /notAnalyzed/);
  index.dispose();
});
