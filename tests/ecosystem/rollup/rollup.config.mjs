// The README's Rollup snippet: node-resolve for the package, @web/rollup-plugin-import-meta-assets
// to emit the wasm that simkit's new URL('./simkit.wasm', import.meta.url) names, and simkit's
// worker script as one more input named worker (Rollup does not bundle workers by itself; your
// own workers are inputs too).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { importMetaAssets } from '@web/rollup-plugin-import-meta-assets';
import { fileURLToPath } from 'node:url';

const app = fileURLToPath(new URL('../app/', import.meta.url));
export default {
  input: {
    main: `${app}main.js`,
    csp: `${app}csp.js`,
    'page-worker': `${app}page-worker.js`,
    worker: 'simkit/worker-script', // SimkitWorker starts ./worker.js next to the bundle
  },
  output: { dir: 'dist', format: 'es', entryFileNames: '[name].js' },
  plugins: [nodeResolve({ browser: true }), importMetaAssets({ include: ['**/node_modules/simkit/dist/*.js'] })],
};
