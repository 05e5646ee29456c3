// SPDX-License-Identifier: MIT
// Does one text contain much of another (an excerpt, a longer version, the same passage)? A
// text is not its own impostor, and neither is an excerpt of it: a pool made of labelled
// problems' texts often holds passages of the texts being verified. A bottom-k sketch of each
// text's distinct word 5-grams estimates the Jaccard resemblance, and from it and the two sizes
// the share of the smaller text found in the larger one (its containment).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "simkit/hash/shingle.h"
#include "simkit/status.h"

namespace simkit {

struct PassageSketch {
  std::vector<uint64_t> smallest;  ///< the k smallest distinct word 5-gram hashes, ascending
  uint64_t distinct = 0;           ///< distinct word 5-grams of the text
};

/// Above this estimated containment of the smaller text in the larger, they share a passage:
/// different texts by one writer share a few per cent of their word 5-grams.
inline constexpr double kSharedPassageContainment = 0.5;

class PassageSketcher {
 public:
  /// The sketch of `text`, normalized as `normalize` says.
  Status sketch(std::string_view text, const NormalizeOptions& normalize, std::string_view param,
                PassageSketch& out);

 private:
  Shingler shingler_;
  Shingles shingles_;
};

/// Estimated share of the smaller text's word 5-grams found in the larger one, in [0, 1].
double estimated_containment(const PassageSketch& a, const PassageSketch& b);

inline bool share_passage(const PassageSketch& a, const PassageSketch& b) {
  return estimated_containment(a, b) > kSharedPassageContainment;
}

}  // namespace simkit
