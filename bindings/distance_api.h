// SPDX-License-Identifier: MIT
// String distance entry points: one pair, many pairs, and a prepared candidate set
// (NativeMatcher). Strings arrive in the arena as UTF-8, as UTF-16 code units, or as uint32
// symbol arrays (grapheme ids, say); decoding them is the core's (simkit/text/decode.h).
#pragma once

#include <cstdint>
#include <vector>

#include "simkit/distance/matcher.h"

namespace simkit::api {

/// Metrics: 0 Levenshtein distance (p1 = max distance), 1 weighted Levenshtein (p1 insert,
/// p2 delete, p3 substitute), 2 OSA, 3 Damerau-Levenshtein, 4 Hamming, 5 LCS length,
/// 6 longest common substring (results.f64 = [length, a start, b start]), 7 Jaro-Winkler with
/// p1 = prefix weight and p2 = boost threshold in millionths and p3 = how transpositions are
/// halved (0 rounded down, 1 exact), 8 Jaro with p1 = that halving, 10 + Scorer:
/// similarities (results.f64[0]).
/// `kind` 0xFFFFFFFF: a and b are uint32 symbol arrays of a_length/b_length symbols; otherwise
/// UTF-8 byte ranges decoded to code points, normalized first with `kind` as packed
/// normalization flags (0: compared as given).
int32_t distance_pair(uint32_t metric, uint32_t kind, uint32_t a_offset, uint32_t a_length,
                      uint32_t b_offset, uint32_t b_length, uint32_t p1, uint32_t p2, uint32_t p3);

/// `count` pairs: left strings' symbols at a_offset with uint32 ends at a_ends_offset, same for
/// the right strings (ends in symbols or bytes, per `kind`). `kind` 64 and 65: the strings as
/// UTF-16 code units (uint16, 2-aligned) with ends in units, compared as given: 64 as code
/// points (surrogate pairs joined, a lone surrogate as U+FFFD), 65 as the units themselves.
/// results.f64 = one value per pair.
int32_t distance_batch(uint32_t metric, uint32_t kind, uint32_t a_offset, uint32_t a_ends_offset,
                       uint32_t b_offset, uint32_t b_ends_offset, uint32_t count, uint32_t p1,
                       uint32_t p2, uint32_t p3);

class NativeMatcher {
 public:
  int32_t set(uint32_t kind, uint32_t data_offset, uint32_t ends_offset, uint32_t count,
              uint32_t data_length);
  /// results.u32 = candidate indices, results.f64 = scores, best first.
  int32_t extract(uint32_t kind, uint32_t query_offset, uint32_t query_length, uint32_t scorer,
                  uint32_t limit, double cutoff);
  [[nodiscard]] uint32_t size() const { return matcher_.size(); }

 private:
  Matcher matcher_;
  std::vector<Match> matches_;
};

}  // namespace simkit::api
