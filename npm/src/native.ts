// The raw Embind module: internal only, never exported from the package.
// tests/js/loading.test.js checks these keys against the instantiated module so it cannot drift.

/** Configuration accepted by the Emscripten factory (INCOMING_MODULE_JS_API in simkit_wasm.cmake). */
export interface ModuleConfig {
  wasmBinary?: Uint8Array;
  instantiateWasm?: (
    imports: WebAssembly.Imports,
    done: (instance: WebAssembly.Instance, module?: WebAssembly.Module) => void,
  ) => object;
  locateFile?: (path: string) => string;
  print?: (text: string) => void;
  printErr?: (text: string) => void;
}

/** Every function bindings/*_bind.cpp registers. Pointers are byte addresses into HEAPU8. */
export interface RawModule {
  HEAPU8: Uint8Array;
  HEAPU32: Uint32Array;

  arena_reserve(bytes: number): number;
  result_bytes_ptr(): number;
  result_bytes_size(): number;
  result_u32_ptr(): number;
  result_u32_size(): number;
  result_spans_ptr(): number;
  result_spans_size(): number;
  result_f64_ptr(): number;
  result_f64_size(): number;
  last_error_message(): string;

  text_normalize(offset: number, length: number, normFlags: number, withMap: number): number;
  text_tokenize(offset: number, length: number, normFlags: number): number;
  text_shingles(
    offset: number, length: number, normFlags: number, unit: number, size: number,
    seedLo: number, seedHi: number, withSpans: number,
  ): number;
  text_set_similarity(
    offsetA: number, lengthA: number, offsetB: number, lengthB: number, normFlags: number,
    unit: number, size: number, seedLo: number, seedHi: number,
  ): number;
  hash_one(algorithm: number, offset: number, length: number, seedLo: number, seedHi: number): number;
  hash_batch(
    algorithm: number, bytesOffset: number, bytesLength: number, endsOffset: number, count: number,
    seedLo: number, seedHi: number,
  ): number;

  winnow_fingerprint(offset: number, length: number, normFlags: number, unit: number, k: number,
    window: number, seedLo: number, seedHi: number): number;
  winnow_passages(offsetA: number, lengthA: number, offsetB: number, lengthB: number, normFlags: number,
    unit: number, k: number, seedLo: number, seedHi: number, minKgrams: number, maxGap: number): number;
  NativeWinnowIndex: new () => NativeWinnowIndex;
}

/** An Embind class instance (see bindings/winnow_api.h). */
export interface NativeWinnowIndex {
  configure(normFlags: number, unit: number, k: number, window: number, seedLo: number, seedHi: number, maxDocumentFrequency: number): number;
  add(id: number, offset: number, length: number, role: number): number;
  remove(id: number): number;
  set_template(offset: number, length: number): number;
  pairs(minSimilarity: number, limit: number): number;
  query(offset: number, length: number, minSimilarity: number, limit: number): number;
  size(): number;
  save(userOffset: number, userLength: number): number;
  load(offset: number, length: number): number;
  delete(): void;
  isDeleted(): boolean;
}

/** The keys above that must be functions on the module (checked by tests). */
export const RAW_FUNCTIONS = [
  'arena_reserve', 'result_bytes_ptr', 'result_bytes_size', 'result_u32_ptr', 'result_u32_size',
  'result_spans_ptr', 'result_spans_size', 'result_f64_ptr', 'result_f64_size',
  'last_error_message', 'text_normalize', 'text_tokenize', 'text_shingles', 'text_set_similarity',
  'hash_one', 'hash_batch', 'winnow_fingerprint', 'winnow_passages', 'NativeWinnowIndex',
] as const;
