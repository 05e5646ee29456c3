// SPDX-License-Identifier: MIT
// The only file that includes Debian's xxhash.h. XXH_INLINE_ALL makes it header-only, so the same
// code is compiled natively and to wasm with no library to link.
#pragma once

#include <cstddef>
#include <cstdint>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace simkit {

/// XXH3 64-bit hash of `size` bytes with `seed`.
inline uint64_t xxh3_64(const void* data, size_t size, uint64_t seed) {
  return XXH3_64bits_withSeed(data, size, seed);
}

/// XXH64 hash of `size` bytes with `seed`.
inline uint64_t xxh64(const void* data, size_t size, uint64_t seed) {
  return XXH64(data, size, seed);
}

/// XXH32 hash of `size` bytes with `seed`.
inline uint32_t xxh32(const void* data, size_t size, uint32_t seed) {
  return XXH32(data, size, seed);
}

/// A cheap, well-mixed 64-bit finalizer (the xxh3 avalanche), for rehashing hash values.
inline uint64_t mix64(uint64_t x) {
  x ^= x >> 37;
  x *= 0x165667919E3779F9ULL;
  x ^= x >> 32;
  return x;
}

}  // namespace simkit
