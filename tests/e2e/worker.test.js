// SimkitWorker (simkit/worker) in Chromium with the package's own worker script: a job's
// progress reports arrive in order and end at their totals before its result, the result equals
// the same job run in Node, plain functions report nothing, and cancel() stops a job's reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { containment, init } from 'simkit';
import { serveDemo } from './browser.mjs';
import { plagiarismCorpus } from '../../bench/fixtures/corpus.mjs';
import { analyzeCollection } from '../../npm/dist/web/jobs.js';

const site = serveDemo();

async function page() {
  const p = await site.browser.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.goto(`${site.base}/`);
  await p.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  return { p, errors };
}

test('analyzeCollection in a SimkitWorker reports progress, then the result Node computes', async () => {
  await init();
  const { docs } = plagiarismCorpus({
    count: 40,
    planted: 8,
    size: 1000,
    overlap: (a, b) => containment(a, b, { ngramSize: 5 }),
  });
  const texts = docs.map((d) => d.text);
  const { p, errors } = await page();
  const got = await p.evaluate(async (texts) => {
    const { SimkitWorker } = await import('/dist/web/client.js');
    const sk = new SimkitWorker();
    const events = [];
    let resultSeen = false;
    const result = await sk.call('analyzeCollection', [texts, { threshold: 0.3 }], {
      onProgress: (done, total, stage) => events.push({ done, total, stage, afterResult: resultSeen }),
    });
    resultSeen = true;
    const plain = [];
    const similarity = await sk.call('setSimilarity', ['a b c d', 'a b c e', { ngramSize: 1 }], {
      onProgress: (...a) => plain.push(a),
    });
    sk.terminate();
    return { events, clusters: result.clusters, pairs: result.pairs.length, plain, jaccard: similarity.jaccard };
  }, texts);
  const node = analyzeCollection(texts, { threshold: 0.3 });
  assert.deepEqual(got.clusters, node.clusters);
  assert.equal(got.pairs, node.pairs.length);
  assert.equal(got.jaccard, 0.6);
  assert.deepEqual(got.plain, [], 'a plain function reports no progress');
  // Fingerprinting reports every 8th document and the last; then passages every 4th pair and the last.
  const stages = [...new Set(got.events.map((e) => e.stage))];
  assert.deepEqual(stages, ['fingerprinting', 'locating passages']);
  for (const stage of stages) {
    const ev = got.events.filter((e) => e.stage === stage);
    assert.ok(ev.length >= 2, `${stage}: ${ev.length} reports`);
    ev.forEach((e, i) => {
      assert.ok(e.done >= 1 && e.done <= e.total, `${stage}: ${e.done} of ${e.total}`);
      if (i) assert.ok(e.done > ev[i - 1].done, `${stage}: reports in order`);
    });
    assert.equal(ev.at(-1).done, ev.at(-1).total, `${stage}: ends at its total`);
  }
  assert.equal(got.events.filter((e) => e.stage === 'fingerprinting').at(-1).total, texts.length);
  assert.equal(got.events.filter((e) => e.stage === 'locating passages').at(-1).total, node.pairs.length);
  assert.ok(
    got.events.every((e) => !e.afterResult),
    'every report arrives before the result',
  );
  assert.deepEqual(errors, []);
  await p.close();
});

test('cancel() during a job: AbortError, no report after it, and the next call works', async () => {
  const { p, errors } = await page();
  const got = await p.evaluate(async () => {
    const { SimkitWorker } = await import('/dist/web/client.js');
    const sk = new SimkitWorker();
    // 400 distinct documents of 4,000 words: seconds of fingerprinting, reported every 8th.
    let x = 11;
    const texts = Array.from({ length: 400 }, () =>
      Array.from({ length: 4000 }, () => {
        x = (x * 48271) % 2147483647;
        return `w${(x % 6000).toString(36)}`;
      }).join(' '),
    );
    const events = [];
    let cancelledAt = -1;
    // No options argument: the worker passes the callback at the job's progress index whatever
    // optional arguments the page left out.
    const job = sk.call('analyzeCollection', [texts], {
      onProgress: (done) => {
        events.push(done);
        if (cancelledAt < 0) {
          cancelledAt = events.length;
          sk.cancel();
        }
      },
    });
    const outcome = await job.then(
      () => 'resolved',
      (e) => e.name,
    );
    // A full job on the replacement worker: once it is done, the cancelled one had time to report.
    const after = await sk.call('analyzeCollection', [texts.slice(0, 3), {}]);
    sk.terminate();
    return { outcome, reports: events.length, cancelledAt, afterClusters: Array.isArray(after.clusters) };
  });
  assert.equal(got.outcome, 'AbortError');
  assert.equal(got.cancelledAt, 1);
  assert.equal(got.reports, 1, 'no progress report after cancel()');
  assert.ok(got.afterClusters, 'the worker answers after a cancel');
  assert.deepEqual(errors, []);
  await p.close();
});
