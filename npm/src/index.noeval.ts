// Browser entry for pages with a Content-Security-Policy without 'unsafe-eval' (only
// 'wasm-unsafe-eval'): the glue built with -sDYNAMIC_EXECUTION=0, loaded like index.web.ts.
// Calls cost a little more (~0.1 µs each); batch APIs make that invisible.

/**
 * `simkit/csp` for pages whose Content-Security-Policy allows `'wasm-unsafe-eval'` but not `'unsafe-eval'`: the whole API with glue that never evaluates code.
 * @module simkit/csp
 */
import createSimkitModule from './simkit-noeval.mjs';
import { initOn, type InitOptions } from './init.js';

export * from './api.js';

/** Loads the wasm module next to this file (or from `options.wasm`). */
export function init(options?: InitOptions): Promise<void> {
  return initOn(
    {
      factory: createSimkitModule,
      defaultSource: async () => new URL('./simkit.wasm', import.meta.url),
    },
    options,
  );
}
