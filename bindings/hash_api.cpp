// SPDX-License-Identifier: MIT
#include "hash_api.h"

#include <string>

#include "arena.h"
#include "batch.h"
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

int32_t hash_batch(uint32_t algorithm, uint32_t bytes_offset, uint32_t bytes_length,
                   uint32_t ends_offset, uint32_t count, uint32_t seed_lo, uint32_t seed_hi) {
  Results& r = begin_call();
  SIMKIT_RETURN_IF_ERROR_CODE(check_algorithm(algorithm));
  const auto alg = static_cast<HashAlgorithm>(algorithm);
  const uint64_t seed = join_u64(seed_lo, seed_hi);
  const bool narrow = alg == HashAlgorithm::kXxh32;
  r.u32.resize(narrow ? count : size_t{2} * count);
  uint32_t* out = r.u32.data();
  return report(each_text(
      bytes_offset, bytes_length, ends_offset, count,
      [&](uint32_t i, std::string_view key) {
        const uint64_t h = hash_bytes(alg, key.data(), key.size(), seed);
        if (narrow) {
          out[i] = static_cast<uint32_t>(h);
        } else {
          out[size_t{2} * i] = static_cast<uint32_t>(h);
          out[size_t{2} * i + 1] = static_cast<uint32_t>(h >> 32);
        }
        return Status::ok();
      },
      "keys"));
}

}  // namespace simkit::api
