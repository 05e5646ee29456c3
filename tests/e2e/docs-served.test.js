// The demo server serves the API reference (built by scripts/docs.sh, which scripts/test.sh runs
// before this suite) at /docs/, and the demo page links to it. Plain HTTP: no browser needed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { startServer } from '../../web/serve.mjs';

let server;
let base;
before(async () => {
  assert.ok(
    existsSync(new URL('../../docs/api/index.html', import.meta.url)),
    'docs/api/ is missing: run bash scripts/docs.sh first',
  );
  server = await startServer(0);
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => server?.close());

test('the demo page links to the API reference, and the server serves it at /docs/', async () => {
  const page = await (await fetch(`${base}/`)).text();
  const href = /<a href="([^"]+)">API reference<\/a>/.exec(page)?.[1];
  assert.equal(href, 'docs/');
  const index = await fetch(new URL(href, `${base}/`));
  assert.equal(index.status, 200);
  assert.match(index.headers.get('content-type'), /^text\/html/);
  assert.match(await index.text(), /<title>simkit/);
  const cls = await fetch(`${base}/docs/classes/simkit.LshIndex.html`);
  assert.equal(cls.status, 200);
  assert.match(await cls.text(), /sCurve/);
});

test('a missing reference page says how to build the reference', async () => {
  const r = await fetch(`${base}/docs/no-such-page.html`);
  assert.equal(r.status, 404);
  assert.match(await r.text(), /scripts\/docs\.sh/);
});
