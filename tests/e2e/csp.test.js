// Under a Content-Security-Policy without 'unsafe-eval' ('wasm-unsafe-eval' only) simkit/csp and
// the default browser entry both work (the glue never evaluates code), while eval itself is
// refused on the same page (so the policy is in force and the test can fail).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveDemo } from './browser.mjs';

const site = serveDemo();

test("simkit/csp and simkit run under script-src 'self' 'wasm-unsafe-eval'", async () => {
  const page = await site.browser.newPage();
  const violations = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${site.base}/csp/`);
  await page.waitForSelector('body[data-ready]', { timeout: 15_000 });
  assert.equal(await page.textContent('#out'), '2d06800538d394c2 0.6');
  assert.equal(await page.textContent('#default'), '2d06800538d394c2 0.6');
  assert.deepEqual(violations, []);
  await page.close();
});

test('the default entry works under the same CSP, where eval is refused', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.base}/csp/?probe`);
  await page.waitForSelector('body[data-ready]', { timeout: 15_000 });
  assert.equal(await page.textContent('#eval'), 'eval refused: EvalError');
  assert.equal(await page.textContent('#default'), '2d06800538d394c2 0.6');
  await page.close();
});
