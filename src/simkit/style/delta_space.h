// SPDX-License-Identifier: MIT
// The Delta family's feature space (Burrows 2002): the most frequent terms of a set of texts,
// and each term's mean and sample standard deviation over them, to z-score any text against
// that set. Shared by attribution (the training texts) and verification (the impostors).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "simkit/style/profile.h"

namespace simkit {

/// The `limit` most frequent terms of one kind over `profiles` (all but `exclude`, an index;
/// pass profiles.size() or more to keep all), most frequent first; ties by name (from `names`,
/// when given), then key, so the list never depends on hash order.
std::vector<uint64_t> most_frequent(std::span<const TextProfile> profiles, size_t exclude,
                                    std::vector<StyleTerm> TextProfile::*list, uint32_t limit,
                                    const std::unordered_map<uint64_t, std::string>* names);

/// Per column of `rows` (equal lengths, at least two rows): the mean and the sample sd, summed
/// in row order. A column equal in every row has sd 0, even when rounding in the mean leaves
/// a few ulps (dividing by those would blow z-scores up to 1e12).
void column_moments(std::span<const std::vector<double>* const> rows, std::vector<double>& mean,
                    std::vector<double>& sd);

/// Cosine Delta (Smith & Aldridge 2011; the best of the family in Evert et al. 2017): texts as
/// z-scores of the reference texts' most frequent words, compared by cosine.
class DeltaSpace {
 public:
  /// The `words` most frequent words of `reference` (at least two texts) and their moments.
  void fit(std::span<const TextProfile> reference, uint32_t words);
  [[nodiscard]] bool fitted() const { return !words_.empty(); }
  void clear() { words_.clear(); }
  /// Cosine of the z-scores of `a` (its texts together) and `b`, in [-1, 1]; 0 when either
  /// has no words at all (a text with words but none of the space's is far from the mean).
  [[nodiscard]] double cosine(std::span<const TextProfile> a, const TextProfile& b) const;

 private:
  /// False when the texts have no words.
  bool z_scores(std::span<const TextProfile> texts, std::vector<double>& out) const;

  std::vector<uint64_t> words_;
  std::vector<double> mean_;
  std::vector<double> sd_;
  mutable std::vector<double> za_;  // scratch
  mutable std::vector<double> zb_;
};

}  // namespace simkit
