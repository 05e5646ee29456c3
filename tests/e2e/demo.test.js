// The demo page in headless Chromium: it loads the module, the golden vectors hold in the
// browser bit for bit, comparing two texts shows the same scores as Node and highlights the
// shared passages, and no request leaves 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { startServer } from '../../web/serve.mjs';
import { launch } from './browser.mjs';
import { init, setSimilarity } from 'simkit';

let server;
let browser;
let base;
const foreign = [];
const shots = new URL('./screenshots/', import.meta.url).pathname;

before(async () => {
  await init();
  server = await startServer(0);
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
  mkdirSync(shots, { recursive: true });
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function openDemo() {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('request', (r) => { if (!r.url().startsWith(`${base}/`)) foreign.push(r.url()); });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
  return { page, errors };
}

test('golden vectors hold in Chromium', async () => {
  const { page } = await openDemo();
  const vectors = readFileSync(new URL('../golden/vectors.tsv', import.meta.url), 'utf8');
  const cases = readFileSync(new URL('../golden/cases.mjs', import.meta.url), 'utf8');
  const result = await page.evaluate(async ({ vectors, cases }) => {
    const s = await import('/dist/index.web.js');
    const c = await import(`data:text/javascript,${encodeURIComponent(cases)}`);
    await s.init();
    const hexToText = (h) => new TextDecoder().decode(new Uint8Array(h.match(/../g)?.map((b) => parseInt(b, 16)) ?? []));
    const buffer = c.sanityBuffer(4096);
    let checked = 0;
    const failures = [];
    for (const line of vectors.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const f = line.split('\t');
      let got;
      let want = f[f[0].startsWith('xxh') ? 3 : 6];
      if (f[0].startsWith('xxh')) {
        const data = buffer.subarray(0, Number(f[1]));
        const seed = BigInt(`0x${f[2]}`);
        got = (f[0] === 'xxh3' ? s.xxh3(data, seed) : f[0] === 'xxh64' ? s.xxh64(data, seed) : BigInt(s.xxh32(data, Number(seed)))).toString(16);
      } else {
        const o = c.toApiOptions([Number(f[1]), Number(f[2]), Number(f[3]), BigInt(`0x${f[4]}`)]);
        const text = hexToText(f[5]);
        if (f[0] === 'normalize') { got = s.normalize(text, o.normalize); want = hexToText(f[6]); }
        else if (f[0] === 'tokens') got = s.tokenize(text, { normalize: o.normalize }).map((t) => `${t.start}:${t.end}`).join(',');
        else {
          const sh = s.shingles(text, o);
          const spans = [];
          for (let i = 0; i < sh.spans.length; i += 2) spans.push(`${sh.spans[i]}:${sh.spans[i + 1]}`);
          got = `${[...sh.hashes].map((h) => h.toString(16)).join(',')}|${spans.join(',')}`;
          want = `${f[6]}|${f[7] ?? ''}`;
        }
      }
      ++checked;
      if (got !== want) failures.push(`${line.slice(0, 80)} → ${got}`);
    }
    return { checked, failures };
  }, { vectors, cases });
  assert.deepEqual(result.failures, []);
  assert.ok(result.checked > 130);
  await page.close();
});

test('compare two texts: scores equal Node, passages highlighted, nothing leaves 127.0.0.1', async () => {
  const { page, errors } = await openDemo();
  await page.getByRole('button', { name: 'Try an example' }).click();
  await page.waitForFunction(() => document.getElementById('jaccard').value !== '–');
  const a = await page.inputValue('#text-a');
  const b = await page.inputValue('#text-b');
  const node = setSimilarity(a, b, { shingle: 'word', shingleSize: 3, normalize: { stripDiacritics: false } });
  assert.equal(await page.textContent('#jaccard'), node.jaccard.toFixed(3));
  assert.equal(await page.textContent('#a-in-b'), node.containmentAInB.toFixed(3));
  const marksA = await page.$$eval('#view-a mark', (m) => m.map((x) => x.textContent));
  const marksB = await page.$$eval('#view-b mark', (m) => m.map((x) => x.textContent));
  assert.ok(marksA.includes('It was a bright cold day in April, and the clocks were striking thirteen'), marksA.join(' | '));
  assert.ok(marksB.includes('It was a bright cold day in April, and the clocks were striking thirteen'), marksB.join(' | '));
  await page.screenshot({ path: `${shots}compare.png`, fullPage: true });
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await page.close();
});
