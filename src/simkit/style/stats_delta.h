// SPDX-License-Identifier: MIT
// Burrows's Delta over a text's statistics rather than its words: sentence and word lengths,
// vocabulary richness, punctuation, commas and apostrophes per word, and how many of its words
// hardly any other writer of the reference texts uses (misspellings, idiosyncratic words).
// Habits of a writer's level and care, not of the topic: what is left to compare when topics
// differ and texts are short (student essays).
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "simkit/style/profile.h"

namespace simkit {

/// A word is rare when at most this many reference texts besides the problem's own use it.
inline constexpr uint32_t kRareWordTexts = 1;

class StatsDelta {
 public:
  /// The reference texts (at least two): who uses which word, and each statistic's sd.
  void fit(std::span<const TextProfile> reference);
  [[nodiscard]] bool fitted() const { return fitted_; }
  void clear() {
    fitted_ = false;
    texts_using_.clear();
  }
  /// Minus the sum over the statistics of |mean over the known texts − the unknown text's|, in
  /// the reference texts' sds (0: the same statistics; more negative: further apart).
  /// `own`: the reference texts that are the problem's own (their words do not make a word
  /// common); `reference` as given to fit().
  [[nodiscard]] double similarity(std::span<const TextProfile> known, const TextProfile& unknown,
                                  std::span<const TextProfile> reference,
                                  std::span<const size_t> own) const;

  static constexpr size_t kStatistics = kStatCount + 3;

 private:
  /// `text`'s statistics; a word is rare when used by at most kRareWordTexts reference texts
  /// other than the `own` ones (or, `self`, the text itself).
  void statistics(const TextProfile& text, std::span<const TextProfile> reference,
                  std::span<const size_t> own, bool self,
                  std::array<double, kStatistics>& out) const;

  bool fitted_ = false;
  std::unordered_map<uint64_t, uint32_t> texts_using_;  ///< word -> reference texts using it
  std::array<double, kStatistics> sd_{};
};

}  // namespace simkit
