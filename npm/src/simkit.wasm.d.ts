// Types for `import wasm from 'simkit/simkit.wasm'`: what edge bundlers (wrangler, Vercel, Deno
// Deploy tooling) hand you for a .wasm import, a compiled module ready for init({ wasm }).

/**
 * `simkit/simkit.wasm`: the WebAssembly module itself, for platforms that import `.wasm` files as compiled modules.
 * @module simkit/simkit.wasm
 */
/** simkit's wasm, compiled by your bundler or edge platform; pass it to `init({ wasm })` of `simkit/edge`. */
declare const simkitWasm: WebAssembly.Module;
export default simkitWasm;
