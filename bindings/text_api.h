// SPDX-License-Identifier: MIT
// Text pipeline entry points called from JS: normalize, tokenize, shingles, set similarity.
// Inputs are arena ranges; outputs land in api::results(); the return value is 0 or an ErrorCode.
#pragma once

#include <cstdint>

#include "simkit/hash/shingle.h"

namespace simkit::api {

/// Normalization options packed in one integer, the kNormalize* bits of simkit/protocol.h
/// (npm/src/options.ts packs them from the generated copy).
NormalizeOptions unpack_normalize(uint32_t flags);
Status check_normalize_flags(uint32_t flags);

/// Shingle options from their packed pieces; validated by the callee.
ShingleOptions unpack_shingle(uint32_t norm_flags, uint32_t unit, uint32_t size, uint32_t seed_lo,
                              uint32_t seed_hi);

/// results.bytes = normalized UTF-8; results.spans = per output byte source UTF-16 [begin, end).
int32_t text_normalize(uint32_t offset, uint32_t length, uint32_t norm_flags, uint32_t with_map);

/// results.spans = per token source UTF-16 [begin, end); results.u32 = per token normalized byte
/// [begin, end); results.bytes = the normalized text.
int32_t text_tokenize(uint32_t offset, uint32_t length, uint32_t norm_flags);

/// results.u32 = shingle hashes as (lo, hi) pairs in text order; results.spans = their source
/// UTF-16 spans when with_spans != 0.
int32_t text_shingles(uint32_t offset, uint32_t length, uint32_t norm_flags, uint32_t unit,
                      uint32_t size, uint32_t seed_lo, uint32_t seed_hi, uint32_t with_spans);

/// results.f64 = [jaccard, containment A in B, containment B in A, |A|, |B|, |A ∩ B|] of the two
/// texts' shingle sets.
int32_t text_set_similarity(uint32_t offset_a, uint32_t length_a, uint32_t offset_b,
                            uint32_t length_b, uint32_t norm_flags, uint32_t unit, uint32_t size,
                            uint32_t seed_lo, uint32_t seed_hi);

/// The Shingler shared by entry points (one per module instance; wasm is single-threaded).
Shingler& shared_shingler();

}  // namespace simkit::api
