// SPDX-License-Identifier: MIT
// xxHash entry points: one key, or a batch of keys in one boundary crossing.
#pragma once

#include <cstdint>

namespace simkit::api {

enum class HashAlgorithm : uint32_t { kXxh3 = 0, kXxh64 = 1, kXxh32 = 2 };

/// results.u32 = the hash of arena bytes [offset, offset + length) as (lo, hi) (XXH32: hi = 0).
int32_t hash_one(uint32_t algorithm, uint32_t offset, uint32_t length, uint32_t seed_lo,
                 uint32_t seed_hi);

/// Hashes `count` keys: key i is bytes [ends[i-1], ends[i]) of the arena range starting at
/// `bytes_offset` (ends[-1] = 0), with `ends` a uint32 array at arena offset `ends_offset`.
/// results.u32 = count (lo, hi) pairs (XXH32: one uint32 per key).
int32_t hash_batch(uint32_t algorithm, uint32_t bytes_offset, uint32_t bytes_length,
                   uint32_t ends_offset, uint32_t count, uint32_t seed_lo, uint32_t seed_hi);

}  // namespace simkit::api
