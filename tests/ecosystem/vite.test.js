// Vite: the production build and the dev server, each loaded in Chromium: init() and a
// computation on the page, in a module worker, through SimkitWorker, and simkit/csp under a
// strict Content-Security-Policy (built page).
import { after, before, test } from 'node:test';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  assertBuiltSite,
  assertMainPage,
  bin,
  closeBrowser,
  here,
  installPackage,
  pageResults,
  startProcess,
  tempDir,
  tool,
} from './harness.mjs';
import assert from 'node:assert/strict';

const config = join(here, 'vite', 'vite.config.js');
let dir;
before(() => {
  installPackage();
  dir = tempDir('simkit-vite-');
});
after(async () => {
  await closeBrowser();
  rmSync(dir, { recursive: true, force: true });
});

for (const [name, binary] of [
  ['Vite 8', 'vite'],
  ['Vite 6', 'vite6'],
]) {
  test(`${name} build: page, module worker, SimkitWorker, simkit/csp`, { timeout: 240_000 }, async () => {
    const out = join(dir, binary);
    tool(binary, ['build', '-c', config], { cwd: here, env: { ...process.env, OUT_DIR: out } });
    await assertBuiltSite(out);
  });

  test(`${name} dev server: page, module worker, SimkitWorker`, { timeout: 240_000 }, async () => {
    const devConfig = binary === 'vite6' ? join(here, 'vite', 'vite6-dev.config.js') : config;
    const server = await devServer(binary, devConfig);
    try {
      assertMainPage((await pageResults(server.match[1])).results);
    } finally {
      server.stop();
    }
  });
}

test('Vite 6 dev server without the README line: init() says what to add', { timeout: 240_000 }, async () => {
  const server = await devServer('vite6', config);
  try {
    await assert.rejects(
      pageResults(server.match[1]),
      /is not a wasm module .*optimizeDeps: \{ exclude: \['simkit'\] \}/,
    );
  } finally {
    server.stop();
  }
});

function devServer(binary, configFile) {
  return startProcess(bin(binary), ['-c', configFile, '--host', '127.0.0.1', '--port', '0', '--clearScreen', 'false'], {
    cwd: here,
    ready: /Local:\s+(http:\/\/127\.0\.0\.1:\d+\/)/,
    env: { NO_COLOR: '1' },
  });
}
