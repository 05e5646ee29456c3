// The README's Vite snippet: nothing simkit-specific but the two pages of this fixture.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const app = fileURLToPath(new URL('../app/', import.meta.url));
export default defineConfig({
  root: app,
  build: {
    outDir: process.env.OUT_DIR,
    emptyOutDir: true,
    rollupOptions: { input: { main: `${app}index.html`, csp: `${app}csp.html` } },
  },
});
