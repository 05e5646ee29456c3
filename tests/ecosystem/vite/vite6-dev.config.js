// Vite 6's dev server pre-bundles dependencies into .vite/deps/ and loses simkit's wasm and
// worker next to it: the README's one extra line for Vite 6 (Vite 8 needs none).
import { defineConfig, mergeConfig } from 'vite';
import base from './vite.config.js';

export default mergeConfig(
  base,
  defineConfig({
    optimizeDeps: { exclude: ['simkit'] },
  }),
);
