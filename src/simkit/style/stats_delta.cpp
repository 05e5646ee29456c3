// SPDX-License-Identifier: MIT
#include "simkit/style/stats_delta.h"

#include <algorithm>
#include <cmath>

#include "simkit/style/delta_space.h"

namespace simkit {

void StatsDelta::statistics(const TextProfile& text, std::span<const TextProfile> reference,
                            std::span<const size_t> own, bool self,
                            std::array<double, kStatistics>& out) const {
  for (size_t k = 0; k < kStatCount; ++k) out[k] = text.stats[k];
  const double words = std::max<double>(1.0, static_cast<double>(text.words));
  out[kStatCount] = text.count(StyleKind::kPunctuation, ',') / words;
  out[kStatCount + 1] =
      (text.count(StyleKind::kPunctuation, '\'') + text.count(StyleKind::kPunctuation, U'\u2019')) /
      words;
  uint64_t rare = 0;
  for (const StyleTerm& t : text.word_counts) {
    const auto it = texts_using_.find(t.key);
    uint32_t others = it == texts_using_.end() ? 0 : it->second;
    if (self) {
      --others;  // the text is a reference text: it uses its own words
    } else {
      for (const size_t i : own)
        others -= reference[i].count(StyleKind::kWord, t.key) > 0 ? 1U : 0U;
    }
    if (others <= kRareWordTexts) rare += t.count;
  }
  out[kStatCount + 2] = static_cast<double>(rare) / words;
}

void StatsDelta::fit(std::span<const TextProfile> reference) {
  texts_using_.clear();
  for (const TextProfile& p : reference)
    for (const StyleTerm& t : p.word_counts) ++texts_using_[t.key];
  std::vector<std::vector<double>> rows(reference.size(), std::vector<double>(kStatistics));
  std::vector<const std::vector<double>*> pointers;
  std::array<double, kStatistics> s{};
  for (size_t i = 0; i < reference.size(); ++i) {
    statistics(reference[i], reference, {}, true, s);
    std::copy(s.begin(), s.end(), rows[i].begin());
    pointers.push_back(&rows[i]);
  }
  std::vector<double> mean;
  std::vector<double> sd;
  column_moments(pointers, mean, sd);
  std::copy(sd.begin(), sd.end(), sd_.begin());
  fitted_ = true;
}

double StatsDelta::similarity(std::span<const TextProfile> known, const TextProfile& unknown,
                              std::span<const TextProfile> reference,
                              std::span<const size_t> own) const {
  std::array<double, kStatistics> k{};
  std::array<double, kStatistics> s{};
  for (const TextProfile& text : known) {
    statistics(text, reference, own, false, s);
    for (size_t j = 0; j < kStatistics; ++j) k[j] += s[j] / static_cast<double>(known.size());
  }
  statistics(unknown, reference, own, false, s);
  double distance = 0;
  for (size_t j = 0; j < kStatistics; ++j)
    if (sd_[j] > 0) distance += std::fabs(k[j] - s[j]) / sd_[j];
  return -distance;
}

}  // namespace simkit
