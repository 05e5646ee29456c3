// Headless Debian Chromium for the e2e tests (playwright-core; no browser downloads).
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../web/serve.mjs';

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * The demo served on 127.0.0.1 and a headless browser for one test file: started before its
 * tests, closed after them. Read `site.base` and `site.browser` inside the tests.
 */
export function serveDemo() {
  const site = { base: '', browser: null, server: null };
  before(async () => {
    site.server = await startServer(0);
    site.base = `http://127.0.0.1:${site.server.address().port}`;
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    site.server?.close();
  });
  return site;
}
