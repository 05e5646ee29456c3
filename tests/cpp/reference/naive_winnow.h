// SPDX-License-Identifier: MIT
// Obvious reference implementation of robust winnowing (Schleimer et al. 2003, Fig. 5 semantics):
// in each window take the rightmost minimum, unless the previously selected minimum is still in
// the window and no strictly smaller hash entered.
#pragma once

#include <cstdint>
#include <vector>

namespace simkit::reference {

inline std::vector<uint32_t> naive_winnow(const std::vector<uint64_t>& h, uint32_t window) {
  std::vector<uint32_t> out;
  if (h.empty()) return out;
  const size_t w = window < h.size() ? window : h.size();
  long long prev = -1;
  for (size_t s = 0; s + w <= h.size(); ++s) {
    uint64_t m = h[s];
    for (size_t i = s; i < s + w; ++i) m = h[i] < m ? h[i] : m;
    if (prev >= static_cast<long long>(s) && h[static_cast<size_t>(prev)] == m) continue;
    size_t pick = s;
    for (size_t i = s; i < s + w; ++i)
      if (h[i] == m) pick = i;
    prev = static_cast<long long>(pick);
    out.push_back(static_cast<uint32_t>(pick));
  }
  return out;
}

}  // namespace simkit::reference
