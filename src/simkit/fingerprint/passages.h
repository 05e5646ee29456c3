// SPDX-License-Identifier: MIT
// Matched passages between two texts: every k-gram the two share, merged into maximal aligned
// runs (as Dolos' fragments are built from consecutive matching k-grams), with coverage.
#pragma once

#include <cstdint>
#include <vector>

#include "simkit/fingerprint/winnow.h"

namespace simkit {

/// One passage of `a` that also appears in `b`, as UTF-16 spans of the two source texts.
struct Passage {
  uint32_t a_begin;
  uint32_t a_end;
  uint32_t b_begin;
  uint32_t b_end;
  uint32_t kgrams;  ///< consecutive matching k-grams merged into this passage
};

struct PassageOptions {
  uint32_t min_kgrams = 1;  ///< drop passages shorter than this many k-grams
  /// Merge two runs on the same alignment whose gap is at most this many k-grams (a changed
  /// word inside a copied sentence then leaves one passage, not two).
  uint32_t max_gap = 0;
  /// Positions kept per repeated k-gram: bounds the work on very repetitive texts.
  uint32_t max_occurrences = 64;
};

struct PassageMatch {
  std::vector<Passage> passages;  ///< ordered by a_begin, then b_begin
  double coverage_a = 0;          ///< share of a's units inside some passage, in [0, 1]
  double coverage_b = 0;
  double score = 0;  ///< (covered a + covered b) / (units a + units b)
};

/// Finds the passages two texts share from their k-grams (as made by Fingerprinter with the
/// same options). O((n + m) log m + matches).
class PassageMatcher {
 public:
  void match(const KGrams& a, const KGrams& b, const PassageOptions& options, PassageMatch& out);

 private:
  struct Hit {
    uint32_t diagonal_key;  // j - i + a.size(), so it is non-negative
    uint32_t i;
    uint32_t j;
  };
  std::vector<std::pair<uint64_t, uint32_t>> index_b_;
  std::vector<Hit> hits_;
  std::vector<uint8_t> covered_a_;
  std::vector<uint8_t> covered_b_;
};

}  // namespace simkit
