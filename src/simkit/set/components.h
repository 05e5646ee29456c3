// SPDX-License-Identifier: MIT
// Union-find over items 0..n-1: join linked pairs, then read the connected components. The
// one implementation behind LSH clusters and the clusters of linked document pairs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace simkit {

class Components {
 public:
  explicit Components(uint32_t n = 0) { reset(n); }
  /// Items 0..n-1, each its own component.
  void reset(uint32_t n);
  /// The representative of x's component (the smallest item joined into it).
  uint32_t find(uint32_t x);
  /// Joins the components of x and y; false when they already were one.
  bool join(uint32_t x, uint32_t y);
  /// Components of at least `min_size` items, each sorted, ordered by their first item.
  void groups(std::vector<std::vector<uint32_t>>& out, size_t min_size = 2);

 private:
  std::vector<uint32_t> parent_;
};

}  // namespace simkit
