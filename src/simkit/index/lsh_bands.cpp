// SPDX-License-Identifier: MIT
#include "simkit/index/lsh_bands.h"

#include <string>

#include "simkit/hash/xxhash.h"
#include "simkit/sketch/minhash.h"

namespace simkit {

uint64_t lsh_band_key(const uint32_t* signature, uint32_t band, uint32_t rows) {
  // The slots are hashed as the machine stores them; every target simkit builds for (x86-64,
  // arm64, wasm32) is little-endian, and the golden vectors would catch one that is not.
  return xxh3_64(signature + size_t{band} * rows, size_t{rows} * sizeof(uint32_t), band);
}

Status check_lsh_shape(uint32_t num_perm, uint32_t bands, uint32_t rows) {
  if (num_perm < 1 || num_perm > kMaxNumPerm)
    return invalid_argument("numPerm must be an integer in [1, " + std::to_string(kMaxNumPerm) +
                            "], got " + std::to_string(num_perm));
  if (bands < 1 || rows < 1 || uint64_t{bands} * rows > num_perm) {
    return invalid_argument("bands × rows must be between 1 and numPerm (" +
                            std::to_string(num_perm) + "), got " + std::to_string(bands) + " × " +
                            std::to_string(rows));
  }
  return Status::ok();
}

Status lsh_band_keys(const uint32_t* signatures, size_t count, uint32_t num_perm, uint32_t bands,
                     uint32_t rows, std::vector<uint64_t>& out) {
  SIMKIT_RETURN_IF_ERROR(check_lsh_shape(num_perm, bands, rows));
  out.resize(count * bands);
  for (size_t i = 0; i < count; ++i) {
    const uint32_t* sig = signatures + i * num_perm;
    for (uint32_t b = 0; b < bands; ++b) out[i * bands + b] = lsh_band_key(sig, b, rows);
  }
  return Status::ok();
}

}  // namespace simkit
