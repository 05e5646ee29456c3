// SPDX-License-Identifier: MIT
// Exact set similarity of shingle-hash sets: Jaccard and containment.
#pragma once

#include <cstdint>
#include <vector>

namespace simkit {

/// Sorts `hashes` and removes duplicates in place: the shingle multiset becomes a set.
void to_hash_set(std::vector<uint64_t>& hashes);

/// Sizes of two sets and of their intersection.
struct SetOverlap {
  uint64_t size_a = 0;
  uint64_t size_b = 0;
  uint64_t intersection = 0;

  /// |A ∩ B| / |A ∪ B|; 0 when both sets are empty (empty texts share nothing).
  [[nodiscard]] double jaccard() const;
  /// |A ∩ B| / |A|: how much of A is contained in B; 0 when A is empty.
  [[nodiscard]] double containment_a_in_b() const;
  /// |A ∩ B| / |B|; 0 when B is empty.
  [[nodiscard]] double containment_b_in_a() const;
};

/// Overlap of two sorted, duplicate-free hash sets. O(|A| + |B|).
SetOverlap set_overlap(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

}  // namespace simkit
