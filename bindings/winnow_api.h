// SPDX-License-Identifier: MIT
// Plagiarism entry points: fingerprints, passages between two texts, and the WinnowIndex
// registered for JS (NativeWinnowIndex). Status codes in, api::results() out.
#pragma once

#include <cstdint>

#include "simkit/fingerprint/passages.h"
#include "simkit/fingerprint/winnow_index.h"
#include "simkit/set/components.h"

namespace simkit::api {

/// Fingerprint options from packed pieces (norm flags as in text_api.h; unit 0 word, 1 char).
FingerprintOptions unpack_fingerprint(uint32_t norm_flags, uint32_t unit, uint32_t k,
                                      uint32_t window, uint32_t seed_lo, uint32_t seed_hi);

/// Winnowed fingerprints of a text: results.u32 = (lo, hi) hash pairs, results.spans = their
/// UTF-16 [begin, end) spans, in text order.
int32_t winnow_fingerprint(uint32_t offset, uint32_t length, uint32_t norm_flags, uint32_t unit,
                           uint32_t k, uint32_t window, uint32_t seed_lo, uint32_t seed_hi);

/// Passages two texts share: results.u32 = rows of [aBegin, aEnd, bBegin, bEnd, kgrams];
/// results.f64 = [coverage a, coverage b, score].
int32_t winnow_passages(uint32_t offset_a, uint32_t length_a, uint32_t offset_b, uint32_t length_b,
                        uint32_t norm_flags, uint32_t unit, uint32_t k, uint32_t seed_lo,
                        uint32_t seed_hi, uint32_t min_kgrams, uint32_t max_gap);

/// Connected components of items 0..count-1 linked by `pair_count` pairs (uint32 (a, b) at
/// arena `pairs_offset`): results.u32 = components of two or more items flattened as
/// [size, item, item, ..., size, ...], each sorted, ordered by their first item.
int32_t connected_components(uint32_t count, uint32_t pairs_offset, uint32_t pair_count);

/// The index as JS sees it: every method returns a status; outputs go to api::results().
class NativeWinnowIndex {
 public:
  int32_t configure(uint32_t norm_flags, uint32_t unit, uint32_t k, uint32_t window,
                    uint32_t seed_lo, uint32_t seed_hi, uint32_t max_document_frequency);
  int32_t add(uint32_t id, uint32_t offset, uint32_t length, uint32_t role);
  int32_t remove(uint32_t id);  ///< 0 when removed, kNotFound otherwise
  int32_t set_template(uint32_t offset, uint32_t length);
  /// results.u32 = rows [a, b, shared]; results.f64 = rows [similarity, containment a, containment
  /// b].
  int32_t pairs(double min_similarity, uint32_t limit);
  /// As pairs(), with a = kNoValue (the query).
  int32_t query(uint32_t offset, uint32_t length, double min_similarity, uint32_t limit);
  [[nodiscard]] uint32_t size() const { return static_cast<uint32_t>(index_.size()); }
  /// results.bytes = the saved index with the arena range as its user section.
  int32_t save(uint32_t user_offset, uint32_t user_length);
  /// Replaces the index with the saved one in the arena range; results.bytes = its user section.
  int32_t load(uint32_t offset, uint32_t length);

 private:
  WinnowIndex index_;
  std::vector<FingerprintPair> pairs_;
};

}  // namespace simkit::api
