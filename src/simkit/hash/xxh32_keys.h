// SPDX-License-Identifier: MIT
// XXH32 of many short keys at once. In wasm, four keys share one v128 per accumulator (XXH32's
// state is 32-bit lanes; wasm SIMD multiplies four of them in one instruction), which hashes
// 16-64 byte keys about twice as fast as one key at a time. Results equal xxh32() key by key.
#pragma once

#include <cstdint>

namespace simkit {

/// out[i] = xxh32(key i, seed), key i being data[ends[i-1], ends[i]) (ends[-1] = 0). The caller
/// has checked that `ends` never decreases.
void xxh32_keys(const char* data, const uint32_t* ends, uint32_t count, uint32_t seed,
                uint32_t* out);

}  // namespace simkit
