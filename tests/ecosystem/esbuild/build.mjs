// The README's esbuild snippet. esbuild does not follow new URL(…, import.meta.url), so simkit's
// worker script is one more entry point (named worker) and the wasm is copied next to the bundle.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const app = fileURLToPath(new URL('../app/', import.meta.url));
const outdir = process.env.OUT_DIR ?? 'dist';
await build({
  entryPoints: {
    main: `${app}main.js`,
    csp: `${app}csp.js`,
    'page-worker': `${app}page-worker.js`,
    worker: 'simkit/worker-script', // SimkitWorker starts ./worker.js next to the bundle
  },
  bundle: true,
  format: 'esm',
  outdir,
  logLevel: 'warning',
});
mkdirSync(outdir, { recursive: true });
copyFileSync(createRequire(import.meta.url).resolve('simkit/simkit.wasm'), `${outdir}/simkit.wasm`);
