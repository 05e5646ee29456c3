// Node.js entry: the wasm bytes are read from the package with fs (Emscripten 3.1.6's own Node
// loader fetches file paths and fails on Node >= 18).

/**
 * `import … from 'simkit'` under Node.js (≥ 20.19), Bun and Deno: the whole API, and {@link init} that reads `simkit.wasm` from the package with `fs`.
 * @module simkit (Node.js)
 */
import { readFile } from 'node:fs/promises';
import createSimkitModule from './simkit.mjs';
import { initOn, type InitOptions } from './init.js';

export * from './api.js';

/**
 * Loads the wasm module. Call once and await it before any other function; repeated and
 * concurrent calls share one load.
 * @example await init(); xxh3('hello')
 */
export function init(options?: InitOptions): Promise<void> {
  return initOn(
    {
      factory: createSimkitModule,
      defaultSource: async () => new Uint8Array(await readFile(new URL('./simkit.wasm', import.meta.url))),
    },
    options,
  );
}
