// Types for `import wasm from 'simkit/simkit.wasm'`: what edge bundlers (wrangler, Vercel, Deno
// Deploy tooling) hand you for a .wasm import, a compiled module ready for init({ wasm }).
declare const simkitWasm: WebAssembly.Module;
export default simkitWasm;
