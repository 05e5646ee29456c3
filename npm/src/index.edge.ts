// Edge/serverless entry (Cloudflare Workers, Vercel Edge, Deno Deploy): no default wasm location,
// pass a precompiled WebAssembly.Module (or bytes). The glue never evaluates code.

/**
 * `simkit/edge` for Cloudflare Workers, Vercel Edge and Deno Deploy: the whole API with glue that never evaluates code, and an {@link init} that needs the wasm from you (`init({ wasm })`).
 * @module simkit/edge
 */
import createSimkitModule from './simkit.mjs';
import { initOn, type InitOptions } from './init.js';

export * from './api.js';

/**
 * Loads the wasm module from `options.wasm` (required here).
 * @example import wasm from 'simkit/simkit.wasm'; await init({ wasm });
 */
export function init(options: InitOptions): Promise<void> {
  return initOn({ factory: createSimkitModule, defaultSource: null }, options);
}
