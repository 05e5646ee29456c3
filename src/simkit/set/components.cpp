// SPDX-License-Identifier: MIT
#include "simkit/set/components.h"

#include <algorithm>
#include <numeric>

namespace simkit {

void Components::reset(uint32_t n) {
  parent_.resize(n);
  std::iota(parent_.begin(), parent_.end(), 0U);
}

uint32_t Components::find(uint32_t x) {
  while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];  // path halving
  return x;
}

bool Components::join(uint32_t x, uint32_t y) {
  x = find(x);
  y = find(y);
  if (x == y) return false;
  // The smaller root wins: the representative does not depend on the order of joins.
  parent_[std::max(x, y)] = std::min(x, y);
  return true;
}

void Components::groups(std::vector<std::vector<uint32_t>>& out, size_t min_size) {
  out.clear();
  const auto n = static_cast<uint32_t>(parent_.size());
  std::vector<uint32_t> slot(n, UINT32_MAX);  // root -> index in out
  std::vector<std::vector<uint32_t>> all;
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t r = find(i);
    if (slot[r] == UINT32_MAX) {
      slot[r] = static_cast<uint32_t>(all.size());
      all.emplace_back();
    }
    all[slot[r]].push_back(i);  // in increasing order: each group is sorted
  }
  // Groups appear in the order of their first item, since items are visited in order.
  for (auto& g : all)
    if (g.size() >= min_size) out.push_back(std::move(g));
}

}  // namespace simkit
