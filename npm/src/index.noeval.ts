// Browser entry for pages with a Content-Security-Policy without 'unsafe-eval' (only
// 'wasm-unsafe-eval'). The glue never evaluates code, so this is the browser entry under the
// name such pages have imported it by.

/**
 * `simkit/csp` for pages whose Content-Security-Policy allows `'wasm-unsafe-eval'` but not `'unsafe-eval'`: the whole API; the same module as `simkit` in browsers.
 * @module simkit/csp
 */
export * from './index.web.js';
