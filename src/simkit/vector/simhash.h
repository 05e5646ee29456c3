// SPDX-License-Identifier: MIT
// SimHash fingerprints (Charikar 2002) of weighted features, their Hamming distance, and an
// index that finds every fingerprint within a Hamming distance of a query.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include "simkit/status.h"
#include "simkit/vector/features.h"

namespace simkit {

/// 64-bit SimHash (Charikar 2002) of weighted features: bit b is set when the features whose
/// bit b is set outweigh those whose bit b is clear. Weights are the counts (tf).
uint64_t simhash(const TermCounts& counts);

/// The same fingerprint from the features themselves, one entry per occurrence in any order
/// (FeatureExtractor::features()): weights are counts, so summing each occurrence with weight 1
/// gives the same votes as simhash() of their TermCounts, without sorting or counting first.
uint64_t simhash(const uint64_t* features, size_t count);

inline uint32_t hamming64(uint64_t a, uint64_t b) {
  return static_cast<uint32_t>(std::popcount(a ^ b));
}

/// All fingerprints within Hamming distance d of a query, exactly: the 64 bits are cut into
/// d + 1 blocks, and two fingerprints within d differ in at most d blocks, so they share one
/// (the permuted-table method of Manku, Jain and Das Sarma, WWW 2007, with d + 1 tables).
class SimHashIndex {
 public:
  Status configure(uint32_t max_distance);
  void insert(uint32_t id, uint64_t fingerprint);
  bool remove(uint32_t id);
  /// (id, distance) with distance ≤ max_distance, closest first (ties by id).
  void query(uint64_t fingerprint, uint32_t exclude,
             std::vector<std::pair<uint32_t, uint32_t>>& out) const;
  [[nodiscard]] size_t size() const { return fingerprints_.size(); }

 private:
  [[nodiscard]] uint64_t block(uint64_t fp, uint32_t b) const;
  uint32_t max_distance_ = 3;
  std::vector<uint32_t> starts_;  // block b covers bits [starts_[b], starts_[b+1])
  std::unordered_map<uint32_t, uint64_t> fingerprints_;
  std::vector<std::unordered_map<uint64_t, std::vector<uint32_t>>> tables_;
};

}  // namespace simkit
