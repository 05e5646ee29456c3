// SPDX-License-Identifier: MIT
// MinHash and LSH entry points: batch signing, LSH parameter choice, signature serialization,
// and the LSH index registered for JS (NativeLshIndex).
#pragma once

#include <cstdint>
#include <vector>

#include "simkit/index/lsh_index.h"
#include "simkit/sketch/minhash.h"

namespace simkit::api {

/// Signs `count` texts placed back to back (text i ends at ends[i], a uint32 array at arena
/// offset `ends_offset`): results.u32 = count × num_perm slots, row-major.
int32_t minhash_sign_batch(uint32_t bytes_offset, uint32_t bytes_length, uint32_t ends_offset,
                           uint32_t count, uint32_t norm_flags, uint32_t unit, uint32_t size,
                           uint32_t shingle_seed_lo, uint32_t shingle_seed_hi, uint32_t num_perm,
                           uint32_t seed_lo, uint32_t seed_hi, uint32_t scheme);

/// results.f64 = [bands, rows, false positive area, false negative area].
int32_t lsh_optimal_params(double threshold, uint32_t num_perm, double fp_weight, double fn_weight);

/// results.f64 = [false positive area, false negative area] of explicit parameters.
int32_t lsh_param_areas(double threshold, uint32_t bands, uint32_t rows);

/// results.f64 = [P(candidate | s)] with `bands` bands of `rows` rows (the S-curve at s).
int32_t lsh_candidate_probability(double s, uint32_t bands, uint32_t rows);

/// Band keys of `count` signatures (uint32 at arena `signatures_offset`), LshIndex's banding:
/// results.u32 = count × bands keys as (lo, hi) pairs, signature-major.
int32_t lsh_band_keys(uint32_t signatures_offset, uint32_t count, uint32_t num_perm, uint32_t bands,
                      uint32_t rows);

/// Wraps `count` signatures (uint32 at arena `offset`) and the options that made them in the
/// "SKSG" format: results.bytes. `options` is 8 uint32 at `options_offset` (norm flags, unit,
/// size, shingle seed lo/hi, seed lo/hi, scheme).
int32_t minhash_serialize(uint32_t offset, uint32_t count, uint32_t num_perm,
                          uint32_t options_offset);
/// Reads "SKSG" bytes: results.u32 = [num_perm, count, 8 option words, signatures...].
int32_t minhash_deserialize(uint32_t offset, uint32_t length);

class NativeLshIndex {
 public:
  int32_t configure(uint32_t num_perm, uint32_t bands, uint32_t rows);
  /// Inserts `count` documents: ids (uint32) at `ids_offset`, signatures at `signatures_offset`.
  int32_t insert_batch(uint32_t ids_offset, uint32_t signatures_offset, uint32_t count);
  int32_t remove(uint32_t id);  ///< 0 removed, kNotFound otherwise
  /// results.u32 = ids, results.f64 = estimates, best first.
  int32_t query(uint32_t signature_offset, double min_estimate, uint32_t limit, uint32_t exclude);
  /// results.u32 = clusters flattened as [size, id, id, ..., size, id, ...].
  int32_t clusters(double min_estimate);
  [[nodiscard]] uint32_t size() const { return static_cast<uint32_t>(index_.size()); }
  [[nodiscard]] double memory_bytes() const { return static_cast<double>(index_.memory_bytes()); }
  /// results.u32 = [num_perm, bands, rows]: what the index runs with (configured or loaded).
  int32_t parameters();
  int32_t save(uint32_t user_offset, uint32_t user_length);
  int32_t load(uint32_t offset, uint32_t length);

 private:
  LshIndex index_;
  std::vector<LshCandidate> hits_;
  std::vector<std::vector<uint32_t>> clusters_;
};

}  // namespace simkit::api
