// SPDX-License-Identifier: MIT
// LSH banding as data: the key of each band of a signature, exactly as LshIndex buckets it, so
// an index kept elsewhere (a SQL table of (band, key) rows) finds the same candidates.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "simkit/status.h"

namespace simkit {

/// Key of band `band` (rows `band·rows` … `band·rows + rows − 1`): xxh3-64 of those slots as
/// little-endian uint32, seeded with the band number. Pinned by golden vectors ("lshbands").
[[nodiscard]] uint64_t lsh_band_key(const uint32_t* signature, uint32_t band, uint32_t rows);

/// Checks 1 ≤ num_perm ≤ kMaxNumPerm and 1 ≤ bands × rows ≤ num_perm (messages use the JS names).
Status check_lsh_shape(uint32_t num_perm, uint32_t bands, uint32_t rows);

/// Band keys of `count` signatures of `num_perm` slots, row-major: out[i·bands + b] is band b
/// of signature i. Validated by check_lsh_shape.
Status lsh_band_keys(const uint32_t* signatures, size_t count, uint32_t num_perm, uint32_t bands,
                     uint32_t rows, std::vector<uint64_t>& out);

}  // namespace simkit
