// The public surface shared by every entry point (node, web, edge): re-exports only.
export { SimkitError, type SimkitErrorCode } from './errors.js';
export type { InitOptions, WasmSource } from './init.js';
export { isInitialized } from './init.js';
export type { NormalizeOptions, ShingleOptions } from './options.js';
export { normalize, tokenize, shingles, setSimilarity, jaccard, containment } from './text.js';
export type { Token, ShingleList, SetSimilarity } from './text.js';
export { xxh3, xxh64, xxh32, xxh3Batch, xxh64Batch, xxh32Batch } from './hash.js';
export type { PackedKeys } from './hash.js';
export { fingerprint, comparePassages, WinnowIndex } from './winnow.js';
export type {
  FingerprintOptions,
  Fingerprints,
  Passage,
  PassageMatch,
  PassageOptions,
  WinnowIndexOptions,
  DocumentPair,
  PairsOptions,
} from './winnow.js';
export { plagiarismReport } from './report.js';
export type { ReportOptions, ReportPair } from './report.js';
export { MinHasher, estimateJaccard, mergeSignatures } from './minhash.js';
export type { MinHashOptions } from './minhash.js';
export { LshIndex, dedup, lshCandidateProbability, lshParams, lshBandKeys } from './lsh.js';
export type {
  LshOptions,
  LshParams,
  LshMatch,
  LshQueryOptions,
  LshDuplicatesOptions,
  DedupOptions,
  DedupResult,
} from './lsh.js';
// Every export of distance.ts is public: a new measure there needs no line here.
export * from './distance.js';
export { MAX_NUM_PERM, MAX_SHINGLE_SIZE } from './protocol.js';
export { cosine, simhash, simhashBatch, hammingDistance, TfIdfModel, SimHashIndex, compare } from './vector.js';
export type { FeatureOptions, SimHashOptions, TfIdfOptions, Neighbor, Comparison } from './vector.js';
export { styleProfile } from './style-profile.js';
export type { StyleProfile, StyleProfileOptions, StyleTermCount } from './style-profile.js';
export { AuthorshipModel } from './style-attribution.js';
export type {
  DeltaMethod,
  StyleFeatureKind,
  AuthorshipOptions,
  AuthoredText,
  StyleEvidence,
  Attribution,
  AttributeOptions,
  LeaveOneOutResult,
} from './style-attribution.js';
export { AuthorshipVerifier, verifyAuthorship } from './style-verification.js';
export type {
  VerifierOptions,
  VerificationProblem,
  VerificationEvidence,
  Verification,
  VerificationScores,
  VerifierCalibration,
  VerifyMethod,
  CalibrationResult,
} from './style-verification.js';
export { evaluateVerification } from './style-eval.js';
export type { VerificationEvaluation } from './style-eval.js';
export type { Combiner } from './style-combine.js';
export { VERSION } from './version.js';
