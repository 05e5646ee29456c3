// The raw module: the entry points bindings/*_bind.cpp register, as entry-points.ts binds them.
// Internal only, never exported from the package. init() checks RAW_FUNCTIONS against the
// instantiated module and tests/js/loading.test.js checks the module has nothing more.

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

/** What the Emscripten factory (dist/simkit.mjs) resolves to. */
export interface EmscriptenModule {
  HEAPU8: Uint8Array;
  HEAPU32: Uint32Array;
  HEAPF64: Float64Array;
  /** The wasm instance's exports (minified names; the function table is among them). */
  asm: Record<string, unknown>;
  /** Address of the entry-point table (bindings/entry_points.cpp). */
  _simkit_entry_points(): number;
}

/** Every function bindings/*_bind.cpp registers. Pointers are byte addresses into HEAPU8. */
export interface RawModule {
  HEAPU8: Uint8Array;
  HEAPU32: Uint32Array;
  HEAPF64: Float64Array;

  arena_reserve(bytes: number): number;
  result_bytes_ptr(): number;
  result_bytes_size(): number;
  result_u32_ptr(): number;
  result_u32_size(): number;
  result_spans_ptr(): number;
  result_spans_size(): number;
  result_f64_ptr(): number;
  result_f64_size(): number;
  last_error_ptr(): number;
  last_error_size(): number;
  /** Decodes the two above (added by entry-points.ts). */
  last_error_message(): string;

  text_normalize(offset: number, length: number, normFlags: number, withMap: number): number;
  text_tokenize(offset: number, length: number, normFlags: number): number;
  text_shingles(
    offset: number,
    length: number,
    normFlags: number,
    unit: number,
    size: number,
    seedLo: number,
    seedHi: number,
    withSpans: number,
  ): number;
  text_set_similarity(
    offsetA: number,
    lengthA: number,
    offsetB: number,
    lengthB: number,
    normFlags: number,
    unit: number,
    size: number,
    seedLo: number,
    seedHi: number,
  ): number;
  hash_one(algorithm: number, offset: number, length: number, seedLo: number, seedHi: number): number;
  hash_batch(
    algorithm: number,
    bytesOffset: number,
    bytesLength: number,
    endsOffset: number,
    count: number,
    seedLo: number,
    seedHi: number,
  ): number;

  winnow_fingerprint(
    offset: number,
    length: number,
    normFlags: number,
    unit: number,
    k: number,
    window: number,
    seedLo: number,
    seedHi: number,
  ): number;
  winnow_passages(
    offsetA: number,
    lengthA: number,
    offsetB: number,
    lengthB: number,
    normFlags: number,
    unit: number,
    k: number,
    seedLo: number,
    seedHi: number,
    minKgrams: number,
    maxGap: number,
  ): number;
  connected_components(count: number, pairsOffset: number, pairCount: number): number;
  NativeWinnowIndex: new () => NativeWinnowIndex;

  minhash_sign_batch(
    bytesOffset: number,
    bytesLength: number,
    endsOffset: number,
    count: number,
    normFlags: number,
    unit: number,
    size: number,
    shingleSeedLo: number,
    shingleSeedHi: number,
    numPerm: number,
    seedLo: number,
    seedHi: number,
    scheme: number,
  ): number;
  lsh_optimal_params(threshold: number, numPerm: number, fpWeight: number, fnWeight: number): number;
  lsh_param_areas(threshold: number, bands: number, rows: number): number;
  lsh_candidate_probability(s: number, bands: number, rows: number): number;
  lsh_band_keys(signaturesOffset: number, count: number, numPerm: number, bands: number, rows: number): number;
  minhash_serialize(offset: number, count: number, numPerm: number, optionsOffset: number): number;
  minhash_deserialize(offset: number, length: number): number;
  NativeLshIndex: new () => NativeLshIndex;

  distance_pair(
    metric: number,
    kind: number,
    aOffset: number,
    aLength: number,
    bOffset: number,
    bLength: number,
    p1: number,
    p2: number,
    p3: number,
  ): number;
  distance_batch(
    metric: number,
    kind: number,
    aOffset: number,
    aEndsOffset: number,
    bOffset: number,
    bEndsOffset: number,
    count: number,
    p1: number,
    p2: number,
    p3: number,
  ): number;
  NativeMatcher: new () => NativeMatcher;

  vector_cosine(
    aOffset: number,
    aLength: number,
    bOffset: number,
    bLength: number,
    normFlags: number,
    unit: number,
    ngramMin: number,
    ngramMax: number,
    tfFlags: number,
  ): number;
  simhash_batch(
    bytesOffset: number,
    bytesLength: number,
    endsOffset: number,
    count: number,
    normFlags: number,
    unit: number,
    ngramMin: number,
    ngramMax: number,
  ): number;
  NativeTfIdfModel: new () => NativeTfIdfModel;
  NativeSimHashIndex: new () => NativeSimHashIndex;

  style_profile(offset: number, length: number, normFlags: number, charN: number, top: number): number;
  NativeAuthorship: new () => NativeAuthorship;
  NativeVerifier: new () => NativeVerifier;
}

/** A registered class's instance (see bindings/winnow_api.h). */
export interface NativeWinnowIndex {
  configure(
    normFlags: number,
    unit: number,
    k: number,
    window: number,
    seedLo: number,
    seedHi: number,
    maxDocumentFrequency: number,
  ): number;
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

/** A registered class's instance (see bindings/minhash_api.h). */
export interface NativeLshIndex {
  configure(numPerm: number, bands: number, rows: number): number;
  insert_batch(idsOffset: number, signaturesOffset: number, count: number): number;
  remove(id: number): number;
  query(signatureOffset: number, minEstimate: number, limit: number, exclude: number): number;
  clusters(minEstimate: number): number;
  size(): number;
  memory_bytes(): number;
  parameters(): number;
  save(userOffset: number, userLength: number): number;
  load(offset: number, length: number): number;
  delete(): void;
  isDeleted(): boolean;
}

/** A registered class's instance (see bindings/distance_api.h). */
export interface NativeMatcher {
  set(kind: number, dataOffset: number, endsOffset: number, count: number, dataLength: number): number;
  extract(
    kind: number,
    queryOffset: number,
    queryLength: number,
    scorer: number,
    limit: number,
    cutoff: number,
  ): number;
  size(): number;
  delete(): void;
  isDeleted(): boolean;
}

/** Registered classes' instances (see bindings/vector_api.h). */
export interface NativeTfIdfModel {
  fit(
    bytesOffset: number,
    bytesLength: number,
    endsOffset: number,
    count: number,
    normFlags: number,
    unit: number,
    ngramMin: number,
    ngramMax: number,
    flags: number,
    stopOffset: number,
    stopLength: number,
  ): number;
  similar(doc: number, k: number): number;
  query(offset: number, length: number, k: number): number;
  pair_cosine(a: number, b: number): number;
  size(): number;
  vocabulary_size(): number;
  delete(): void;
  isDeleted(): boolean;
}
export interface NativeSimHashIndex {
  configure(maxDistance: number): number;
  insert(id: number, lo: number, hi: number): void;
  remove(id: number): number;
  query(lo: number, hi: number, exclude: number): number;
  size(): number;
  delete(): void;
  isDeleted(): boolean;
}

/** Registered classes' instances (see bindings/style_api.h). */
export interface NativeAuthorship {
  configure(
    normFlags: number,
    charN: number,
    mfw: number,
    mfc: number,
    maxPunctuation: number,
    features: number,
    wordsOffset: number,
    wordsLength: number,
  ): number;
  add(bytesOffset: number, bytesLength: number, endsOffset: number, count: number, authorsOffset: number): number;
  fit(): number;
  features(): number;
  attribute(offset: number, length: number, method: number, aggregate: number, explain: number): number;
  leave_one_out(method: number, aggregate: number): number;
  texts(): number;
  delete(): void;
  isDeleted(): boolean;
}
export interface NativeVerifier {
  configure(
    normFlags: number,
    charN: number,
    flags: number,
    vocabulary: number,
    iterations: number,
    featureFraction: number,
    perIteration: number,
    candidates: number,
    seedLo: number,
    seedHi: number,
  ): number;
  add_impostors(bytesOffset: number, bytesLength: number, endsOffset: number, count: number): number;
  verify(
    bytesOffset: number,
    bytesLength: number,
    endsOffset: number,
    count: number,
    method: number,
    explain: number,
  ): number;
  clear_impostors(): void;
  impostors(): number;
  delete(): void;
  isDeleted(): boolean;
}

/** The keys above that must be functions on the module (checked by tests). */
export const RAW_FUNCTIONS = [
  'arena_reserve',
  'result_bytes_ptr',
  'result_bytes_size',
  'result_u32_ptr',
  'result_u32_size',
  'result_spans_ptr',
  'result_spans_size',
  'result_f64_ptr',
  'result_f64_size',
  'last_error_ptr',
  'last_error_size',
  'last_error_message',
  'text_normalize',
  'text_tokenize',
  'text_shingles',
  'text_set_similarity',
  'hash_one',
  'hash_batch',
  'winnow_fingerprint',
  'winnow_passages',
  'connected_components',
  'NativeWinnowIndex',
  'minhash_sign_batch',
  'lsh_optimal_params',
  'lsh_param_areas',
  'lsh_candidate_probability',
  'lsh_band_keys',
  'minhash_serialize',
  'minhash_deserialize',
  'NativeLshIndex',
  'distance_pair',
  'distance_batch',
  'NativeMatcher',
  'vector_cosine',
  'simhash_batch',
  'NativeTfIdfModel',
  'NativeSimHashIndex',
  'style_profile',
  'NativeAuthorship',
  'NativeVerifier',
] as const;
