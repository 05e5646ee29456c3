// SPDX-License-Identifier: MIT
#include "hash_api.h"

#include <string>

#include "arena.h"
#include "simkit/hash/xxh32_keys.h"
#include "simkit/hash/xxhash.h"

namespace simkit::api {

namespace {
Status check_algorithm(uint32_t algorithm) {
  if (algorithm > 2) return invalid_argument("algorithm must be 'xxh3', 'xxh64' or 'xxh32'");
  return Status::ok();
}

uint64_t hash_bytes(HashAlgorithm algorithm, const char* p, size_t n, uint64_t seed) {
  switch (algorithm) {
    case HashAlgorithm::kXxh3:
      return xxh3_64(p, n, seed);
    case HashAlgorithm::kXxh64:
      return xxh64(p, n, seed);
    case HashAlgorithm::kXxh32:
      return xxh32(p, n, static_cast<uint32_t>(seed));
  }
  return 0;
}
}  // namespace

int32_t hash_one(uint32_t algorithm, uint32_t offset, uint32_t length, uint32_t seed_lo,
                 uint32_t seed_hi) {
  Results& r = begin_call();
  SIMKIT_RETURN_IF_ERROR_CODE(check_algorithm(algorithm));
  std::string_view data;
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(offset, length, "data", data));
  push_u64(r.u32, hash_bytes(static_cast<HashAlgorithm>(algorithm), data.data(), data.size(),
                             join_u64(seed_lo, seed_hi)));
  return 0;
}

namespace {
Status check_ends(uint32_t bytes_length, const uint32_t* ends, uint32_t count) {
  uint32_t previous = 0;
  for (uint32_t i = 0; i < count; ++i) {
    if (ends[i] < previous || ends[i] > bytes_length)
      return invalid_argument("keys: ends[" + std::to_string(i) + "] is out of order or range");
    previous = ends[i];
  }
  return Status::ok();
}

/// Hashes every key with `Hash` (the algorithm a template argument, so the loop holds no
/// switch), each 64-bit result as two uint32.
template <typename Hash>
void hash_each(const char* data, const uint32_t* ends, uint32_t count, uint64_t seed, uint32_t* out,
               Hash hash) {
  uint32_t begin = 0;
  for (uint32_t i = 0; i < count; ++i) {
    const uint64_t h = hash(data + begin, ends[i] - begin, seed);
    out[size_t{2} * i] = static_cast<uint32_t>(h);
    out[size_t{2} * i + 1] = static_cast<uint32_t>(h >> 32);
    begin = ends[i];
  }
}
}  // namespace

int32_t hash_batch(uint32_t algorithm, uint32_t bytes_offset, uint32_t bytes_length,
                   uint32_t ends_offset, uint32_t count, uint32_t seed_lo, uint32_t seed_hi) {
  Results& r = begin_call();
  SIMKIT_RETURN_IF_ERROR_CODE(check_algorithm(algorithm));
  std::string_view data;
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(bytes_offset, bytes_length, "keys", data));
  const uint32_t* ends = nullptr;
  if (!arena_u32(ends_offset, count, ends))
    return report(invalid_argument("ends (internal error)"));
  SIMKIT_RETURN_IF_ERROR_CODE(check_ends(bytes_length, ends, count));
  const uint64_t seed = join_u64(seed_lo, seed_hi);
  const auto alg = static_cast<HashAlgorithm>(algorithm);
  r.u32.resize(alg == HashAlgorithm::kXxh32 ? count : size_t{2} * count);
  uint32_t* out = r.u32.data();
  const char* p = data.data();
  switch (alg) {
    case HashAlgorithm::kXxh3:
      hash_each(p, ends, count, seed, out,
                [](const char* k, size_t n, uint64_t s) { return xxh3_64(k, n, s); });
      break;
    case HashAlgorithm::kXxh64:
      hash_each(p, ends, count, seed, out,
                [](const char* k, size_t n, uint64_t s) { return xxh64(k, n, s); });
      break;
    case HashAlgorithm::kXxh32:
      xxh32_keys(p, ends, count, static_cast<uint32_t>(seed), out);
      break;
  }
  return 0;
}

}  // namespace simkit::api
