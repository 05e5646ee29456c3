// SPDX-License-Identifier: MIT
// Ranking by a score: the order a stable descending sort gives, from one sort instantiation
// shared by every caller (each std::stable_sort with its own comparator cost ~1 KB of wasm).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace simkit {

/// Indices of `keys`, largest key first, equal keys in index order (exactly what
/// std::stable_sort with `a > b` gives). Keys must not be NaN.
std::vector<uint32_t> descending_order(std::span<const double> keys);

/// `items` rearranged so that items[i] becomes the former items[order[i]]; order.size() must
/// equal items.size().
template <typename T>
void apply_order(std::vector<T>& items, const std::vector<uint32_t>& order) {
  std::vector<T> out;
  out.reserve(order.size());
  for (const uint32_t i : order) out.push_back(items[i]);
  items.swap(out);
}

}  // namespace simkit
