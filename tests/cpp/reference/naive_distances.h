// SPDX-License-Identifier: MIT
// Obvious O(m·n) reference implementations the fast distance code is checked against.
#pragma once

#include <algorithm>
#include <cstdint>
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

inline double jaro(const Seq& a, const Seq& b) {
  const size_t m = a.size();
  const size_t n = b.size();
  if (m == 0 && n == 0) return 1.0;
  if (m == 0 || n == 0) return 0.0;
  const size_t window = std::max(m, n) / 2 > 0 ? std::max(m, n) / 2 - 1 : 0;
  std::vector<bool> fa(m), fb(n);
  size_t matches = 0;
  for (size_t i = 0; i < m; ++i) {
    for (size_t j = i > window ? i - window : 0; j < std::min(n, i + window + 1); ++j) {
      if (!fb[j] && a[i] == b[j]) {
        fa[i] = fb[j] = true;
        ++matches;
        break;
      }
    }
  }
  if (matches == 0) return 0.0;
  size_t t = 0;
  for (size_t i = 0, j = 0; i < m; ++i) {
    if (!fa[i]) continue;
    while (!fb[j]) ++j;
    t += a[i] != b[j] ? 1U : 0U;
    ++j;
  }
  const double mm = static_cast<double>(matches);
  return (mm / static_cast<double>(m) + mm / static_cast<double>(n) +
          (mm - static_cast<double>(t) / 2.0) / mm) /
         3.0;
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
