// SPDX-License-Identifier: MIT
// A MinHash LSH index: signatures split into bands of rows; documents whose band keys collide
// are candidates, verified against the stored signatures. Insert, remove, query, all
// near-duplicate clusters, and save/load in the checksummed "SKLS" format (docs/FORMAT.md).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "simkit/index/lsh_params.h"
#include "simkit/status.h"

namespace simkit {

struct LshCandidate {
  uint32_t id;
  double estimate;  ///< MinHash Jaccard estimate against the query
};

class LshIndex {
 public:
  /// @param num_perm signature length; bands·rows ≤ num_perm (trailing slots unused).
  Status configure(uint32_t num_perm, uint32_t bands, uint32_t rows);

  /// Adds or replaces document `id` with `signature` (num_perm values).
  void insert(uint32_t id, const uint32_t* signature);
  /// Removes `id`; false when absent.
  bool remove(uint32_t id);
  [[nodiscard]] bool contains(uint32_t id) const { return slot_of_.count(id) != 0; }

  /// Documents sharing a band with `signature` whose estimate is ≥ min_estimate, best first
  /// (ties by id), at most `limit` (0: all). `exclude` (e.g. the query's own id) is skipped.
  void query(const uint32_t* signature, double min_estimate, uint32_t limit, uint32_t exclude,
             std::vector<LshCandidate>& out);

  /// Connected components of the graph of candidate pairs with estimate ≥ min_estimate:
  /// clusters of near-duplicates (size ≥ 2), each sorted by id, clusters by their first id.
  void clusters(double min_estimate, std::vector<std::vector<uint32_t>>& out);

  [[nodiscard]] size_t size() const { return slot_of_.size(); }
  [[nodiscard]] uint32_t num_perm() const { return num_perm_; }
  [[nodiscard]] uint32_t bands() const { return bands_; }
  [[nodiscard]] uint32_t rows() const { return rows_; }
  /// Approximate bytes held (signatures, band tables, id maps).
  [[nodiscard]] size_t memory_bytes() const;

  [[nodiscard]] std::vector<uint8_t> save(std::string_view user_data) const;
  /// Replaces this index with the saved one; unchanged on error (kCorruptData/kUnsupportedVersion).
  Status load(const uint8_t* data, size_t size, std::string& user_data);

 private:
  static constexpr uint32_t kNone = 0xFFFFFFFFU;
  void link(uint32_t slot);
  void unlink(uint32_t slot);

  uint32_t num_perm_ = 0;
  uint32_t bands_ = 0;
  uint32_t rows_ = 0;
  std::vector<uint32_t> signatures_;  // slot-major, num_perm_ per slot
  std::vector<uint32_t> ids_;         // slot -> id (kNone when free)
  std::vector<uint32_t> free_slots_;
  std::unordered_map<uint32_t, uint32_t> slot_of_;  // id -> slot
  // Per band: bucket key -> first slot, and a next-slot chain per slot (kNone ends it).
  std::vector<std::unordered_map<uint64_t, uint32_t>> heads_;
  std::vector<std::vector<uint32_t>> next_;
  std::vector<uint32_t> seen_;  // query-stamp per slot: dedup without clearing
  uint32_t stamp_ = 0;
};

}  // namespace simkit
