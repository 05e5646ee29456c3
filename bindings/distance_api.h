// SPDX-License-Identifier: MIT
// String distance entry points: one pair, many pairs, and a prepared candidate set
// (NativeMatcher). Strings arrive in the arena as UTF-8, as UTF-16 code units, or as uint32
// symbol arrays (grapheme ids, say); decoding them is the core's (simkit/text/decode.h).
#pragma once

#include <cstdint>
#include <vector>

#include "simkit/distance/matcher.h"

namespace simkit::api {

/// `metric` is a DistanceMetric code (simkit/protocol.h): Levenshtein distance (p1 = max
/// distance), weighted Levenshtein (p1 insert, p2 delete, p3 substitute), OSA,
/// Damerau-Levenshtein, Hamming, LCS length, longest common substring (results.f64 = [length,
/// a start, b start]), Jaro-Winkler with p1 = prefix weight and p2 = boost threshold in
/// millionths and p3 = how transpositions are halved (a kHalfTranspositionNames code), Jaro with
/// p1 = that halving, kSimilarity + a Scorer code: similarities (results.f64[0]).
/// `kind` kSymbolInput: a and b are uint32 symbol arrays of a_length/b_length symbols; otherwise
/// UTF-8 byte ranges decoded to code points, normalized first with `kind` as packed
/// normalization flags (0: compared as given).
int32_t distance_pair(uint32_t metric, uint32_t kind, uint32_t a_offset, uint32_t a_length,
                      uint32_t b_offset, uint32_t b_length, uint32_t p1, uint32_t p2, uint32_t p3);

/// `count` pairs: left strings' symbols at a_offset with uint32 ends at a_ends_offset, same for
/// the right strings (ends in symbols or bytes, per `kind`). `kind` kUtf16CodePoints and
/// kUtf16Units (simkit/protocol.h): the strings as UTF-16 code units (uint16, 2-aligned) with
/// ends in units, compared as given: as code points (surrogate pairs joined, a lone surrogate
/// as U+FFFD) or as the units themselves. results.f64 = one value per pair.
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
