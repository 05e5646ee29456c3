// webpack, esbuild and Rollup: each fixture built with the README's snippet for that tool, the
// app's two pages copied next to the bundle, served on 127.0.0.1 and loaded in Chromium: init()
// and a computation on the page, in a module worker, through SimkitWorker, and simkit/csp under
// a strict Content-Security-Policy.
import { after, before, test } from 'node:test';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuiltSite, closeBrowser, here, installPackage, tempDir, tool } from './harness.mjs';

let dir;
before(() => {
  installPackage();
  dir = tempDir('simkit-bundlers-');
});
after(async () => {
  await closeBrowser();
  rmSync(dir, { recursive: true, force: true });
});

const builds = {
  webpack: (out) =>
    tool('webpack', ['-c', join(here, 'webpack', 'webpack.config.js')], {
      cwd: here,
      env: { ...process.env, OUT_DIR: out },
    }),
  esbuild: (out) =>
    tool('node', [join(here, 'esbuild', 'build.mjs')], { cwd: here, env: { ...process.env, OUT_DIR: out } }),
  rollup: (out) => tool('rollup', ['-c', join(here, 'rollup', 'rollup.config.mjs'), '--dir', out], { cwd: here }),
};

for (const [name, build] of Object.entries(builds)) {
  test(`${name}: page, module worker, SimkitWorker, simkit/csp`, { timeout: 240_000 }, async () => {
    const out = join(dir, name);
    build(out);
    for (const page of ['index.html', 'csp.html']) copyFileSync(join(here, 'app', page), join(out, page));
    await assertBuiltSite(out);
  });
}
