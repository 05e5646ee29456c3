// SPDX-License-Identifier: MIT
#include "simkit/style/delta_space.h"

#include <algorithm>
#include <cmath>

namespace simkit {

namespace {

struct Ranked {
  uint64_t key;
  uint64_t total;
  const std::string* name;
};

bool more_frequent(const Ranked& a, const Ranked& b) {
  if (a.total != b.total) return a.total > b.total;
  if (*a.name != *b.name) return *a.name < *b.name;
  return a.key < b.key;
}

}  // namespace

std::vector<uint64_t> most_frequent(std::span<const TextProfile> profiles, size_t exclude,
                                    std::vector<StyleTerm> TextProfile::*list, uint32_t limit,
                                    const std::unordered_map<uint64_t, std::string>* names) {
  std::unordered_map<uint64_t, uint64_t> totals;
  for (size_t i = 0; i < profiles.size(); ++i) {
    if (i == exclude) continue;
    for (const StyleTerm& t : profiles[i].*list) totals[t.key] += t.count;
  }
  static const std::string unnamed;
  std::vector<Ranked> ranked;
  ranked.reserve(totals.size());
  for (const auto& [key, total] : totals) {
    const std::string* name = &unnamed;
    if (names != nullptr) {
      const auto it = names->find(key);
      if (it != names->end()) name = &it->second;
    }
    ranked.push_back({key, total, name});
  }
  const size_t n = std::min<size_t>(limit, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(n), ranked.end(),
                    more_frequent);
  std::vector<uint64_t> keys(n);
  for (size_t i = 0; i < n; ++i) keys[i] = ranked[i].key;
  return keys;
}

void column_moments(std::span<const std::vector<double>* const> rows, std::vector<double>& mean,
                    std::vector<double>& sd) {
  const size_t f = rows.empty() ? 0 : rows[0]->size();
  mean.assign(f, 0.0);
  sd.assign(f, 0.0);
  for (const std::vector<double>* row : rows)
    for (size_t j = 0; j < f; ++j) mean[j] += (*row)[j];
  const auto n = static_cast<double>(rows.size());
  for (double& m : mean) m /= n;
  for (const std::vector<double>* row : rows) {
    for (size_t j = 0; j < f; ++j) {
      const double d = (*row)[j] - mean[j];
      sd[j] += d * d;
    }
  }
  for (size_t j = 0; j < f; ++j) {
    sd[j] = std::sqrt(sd[j] / (n - 1));
    if (sd[j] <= 1e-9 * std::fabs(mean[j])) sd[j] = 0;
  }
}

void DeltaSpace::fit(std::span<const TextProfile> reference, uint32_t words) {
  words_ = most_frequent(reference, reference.size(), &TextProfile::word_counts, words, nullptr);
  std::vector<std::vector<double>> rows(reference.size(), std::vector<double>(words_.size()));
  std::vector<const std::vector<double>*> pointers;
  for (size_t i = 0; i < reference.size(); ++i) {
    for (size_t j = 0; j < words_.size(); ++j)
      rows[i][j] = reference[i].value(StyleKind::kWord, words_[j]);
    pointers.push_back(&rows[i]);
  }
  column_moments(pointers, mean_, sd_);
}

bool DeltaSpace::z_scores(std::span<const TextProfile> texts, std::vector<double>& out) const {
  uint64_t total = 0;
  for (const TextProfile& t : texts) total += t.words;
  if (total == 0) return false;
  out.resize(words_.size());
  for (size_t j = 0; j < words_.size(); ++j) {
    uint64_t count = 0;
    for (const TextProfile& t : texts) count += t.count(StyleKind::kWord, words_[j]);
    const double frequency = static_cast<double>(count) / static_cast<double>(total);
    out[j] = sd_[j] > 0 ? (frequency - mean_[j]) / sd_[j] : 0.0;
  }
  return true;
}

double DeltaSpace::cosine(std::span<const TextProfile> a, const TextProfile& b) const {
  if (!z_scores(a, za_) || !z_scores({&b, 1}, zb_)) return 0.0;
  double dot = 0;
  double na = 0;
  double nb = 0;
  for (size_t j = 0; j < words_.size(); ++j) {
    dot += za_[j] * zb_[j];
    na += za_[j] * za_[j];
    nb += zb_[j] * zb_[j];
  }
  return na > 0 && nb > 0 ? dot / (std::sqrt(na) * std::sqrt(nb)) : 0.0;
}

}  // namespace simkit
