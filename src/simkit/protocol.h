// SPDX-License-Identifier: MIT
// The numbers both sides of the C++/TypeScript boundary must agree on: limits, defaults,
// markers, packed flags, codes and the names behind them. This file is their one definition:
// scripts/gen-protocol.mjs generates npm/src/protocol.ts from it (tests/js/protocol.test.js
// fails when the committed copy differs). The generator reads three forms only, each after a
// `///` comment: `inline constexpr <integer or double type> kName = <literal>;`, `enum class`
// with explicit values, and `inline constexpr std::string_view kNames[] = {"a", ...};`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace simkit {

// ---- Limits ----

/// Largest input text of one call, in UTF-8 bytes. With source maps a text costs about 10 bytes
/// of wasm memory per byte (text, normalized copy, two uint32 maps), so 128 MiB leaves room in
/// wasm32's 4 GiB for the input arena and indexes.
inline constexpr size_t kMaxTextBytes = size_t{128} << 20;
/// Largest shingle/n-gram size in tokens or code points.
inline constexpr uint32_t kMaxShingleSize = 64;
/// Largest MinHash signature length (slots, numPerm).
inline constexpr uint32_t kMaxNumPerm = 4096;

// ---- Defaults ----

/// Default seed of every hash in the text pipeline.
inline constexpr uint64_t kDefaultSeed = 0;
/// Default MinHash signature length (numPerm).
inline constexpr uint32_t kDefaultNumPerm = 128;
/// Default MinHash seed.
inline constexpr uint64_t kDefaultMinHashSeed = 1;

// ---- Markers ----

/// "None" in uint32 arguments and results: no limit, no id, the query among pairs, a
/// reference text (not an author's), a text not held out.
inline constexpr uint32_t kNoValue = 0xFFFFFFFF;
/// Slot value of an empty document (no shingles) in every MinHash scheme.
inline constexpr uint32_t kEmptySlot = 0xFFFFFFFF;
/// Distance `kind`: the strings are uint32 symbol arrays (UTF-16 units or grapheme ids), not UTF-8.
inline constexpr uint32_t kSymbolInput = 0xFFFFFFFF;
/// distance_batch `kind`: the strings as given, as UTF-16 code units with ends in units,
/// compared as code points (surrogate pairs joined, a lone surrogate as U+FFFD); a kind above
/// every packed normalization value.
inline constexpr uint32_t kUtf16CodePoints = 64;
/// distance_batch `kind`: UTF-16 code units as kUtf16CodePoints, compared as the units themselves.
inline constexpr uint32_t kUtf16Units = 65;
/// distance_batch `kind`: UTF-16 code units as kUtf16CodePoints, compared as extended grapheme
/// clusters. No results (an empty list) when a string holds a virama, whose conjuncts newer
/// Unicode versions join: the caller segments those itself.
inline constexpr uint32_t kUtf16Graphemes = 66;
/// distance_batch `kind`: ASCII bytes (kind 0), compared as grapheme clusters (CR LF is one).
inline constexpr uint32_t kAsciiGraphemes = 67;

// ---- Normalization options packed in one uint32 ----

/// Bits 0-1: the normal form, an index into kNormalFormNames (NormalForm).
inline constexpr uint32_t kNormalizeFormMask = 3;
/// Bit 2: full Unicode case folding.
inline constexpr uint32_t kNormalizeCaseFold = 4;
/// Bit 3: remove combining marks.
inline constexpr uint32_t kNormalizeStripDiacritics = 8;
/// Bit 4: runs of white space become one space, none at the ends.
inline constexpr uint32_t kNormalizeCollapseWhitespace = 16;
/// Bit 5: invalid UTF-8 becomes U+FFFD instead of an error.
inline constexpr uint32_t kNormalizeReplaceInvalid = 32;
/// Normal forms by code (NormalForm): the `form` option's values.
inline constexpr std::string_view kNormalFormNames[] = {"none", "NFC", "NFKC"};

// ---- Codes of enumerated options ----

/// Shingle units by code (ShingleUnit): the `shingle` option's values.
inline constexpr std::string_view kShingleUnitNames[] = {"word", "char"};
/// MinHash schemes by code (MinHashScheme): the `scheme` option's values.
inline constexpr std::string_view kMinHashSchemeNames[] = {"classic", "oph"};
/// How Jaro halves transpositions, by code (HalfTranspositions).
inline constexpr std::string_view kHalfTranspositionNames[] = {"floor", "exact"};

/// Similarity scorers in [0, 1], higher = more similar; the order of kScorerNames.
enum class Scorer : uint8_t {
  kLevenshtein = 0,  ///< 1 − distance / max(m, n)
  kIndel = 1,        ///< RapidFuzz fuzz.ratio / 100
  kJaroWinkler = 2,
  kJaro = 3,
  kDice = 4,  ///< Sørensen-Dice on bigrams
  kOsa = 5,   ///< 1 − OSA distance / max(m, n)
  /// 1 / (1 + Levenshtein distance): ranks by the raw distance (fastest-levenshtein's closest)
  kLevenshteinDistance = 6,
  kPartialRatio = 7,  ///< RapidFuzz fuzz.partial_ratio / 100
};
/// Scorer names by code (Scorer): the `scorer` option's values.
inline constexpr std::string_view kScorerNames[] = {
    "levenshtein", "ratio", "jaroWinkler",         "jaro",
    "dice",        "osa",   "levenshteinDistance", "partialRatio",
};
/// Number of scorers.
inline constexpr uint8_t kScorerCount = 8;
static_assert(std::size(kScorerNames) == kScorerCount);

/// Metric codes of distance_pair / distance_batch (bindings/distance_api.h gives the parameters).
enum class DistanceMetric : uint32_t {
  kLevenshtein = 0,
  kWeightedLevenshtein = 1,
  kOsa = 2,
  kDamerauLevenshtein = 3,
  kHamming = 4,
  kLcsLength = 5,
  kLongestCommonSubstring = 6,
  kJaroWinkler = 7,
  kJaro = 8,
  /// kSimilarity + a Scorer code: that scorer's similarity.
  kSimilarity = 10,
};

// ---- Status codes ----

/// What every entry point returns: 0 or an error (the TS layer names them SimkitError codes).
enum class ErrorCode : int32_t {
  kOk = 0,
  kInvalidArgument = 1,     ///< a parameter is out of range or of the wrong shape (JS RangeError)
  kInvalidUtf8 = 2,         ///< input bytes are not valid UTF-8
  kCorruptData = 3,         ///< serialized bytes are truncated, tampered or not ours
  kUnsupportedVersion = 4,  ///< serialized bytes come from a newer/unknown format version
  kOutOfMemory = 5,         ///< a size limit would be exceeded
  kNotFound = 6,            ///< a key/handle does not exist
  kInternal = 7,            ///< a bug in simkit
};

// ---- Verifier flags (NativeVerifier::configure) ----

/// Bit 0: word features (else character n-grams).
inline constexpr uint32_t kVerifyWordFeatures = 1;
/// Bit 1: cosine similarity for the impostors method (else min-max).
inline constexpr uint32_t kVerifyCosine = 2;
/// Bit 2: each known text on its own (else all together as one).
inline constexpr uint32_t kVerifyEachKnown = 4;
/// Bit 3: combined method: scores of the texts with content words masked too (distortion).
inline constexpr uint32_t kVerifyMaskContentWords = 8;
/// Bits 8-15 hold the character model's order: the flags plus order << kVerifyModelOrderShift.
inline constexpr uint32_t kVerifyModelOrderShift = 8;
/// The combined method's score before calibrate(): the logistic of kVerifyDefaultIntercept plus
/// kVerifyDefaultModelWeight times each character-model score (knownPredictsUnknown,
/// unknownPredictsKnown), set on KJV pairs, plus, with impostors, kVerifyDefaultImpostorModelWeight
/// times each impostor-model score (knownModelBeatsImpostors, unknownModelBeatsImpostors: in
/// standard deviations; set by cross-validation on the PAN 2013-2015 training splits);
/// calibrate() shrinks its regression toward it.
inline constexpr double kVerifyDefaultIntercept = -3.0;
inline constexpr double kVerifyDefaultModelWeight = 4.0;
inline constexpr double kVerifyDefaultImpostorModelWeight = 0.5;

}  // namespace simkit
