// SPDX-License-Identifier: MIT
// Every numeric limit and default of the public API, in one place (npm/src/limits.ts mirrors it;
// tests/js check the two agree through the module).
#pragma once

#include <cstddef>
#include <cstdint>

namespace simkit {

/// Largest input text, in UTF-8 bytes (wasm32 has 4 GiB; normalization maps need 8 bytes/byte).
inline constexpr size_t kMaxTextBytes = size_t{256} << 20;
/// Largest shingle/n-gram size in tokens or code points.
inline constexpr uint32_t kMaxShingleSize = 64;
/// Default seed of every hash in the text pipeline.
inline constexpr uint64_t kDefaultSeed = 0;

}  // namespace simkit
