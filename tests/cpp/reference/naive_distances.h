// SPDX-License-Identifier: MIT
// Obvious O(m·n) reference implementations the fast distance code is checked against.
#pragma once

#include <algorithm>
#include <cstdint>
#include <set>
#include <vector>

namespace simkit::reference {

using Seq = std::vector<uint32_t>;

inline uint32_t levenshtein(const Seq& a, const Seq& b) {
  std::vector<std::vector<uint32_t>> d(a.size() + 1, std::vector<uint32_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = static_cast<uint32_t>(i);
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = static_cast<uint32_t>(j);
  for (size_t i = 1; i <= a.size(); ++i)
    for (size_t j = 1; j <= b.size(); ++j)
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0U : 1U)});
  return d[a.size()][b.size()];
}

inline uint32_t lcs(const Seq& a, const Seq& b) {
  std::vector<std::vector<uint32_t>> d(a.size() + 1, std::vector<uint32_t>(b.size() + 1));
  for (size_t i = 1; i <= a.size(); ++i)
    for (size_t j = 1; j <= b.size(); ++j)
      d[i][j] = a[i - 1] == b[j - 1] ? d[i - 1][j - 1] + 1 : std::max(d[i - 1][j], d[i][j - 1]);
  return d[a.size()][b.size()];
}

inline uint32_t osa(const Seq& a, const Seq& b) {
  std::vector<std::vector<uint32_t>> d(a.size() + 1, std::vector<uint32_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = static_cast<uint32_t>(i);
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = static_cast<uint32_t>(j);
  for (size_t i = 1; i <= a.size(); ++i)
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0U : 1U)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

// Jaro from its definition: symbols match when equal, unmatched yet, and at most
// ⌊max(m, n) / 2⌋ − 1 apart (each symbol of a takes the first such symbol of b); t counts the
// matched pairs that differ when both strings' matches are read in order, and t / 2 is
// rounded down (Winkler's strcmp95, RapidFuzz, jellyfish) unless `exact_half` (natural).
inline double jaro(const Seq& a, const Seq& b, bool exact_half = false) {
  const size_t m = a.size();
  const size_t n = b.size();
  if (m == 0 && n == 0) return 1.0;
  if (m == 0 || n == 0) return 0.0;
  const size_t longer = std::max(m, n);
  const size_t window = longer / 2 > 0 ? longer / 2 - 1 : 0;
  std::vector<bool> matched_b(n);
  Seq in_a;  // a's matched symbols in a's order
  std::vector<size_t> b_positions;
  for (size_t i = 0; i < m; ++i) {
    for (size_t j = 0; j < n; ++j) {
      const size_t apart = i > j ? i - j : j - i;
      if (apart <= window && !matched_b[j] && a[i] == b[j]) {
        matched_b[j] = true;
        in_a.push_back(a[i]);
        break;
      }
    }
  }
  if (in_a.empty()) return 0.0;
  Seq in_b;  // b's matched symbols in b's order
  for (size_t j = 0; j < n; ++j)
    if (matched_b[j]) in_b.push_back(b[j]);
  size_t t = 0;
  for (size_t k = 0; k < in_a.size(); ++k) t += in_a[k] != in_b[k] ? 1U : 0U;
  const double half = exact_half ? static_cast<double>(t) / 2.0 : static_cast<double>(t / 2);
  const double mm = static_cast<double>(in_a.size());
  return (mm / static_cast<double>(m) + mm / static_cast<double>(n) + (mm - half) / mm) / 3.0;
}

// Jaro-Winkler from its definition: j + l·p·(1 − j) with l the common prefix (at most 4),
// only when j exceeds the boost threshold.
inline double jaro_winkler(const Seq& a, const Seq& b, double p, double threshold,
                           bool exact_half = false) {
  const double j = jaro(a, b, exact_half);
  if (!(j > threshold)) return j;
  size_t l = 0;
  while (l < 4 && l < a.size() && l < b.size() && a[l] == b[l]) ++l;
  return j + static_cast<double>(l) * p * (1.0 - j);
}

// True Damerau-Levenshtein from its definition: the fewest insertions, deletions,
// substitutions and swaps of two adjacent symbols turning a into b, found by breadth-first
// search over strings (symbols outside a ∪ b never help). Exponential: short strings only.
inline uint32_t damerau_by_search(const Seq& a, const Seq& b) {
  Seq alphabet(a);
  alphabet.insert(alphabet.end(), b.begin(), b.end());
  std::sort(alphabet.begin(), alphabet.end());
  alphabet.erase(std::unique(alphabet.begin(), alphabet.end()), alphabet.end());
  // No shortest path is longer than max(m, n) steps, so no string on it is longer than this.
  const size_t longest = a.size() + std::max(a.size(), b.size());
  std::set<Seq> seen{a};
  std::vector<Seq> frontier{a};
  for (uint32_t d = 0;; ++d) {
    std::vector<Seq> next;
    for (const Seq& s : frontier) {
      if (s == b) return d;
      const auto visit = [&](Seq t) {
        if (t.size() <= longest && seen.insert(t).second) next.push_back(std::move(t));
      };
      for (size_t i = 0; i <= s.size(); ++i) {
        for (const uint32_t c : alphabet) {  // insert c before position i
          Seq t(s);
          t.insert(t.begin() + static_cast<std::ptrdiff_t>(i), c);
          visit(std::move(t));
        }
        if (i == s.size()) break;
        Seq deleted(s);
        deleted.erase(deleted.begin() + static_cast<std::ptrdiff_t>(i));
        visit(std::move(deleted));
        for (const uint32_t c : alphabet) {
          Seq t(s);
          t[i] = c;
          visit(std::move(t));
        }
        if (i + 1 < s.size()) {
          Seq t(s);
          std::swap(t[i], t[i + 1]);
          visit(std::move(t));
        }
      }
    }
    frontier = std::move(next);
  }
}

inline double dice(const Seq& a, const Seq& b) {
  if (a.size() < 2 || b.size() < 2) return a == b ? 1.0 : 0.0;
  std::vector<std::pair<uint32_t, uint32_t>> x, y;
  for (size_t i = 0; i + 1 < a.size(); ++i) x.emplace_back(a[i], a[i + 1]);
  for (size_t i = 0; i + 1 < b.size(); ++i) y.emplace_back(b[i], b[i + 1]);
  size_t common = 0;
  for (const auto& g : x) {
    auto it = std::find(y.begin(), y.end(), g);
    if (it != y.end()) {
      y.erase(it);
      ++common;
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size() - 2);
}

}  // namespace simkit::reference
