// SPDX-License-Identifier: MIT
#include "simkit/distance/matcher.h"

#include <algorithm>
#include <cmath>

namespace simkit {

double score_pair(Scorer scorer, Symbols a, Symbols b, double cutoff, DistanceWorkspace& ws) {
  switch (scorer) {
    case Scorer::kLevenshtein: {
      const size_t longest = std::max(a.size(), b.size());
      if (longest == 0) return 1.0;
      // similarity >= cutoff  <=>  distance <= (1 − cutoff) · longest
      const double allowed = std::floor((1.0 - cutoff) * static_cast<double>(longest) + 1e-9);
      const auto max_distance = static_cast<uint32_t>(std::max(0.0, allowed));
      const uint32_t d = levenshtein(a, b, max_distance, ws);
      if (d > max_distance) return 0.0;
      return 1.0 - static_cast<double>(d) / static_cast<double>(longest);
    }
    case Scorer::kIndel:
      return indel_ratio(a, b, ws);
    case Scorer::kPartialRatio:
      return partial_indel_ratio(a, b, ws);
    case Scorer::kJaroWinkler:
      return jaro_winkler(a, b, 0.1, 0.7, ws);
    case Scorer::kJaro:
      return jaro(a, b, ws);
    case Scorer::kDice:
      return dice_bigrams(a, b, ws);
    case Scorer::kLevenshteinDistance: {
      // score >= cutoff  <=>  distance <= 1 / cutoff − 1
      const double allowed = cutoff > 0.0 ? std::floor(1.0 / cutoff - 1.0 + 1e-9) : 4294967294.0;
      const auto max_distance = static_cast<uint32_t>(std::min(allowed, 4294967294.0));
      const uint32_t d = levenshtein(a, b, max_distance, ws);
      if (d > max_distance) return 0.0;
      return 1.0 / (1.0 + static_cast<double>(d));
    }
    case Scorer::kOsa: {
      const size_t longest = std::max(a.size(), b.size());
      if (longest == 0) return 1.0;
      return 1.0 - static_cast<double>(osa_distance(a, b, ws)) / static_cast<double>(longest);
    }
  }
  return 0.0;
}

Status Matcher::set(const uint32_t* symbols, const uint32_t* ends, uint32_t count,
                    uint64_t symbol_count) {
  uint32_t previous = 0;
  for (uint32_t i = 0; i < count; ++i) {
    if (ends[i] < previous || ends[i] > symbol_count)
      return invalid_argument("candidates are out of order (internal error)");
    previous = ends[i];
  }
  symbols_.assign(symbols, symbols + symbol_count);
  ends_.assign(ends, ends + count);
  return Status::ok();
}

void Matcher::extract(Symbols query, Scorer scorer, uint32_t limit, double cutoff,
                      std::vector<Match>& out) {
  out.clear();
  const auto worse = [](const Match& x, const Match& y) {
    return x.score != y.score ? x.score > y.score : x.index < y.index;
  };
  // `out` is a heap whose top is the worst kept match while it holds `limit` of them.
  double bar = cutoff;
  for (uint32_t i = 0; i < size(); ++i) {
    const Symbols c = candidate(i);
    if (scorer == Scorer::kLevenshteinDistance && bar > 0.0) {
      const size_t diff =
          query.size() > c.size() ? query.size() - c.size() : c.size() - query.size();
      if (1.0 / (1.0 + static_cast<double>(diff)) < bar) continue;
    }
    if (scorer == Scorer::kLevenshtein) {
      // Length difference alone bounds the similarity: skip without computing.
      const size_t longest = std::max(query.size(), c.size());
      const size_t diff =
          query.size() > c.size() ? query.size() - c.size() : c.size() - query.size();
      if (longest != 0 && 1.0 - static_cast<double>(diff) / static_cast<double>(longest) < bar)
        continue;
    }
    const double s = score_pair(scorer, query, c, bar, ws_);
    if (s < bar || (s == 0.0 && bar > 0.0)) continue;
    if (limit != 0 && out.size() == limit) {
      if (!worse(Match{i, s}, out.front())) continue;
      std::pop_heap(out.begin(), out.end(), worse);
      out.back() = {i, s};
      std::push_heap(out.begin(), out.end(), worse);
    } else {
      out.push_back({i, s});
      if (limit != 0) std::push_heap(out.begin(), out.end(), worse);
    }
    if (limit != 0 && out.size() == limit) bar = std::max(bar, out.front().score);
  }
  std::sort(out.begin(), out.end(), worse);
}

}  // namespace simkit
