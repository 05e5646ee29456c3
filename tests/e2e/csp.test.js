// Under a Content-Security-Policy without 'unsafe-eval' ('wasm-unsafe-eval' only) the no-eval
// build works, and the default build is refused (so the test can fail).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveDemo } from './browser.mjs';

const site = serveDemo();

test("simkit/csp (no-eval glue) runs under script-src 'self' 'wasm-unsafe-eval'", async () => {
  const page = await site.browser.newPage();
  const violations = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${site.base}/csp/`);
  await page.waitForSelector('body[data-ready]', { timeout: 15_000 });
  assert.equal(await page.textContent('#out'), '2d06800538d394c2 0.6');
  assert.deepEqual(violations, []);
  await page.close();
});

test('the default glue needs eval: under the same CSP it fails', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.base}/csp/`);
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
