// SPDX-License-Identifier: MIT
#include "simkit/sketch/minhash.h"

#include <algorithm>
#include <string>

#include "simkit/hash/xxhash.h"

namespace simkit {

Status validate_minhash_options(const MinHashOptions& o) {
  if (o.num_perm < 1 || o.num_perm > kMaxNumPerm) {
    return invalid_argument("numPerm must be an integer in [1, " + std::to_string(kMaxNumPerm) +
                            "], got " + std::to_string(o.num_perm));
  }
  if (o.scheme != MinHashScheme::kClassic && o.scheme != MinHashScheme::kOnePermutation)
    return invalid_argument("scheme must be 'classic' or 'oph'");
  return Status::ok();
}

Status MinHasher::configure(const MinHashOptions& options) {
  SIMKIT_RETURN_IF_ERROR(validate_minhash_options(options));
  options_ = options;
  a_.resize(options.num_perm);
  b_.resize(options.num_perm);
  uint64_t state = options.seed;
  for (uint32_t i = 0; i < options.num_perm; ++i) {
    a_[i] = splitmix64(state) | 1U;  // odd multipliers keep the map a bijection mod 2^64
    b_[i] = splitmix64(state);
  }
  return Status::ok();
}

void MinHasher::sign(const uint64_t* hashes, size_t count, uint32_t* out) const {
  if (options_.scheme == MinHashScheme::kClassic) {
    sign_classic(hashes, count, out);
  } else {
    sign_oph(hashes, count, out);
  }
}

void MinHasher::sign_classic(const uint64_t* hashes, size_t count, uint32_t* out) const {
  const uint32_t n = options_.num_perm;
  std::fill_n(out, n, kEmptySlot);
  const uint64_t* a = a_.data();
  const uint64_t* b = b_.data();
  // Shingle-major order: the inner loop over permutations is a straight vectorizable pass
  // over a, b and the signature (wasm SIMD does two 64-bit lanes per instruction).
  for (size_t s = 0; s < count; ++s) {
    const uint64_t x = hashes[s];
    for (uint32_t i = 0; i < n; ++i) {
      const auto h = static_cast<uint32_t>((a[i] * x + b[i]) >> 32);
      out[i] = h < out[i] ? h : out[i];
    }
  }
}

void MinHasher::sign_oph(const uint64_t* hashes, size_t count, uint32_t* out) const {
  const uint32_t n = options_.num_perm;
  std::fill_n(out, n, kEmptySlot);
  if (count == 0) return;
  // The raw shingle hash is mixed with the seed so different seeds give independent sketches.
  const uint64_t salt = options_.seed * 0x9E3779B97F4A7C15ULL;
  bool any_empty_value = false;
  for (size_t s = 0; s < count; ++s) {
    const uint64_t h = mix64(hashes[s] ^ salt);
    const auto bin = static_cast<uint32_t>(((h >> 32) * n) >> 32);  // fast range, no modulo
    auto v = static_cast<uint32_t>(h);
    if (v == kEmptySlot) v = kEmptySlot - 1;  // keep the empty marker unambiguous
    out[bin] = v < out[bin] ? v : out[bin];
  }
  for (uint32_t i = 0; i < n; ++i) any_empty_value = any_empty_value || out[i] == kEmptySlot;
  if (!any_empty_value) return;
  // Optimal densification: an empty bin i probes bins chosen by a hash of (seed, i, attempt)
  // until it meets a bin that was non-empty before densification, and copies its value.
  std::vector<uint8_t>& filled = filled_;
  filled.resize(n);
  for (uint32_t i = 0; i < n; ++i) filled[i] = out[i] != kEmptySlot ? 1 : 0;
  for (uint32_t i = 0; i < n; ++i) {
    if (filled[i]) continue;
    for (uint64_t attempt = 0;; ++attempt) {
      uint64_t key[3] = {options_.seed, i, attempt};
      const auto probe = static_cast<uint32_t>(((xxh3_64(key, sizeof key, 0) >> 32) * n) >> 32);
      if (filled[probe]) {
        out[i] = out[probe];
        break;
      }
    }
  }
}

double estimate_jaccard(const uint32_t* a, const uint32_t* b, uint32_t num_perm) {
  uint32_t equal = 0;
  bool a_empty = true;
  bool b_empty = true;
  for (uint32_t i = 0; i < num_perm; ++i) {
    equal += a[i] == b[i] ? 1U : 0U;
    a_empty = a_empty && a[i] == kEmptySlot;
    b_empty = b_empty && b[i] == kEmptySlot;
  }
  if (a_empty || b_empty) return 0.0;
  return static_cast<double>(equal) / static_cast<double>(num_perm);
}

void merge_signatures(const uint32_t* a, const uint32_t* b, uint32_t num_perm, uint32_t* out) {
  for (uint32_t i = 0; i < num_perm; ++i) out[i] = a[i] < b[i] ? a[i] : b[i];
}

}  // namespace simkit
