// The demo works offline once it has been opened: the service worker (demo/sw.js) caches every
// file the page needs, so after going offline a reload still loads, and every mode runs on its
// samples, including the files the modes fetch only on demand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { serveDemo } from './browser.mjs';

const site = serveDemo();

test('the service worker precaches every sample text', () => {
  const sw = readFileSync(new URL('../../demo/sw.js', import.meta.url), 'utf8');
  // The array literal as the formatter writes it: single quotes, maybe a trailing comma.
  const literal = sw.match(/const SAMPLES = \[([^\]]*)\]/)[1];
  const listed = [...literal.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  assert.ok(listed.length > 0, 'no SAMPLES listed in demo/sw.js');
  assert.deepEqual([...listed].sort(), readdirSync(new URL('../../demo/samples/', import.meta.url)).sort());
});

test('after one visit the page reloads and runs every mode offline', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.base}/`);
  await page.waitForSelector('body[data-ready="true"][data-offline="ready"]', { timeout: 20_000 });
  assert.match(await page.textContent('#offline-status'), /works offline/);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  // Offline for real: a file the page never asked for cannot be fetched.
  assert.equal(
    await page.evaluate(() =>
      fetch(`/never-cached-${Date.now()}.txt`).then(
        () => 'fetched',
        () => 'failed',
      ),
    ),
    'failed',
  );

  await page.getByRole('button', { name: 'Try an example' }).first().click();
  await page.waitForSelector('body[data-compared="1"]');
  assert.match(await page.textContent('#jaccard'), /^0\.\d{3}$/);

  await page.getByRole('tab', { name: 'Collection' }).click();
  await page.click('#collection-sample');
  await page.waitForFunction(() => document.getElementById('file-count').textContent.startsWith('7 '));
  await page.getByRole('button', { name: 'Analyze' }).click();
  await page.waitForSelector('body[data-analyzed-ms]');
  const clusters = await page.$$eval('#clusters li', (l) => l.map((x) => x.textContent));
  assert.ok(
    clusters.some((c) => c.includes('bees.txt') && c.includes('bees-copy.txt')),
    clusters.join(' | '),
  );

  await page.getByRole('tab', { name: 'Authorship' }).click();
  await page.getByRole('button', { name: 'Try an example' }).last().click();
  await page.waitForSelector('body[data-authorship="1"]');
  assert.ok((await page.$$eval('#ranking tbody tr', (r) => r.length)) > 1);
  assert.match(await page.textContent('#verify-score'), /^\d\.\d{3}$/);

  await page.getByRole('tab', { name: 'Fuzzy match' }).click();
  await page.getByRole('button', { name: 'Load example names' }).click();
  await page.fill('#fuzzy-query', 'jon smyth');
  await page.waitForSelector('body[data-fuzzy^="jon smyth:"]');

  assert.deepEqual(errors, []);
  await context.setOffline(false);
  await context.close();
});
