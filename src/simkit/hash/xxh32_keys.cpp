// SPDX-License-Identifier: MIT
#include "simkit/hash/xxh32_keys.h"

#include <algorithm>
#include <cstring>

#include "simkit/hash/xxhash.h"

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
#endif

namespace simkit {
namespace {

#if defined(__wasm_simd128__)
constexpr uint32_t kPrime1 = 0x9E3779B1U;
constexpr uint32_t kPrime2 = 0x85EBCA77U;
constexpr uint32_t kPrime3 = 0xC2B2AE3DU;
constexpr uint32_t kPrime4 = 0x27D4EB2FU;
constexpr uint32_t kPrime5 = 0x165667B1U;
constexpr size_t kStripe = 16;
constexpr uint32_t kLanes = 4;

uint32_t rotl(uint32_t x, uint32_t r) { return (x << r) | (x >> (32 - r)); }
v128_t rotl(v128_t x, uint32_t r) {
  return wasm_v128_or(wasm_i32x4_shl(x, r), wasm_u32x4_shr(x, 32 - r));
}
uint32_t read32(const char* p) {
  uint32_t v = 0;
  std::memcpy(&v, p, sizeof v);
  return v;
}
uint32_t round(uint32_t acc, uint32_t input) { return rotl(acc + input * kPrime2, 13) * kPrime1; }
v128_t round(v128_t acc, v128_t input) {
  acc = wasm_i32x4_add(acc, wasm_i32x4_mul(input, wasm_u32x4_splat(kPrime2)));
  return wasm_i32x4_mul(rotl(acc, 13), wasm_u32x4_splat(kPrime1));
}

/// XXH32's last steps for a key of `size` bytes whose stripes are done: `h` is the merged
/// accumulators plus the size, `tail` the size % 16 bytes left.
uint32_t finish(uint32_t h, const char* tail, size_t left) {
  for (; left >= 4; left -= 4, tail += 4) h = rotl(h + read32(tail) * kPrime3, 17) * kPrime4;
  for (; left > 0; --left, ++tail)
    h = rotl(h + static_cast<uint8_t>(*tail) * kPrime5, 11) * kPrime1;
  h ^= h >> 15;
  h *= kPrime2;
  h ^= h >> 13;
  h *= kPrime3;
  return h ^ (h >> 16);
}

/// Four keys of at least 16 bytes each: the stripes all four have run in v128 lanes (key k in
/// lane k), the rest of each key one at a time.
void four_keys(const char* const key[kLanes], const size_t size[kLanes], uint32_t seed,
               uint32_t* out) {
  v128_t acc0 = wasm_u32x4_splat(seed + kPrime1 + kPrime2);
  v128_t acc1 = wasm_u32x4_splat(seed + kPrime2);
  v128_t acc2 = wasm_u32x4_splat(seed);
  v128_t acc3 = wasm_u32x4_splat(seed - kPrime1);
  const size_t shared = std::min(std::min(size[0], size[1]), std::min(size[2], size[3])) / kStripe;
  for (size_t s = 0; s < shared; ++s) {
    const size_t at = s * kStripe;
    const v128_t q0 = wasm_v128_load(key[0] + at);
    const v128_t q1 = wasm_v128_load(key[1] + at);
    const v128_t q2 = wasm_v128_load(key[2] + at);
    const v128_t q3 = wasm_v128_load(key[3] + at);
    // Transpose: word j of every key into column j.
    const v128_t lo01 = wasm_i32x4_shuffle(q0, q1, 0, 4, 1, 5);
    const v128_t lo23 = wasm_i32x4_shuffle(q2, q3, 0, 4, 1, 5);
    const v128_t hi01 = wasm_i32x4_shuffle(q0, q1, 2, 6, 3, 7);
    const v128_t hi23 = wasm_i32x4_shuffle(q2, q3, 2, 6, 3, 7);
    acc0 = round(acc0, wasm_i32x4_shuffle(lo01, lo23, 0, 1, 4, 5));
    acc1 = round(acc1, wasm_i32x4_shuffle(lo01, lo23, 2, 3, 6, 7));
    acc2 = round(acc2, wasm_i32x4_shuffle(hi01, hi23, 0, 1, 4, 5));
    acc3 = round(acc3, wasm_i32x4_shuffle(hi01, hi23, 2, 3, 6, 7));
  }
  const bool same = size[0] == size[1] && size[0] == size[2] && size[0] == size[3];
  if (same) {  // the usual case for fixed-size keys: merge in lanes too
    const v128_t merged = wasm_i32x4_add(wasm_i32x4_add(rotl(acc0, 1), rotl(acc1, 7)),
                                         wasm_i32x4_add(rotl(acc2, 12), rotl(acc3, 18)));
    alignas(16) uint32_t h[kLanes];
    wasm_v128_store(h, wasm_i32x4_add(merged, wasm_u32x4_splat(static_cast<uint32_t>(size[0]))));
    const size_t done = shared * kStripe;
    for (uint32_t k = 0; k < kLanes; ++k) out[k] = finish(h[k], key[k] + done, size[k] - done);
    return;
  }
  alignas(16) uint32_t lanes[kLanes][kLanes];
  wasm_v128_store(lanes[0], acc0);
  wasm_v128_store(lanes[1], acc1);
  wasm_v128_store(lanes[2], acc2);
  wasm_v128_store(lanes[3], acc3);
  for (uint32_t k = 0; k < kLanes; ++k) {
    uint32_t v[kLanes] = {lanes[0][k], lanes[1][k], lanes[2][k], lanes[3][k]};
    size_t at = shared * kStripe;
    for (; at + kStripe <= size[k]; at += kStripe)
      for (uint32_t j = 0; j < kLanes; ++j) v[j] = round(v[j], read32(key[k] + at + 4 * j));
    const uint32_t h = rotl(v[0], 1) + rotl(v[1], 7) + rotl(v[2], 12) + rotl(v[3], 18);
    out[k] = finish(h + static_cast<uint32_t>(size[k]), key[k] + at, size[k] - at);
  }
}
#endif

/// One key the usual way; kept out of line so the library's XXH32 is compiled in once.
[[gnu::noinline]] uint32_t one_key(const char* key, size_t size, uint32_t seed) {
  return xxh32(key, size, seed);
}

}  // namespace

void xxh32_keys(const char* data, const uint32_t* ends, uint32_t count, uint32_t seed,
                uint32_t* out) {
  uint32_t i = 0;
  uint32_t begin = 0;
#if defined(__wasm_simd128__)
  for (; i + kLanes <= count; i += kLanes) {
    const char* key[kLanes];
    size_t size[kLanes];
    bool long_keys = true;
    for (uint32_t k = 0; k < kLanes; ++k) {
      const uint32_t end = ends[i + k];
      key[k] = data + begin;
      size[k] = end - begin;
      long_keys = long_keys && size[k] >= kStripe;
      begin = end;
    }
    if (long_keys) {
      four_keys(key, size, seed, out + i);
    } else {
      for (uint32_t k = 0; k < kLanes; ++k) out[i + k] = one_key(key[k], size[k], seed);
    }
  }
#endif
  for (; i < count; ++i) {
    out[i] = one_key(data + begin, ends[i] - begin, seed);
    begin = ends[i];
  }
}

}  // namespace simkit
