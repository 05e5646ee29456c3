// SPDX-License-Identifier: MIT
// MinHash signatures of shingle-hash sets: classic (numPerm independent hash functions) and
// one-permutation hashing with optimal densification (Shrivastava, ICML 2017).
#pragma once

#include <cstdint>
#include <vector>

#include "simkit/protocol.h"
#include "simkit/status.h"

namespace simkit {

enum class MinHashScheme : uint8_t {
  /// numPerm hash functions h_i(x) = (a_i·x + b_i) >> 32 over the 64-bit shingle hash x, with
  /// odd 64-bit a_i and 64-bit b_i from splitmix64(seed): multiply-add-shift hashing
  /// (Dietzfelbinger 1996), exact integer arithmetic, no floats. Signatures merge exactly.
  kClassic = 0,
  /// One hash per shingle: the high 32 bits choose one of numPerm bins, the low 32 bits are the
  /// value; empty bins borrow a non-empty bin's value chosen by a seeded hash (optimal
  /// densification). About numPerm times less work than classic, similar accuracy.
  kOnePermutation = 1,
};

struct MinHashOptions {
  uint32_t num_perm = kDefaultNumPerm;
  uint64_t seed = kDefaultMinHashSeed;
  MinHashScheme scheme = MinHashScheme::kClassic;
};

Status validate_minhash_options(const MinHashOptions& options);

/// Signs shingle-hash sets. Holds the permutation tables for its options; reuse one per job.
class MinHasher {
 public:
  Status configure(const MinHashOptions& options);
  [[nodiscard]] const MinHashOptions& options() const { return options_; }

  /// Writes the numPerm-slot signature of `hashes` (duplicates allowed) to `out`.
  void sign(const uint64_t* hashes, size_t count, uint32_t* out) const;

 private:
  void sign_classic(const uint64_t* hashes, size_t count, uint32_t* out) const;
  void sign_oph(const uint64_t* hashes, size_t count, uint32_t* out) const;

  MinHashOptions options_;
  std::vector<uint64_t> a_;
  std::vector<uint64_t> b_;
  mutable std::vector<uint8_t> filled_;  // OPH densification scratch, reused across calls
};

/// Fraction of equal slots: the MinHash estimate of Jaccard similarity. Two empty signatures
/// (all kEmptySlot) estimate 0, as exact Jaccard of two empty sets is 0 in simkit.
double estimate_jaccard(const uint32_t* a, const uint32_t* b, uint32_t num_perm);

/// Slotwise minimum: the signature of the union (exact for classic, approximate for OPH,
/// whose densified slots are borrowed values).
void merge_signatures(const uint32_t* a, const uint32_t* b, uint32_t num_perm, uint32_t* out);

/// splitmix64: the deterministic generator behind every seeded table in simkit.
inline uint64_t splitmix64(uint64_t& state) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

}  // namespace simkit
