// Browser, Web Worker and bundler entry: the wasm is fetched next to this file (the
// new URL(…, import.meta.url) pattern that Vite, webpack and Rollup rewrite).

/**
 * `import … from 'simkit'` in browsers, Web Workers and bundlers: the whole API, and {@link init} that fetches `simkit.wasm` next to the module. Under Node the same specifier resolves to the Node entry, with the same API.
 * @module simkit
 */
import createSimkitModule from './simkit.mjs';
import { initOn, type InitOptions } from './init.js';

export * from './api.js';

/**
 * Loads the wasm module (streaming-compiled when served as application/wasm). Call once and
 * await it; repeated and concurrent calls share one load.
 */
export function init(options?: InitOptions): Promise<void> {
  return initOn(
    {
      factory: createSimkitModule,
      defaultSource: async () => new URL('./simkit.wasm', import.meta.url),
    },
    options,
  );
}
