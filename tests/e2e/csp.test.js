// Under a Content-Security-Policy without 'unsafe-eval' ('wasm-unsafe-eval' only) the no-eval
// build works, and the default build is refused (so the test can fail).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../web/serve.mjs';
import { launch } from './browser.mjs';

let server;
let browser;
let base;
before(async () => {
  server = await startServer(0);
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('simkit/csp (no-eval glue) runs under script-src \'self\' \'wasm-unsafe-eval\'', async () => {
  const page = await browser.newPage();
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await page.goto(`${base}/csp/`);
  await page.waitForSelector('body[data-ready]', { timeout: 15_000 });
  assert.equal(await page.textContent('#out'), '2d06800538d394c2 0.6');
  assert.deepEqual(violations, []);
  await page.close();
});

test('the default glue needs eval: under the same CSP it fails', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/csp/`);
  await page.waitForSelector('body[data-ready]', { timeout: 15_000 });
  const result = await page.evaluate(async () => {
    try {
      const s = await import('/dist/index.web.js');
      await s.init({ fresh: true });
      s.jaccard('a b', 'a b');
      return 'worked';
    } catch (e) {
      return `failed: ${e.message}`;
    }
  });
  assert.match(result, /^failed: .*(unsafe-eval|Content Security Policy|EvalError|Refused)/i);
  await page.close();
});
