// The README's webpack snippet: nothing simkit-specific; webpack 5 bundles the worker and emits
// the wasm from their new URL(…, import.meta.url) by itself.
import { fileURLToPath } from 'node:url';

const app = fileURLToPath(new URL('../app/', import.meta.url));
export default {
  mode: 'production',
  entry: { main: `${app}main.js`, csp: `${app}csp.js` },
  output: { path: process.env.OUT_DIR, clean: true },
};
