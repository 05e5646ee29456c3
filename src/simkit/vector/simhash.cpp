// SPDX-License-Identifier: MIT
// SimHash fingerprints: of a stream of feature hashes (per-bit population counts, bit-sliced),
// of counted features, and the Hamming-distance index over them.
#include "simkit/vector/simhash.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
#endif

namespace simkit {

namespace {

// Every feature adds +1 or -1 to each of the 64 votes, so with N features the vote of bit b is
// 2 * ones[b] - N, where ones[b] counts the features with bit b set: counting set bits per
// position is all the work. Bit j of byte k of a hash lands in byte k of (h >> j) & 0x01...01,
// so eight byte-lane counters c[j] (one shift, one and, one add each) count all 64 positions;
// byte lanes overflow after 255 additions, so they are drained into 32-bit counts before that.
constexpr uint64_t kLowBits = 0x0101010101010101ULL;
constexpr size_t kDrainEvery = 255;

#if defined(__wasm_simd128__)

// Two hashes per 128-bit vector (the lanes' 64-bit shifts are wasm's i64x2.shr_u).
void count_ones(const uint64_t* h, size_t n, uint32_t (&ones)[64]) {
  const v128_t low = wasm_i64x2_splat(static_cast<int64_t>(kLowBits));
  size_t i = 0;
  while (i < n) {
    const size_t pairs = std::min((n - i) / 2, kDrainEvery);
    const size_t take = pairs == 0 ? 1 : 2 * pairs;  // a lone last hash goes with a zero
    v128_t c[8];
    for (v128_t& x : c) x = wasm_i64x2_const(0, 0);
    if (pairs == 0) {
      const v128_t v = wasm_v128_load64_zero(h + i);
      for (int j = 0; j < 8; ++j)
        c[j] =
            wasm_i8x16_add(c[j], wasm_v128_and(wasm_u64x2_shr(v, static_cast<uint32_t>(j)), low));
    } else {
      for (size_t p = 0; p < pairs; ++p) {
        const v128_t v = wasm_v128_load(h + i + 2 * p);
        c[0] = wasm_i8x16_add(c[0], wasm_v128_and(v, low));
        c[1] = wasm_i8x16_add(c[1], wasm_v128_and(wasm_u64x2_shr(v, 1), low));
        c[2] = wasm_i8x16_add(c[2], wasm_v128_and(wasm_u64x2_shr(v, 2), low));
        c[3] = wasm_i8x16_add(c[3], wasm_v128_and(wasm_u64x2_shr(v, 3), low));
        c[4] = wasm_i8x16_add(c[4], wasm_v128_and(wasm_u64x2_shr(v, 4), low));
        c[5] = wasm_i8x16_add(c[5], wasm_v128_and(wasm_u64x2_shr(v, 5), low));
        c[6] = wasm_i8x16_add(c[6], wasm_v128_and(wasm_u64x2_shr(v, 6), low));
        c[7] = wasm_i8x16_add(c[7], wasm_v128_and(wasm_u64x2_shr(v, 7), low));
      }
    }
    for (int j = 0; j < 8; ++j) {
      uint8_t bytes[16];
      wasm_v128_store(bytes, c[j]);
      for (int k = 0; k < 8; ++k) ones[8 * k + j] += uint32_t{bytes[k]} + uint32_t{bytes[8 + k]};
    }
    i += take;
  }
}

#else

// The same bit-slicing in 64-bit words (SWAR), for native builds.
void count_ones(const uint64_t* h, size_t n, uint32_t (&ones)[64]) {
  size_t i = 0;
  while (i < n) {
    const size_t take = std::min(n - i, kDrainEvery);
    uint64_t c[8] = {};
    for (size_t p = 0; p < take; ++p) {
      const uint64_t v = h[i + p];
      for (uint32_t j = 0; j < 8; ++j) c[j] += (v >> j) & kLowBits;
    }
    for (uint32_t j = 0; j < 8; ++j)
      for (uint32_t k = 0; k < 8; ++k)
        ones[8 * k + j] += static_cast<uint32_t>((c[j] >> (8 * k)) & 0xFF);
    i += take;
  }
}

#endif

}  // namespace

uint64_t simhash(const uint64_t* features, size_t count) {
  uint32_t ones[64] = {};
  count_ones(features, count, ones);
  uint64_t fp = 0;
  // Vote 2 * ones - count > 0, in 64 bits (no overflow for any count a text can give).
  for (uint32_t b = 0; b < 64; ++b)
    if (2 * uint64_t{ones[b]} > uint64_t{count}) fp |= uint64_t{1} << b;
  return fp;
}

uint64_t simhash(const TermCounts& counts) {
  // Integer votes, branch-free so the 64-bit inner loop vectorizes (wasm SIMD, SSE).
  int32_t v[64] = {};
  for (const auto& [term, count] : counts) {
    const auto w = static_cast<int32_t>(count);
    for (int b = 0; b < 64; ++b) v[b] += (static_cast<int32_t>((term >> b) & 1U) * 2 - 1) * w;
  }
  uint64_t fp = 0;
  for (int b = 0; b < 64; ++b)
    if (v[b] > 0) fp |= uint64_t{1} << b;
  return fp;
}

Status SimHashIndex::configure(uint32_t max_distance) {
  if (max_distance > 16)
    return invalid_argument("maxDistance must be an integer in [0, 16], got " +
                            std::to_string(max_distance));
  max_distance_ = max_distance;
  const uint32_t blocks = max_distance + 1;
  starts_.clear();
  for (uint32_t b = 0; b <= blocks; ++b) starts_.push_back(b * 64 / blocks);
  tables_.assign(blocks, {});
  fingerprints_.clear();
  return Status::ok();
}

uint64_t SimHashIndex::block(uint64_t fp, uint32_t b) const {
  const uint32_t width = starts_[b + 1] - starts_[b];
  const uint64_t mask = width == 64 ? ~uint64_t{0} : (uint64_t{1} << width) - 1;
  return (fp >> starts_[b]) & mask;
}

void SimHashIndex::insert(uint32_t id, uint64_t fingerprint) {
  remove(id);
  fingerprints_[id] = fingerprint;
  for (uint32_t b = 0; b < tables_.size(); ++b) tables_[b][block(fingerprint, b)].push_back(id);
}

bool SimHashIndex::remove(uint32_t id) {
  auto it = fingerprints_.find(id);
  if (it == fingerprints_.end()) return false;
  for (uint32_t b = 0; b < tables_.size(); ++b) {
    auto& ids = tables_[b][block(it->second, b)];
    ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
  }
  fingerprints_.erase(it);
  return true;
}

void SimHashIndex::query(uint64_t fingerprint, uint32_t exclude,
                         std::vector<std::pair<uint32_t, uint32_t>>& out) const {
  out.clear();
  for (uint32_t b = 0; b < tables_.size(); ++b) {
    auto it = tables_[b].find(block(fingerprint, b));
    if (it == tables_[b].end()) continue;
    for (const uint32_t id : it->second) {
      if (id == exclude) continue;
      const uint32_t d = hamming64(fingerprint, fingerprints_.at(id));
      if (d <= max_distance_) out.emplace_back(id, d);
    }
  }
  std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) {
    return x.second != y.second ? x.second < y.second : x.first < y.first;
  });
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

}  // namespace simkit
