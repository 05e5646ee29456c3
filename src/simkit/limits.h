// SPDX-License-Identifier: MIT
// Every numeric limit and default of the public API, in one place. The TypeScript layer still
// repeats some of them in its validation: change both together.
#pragma once

#include <cstddef>
#include <cstdint>

namespace simkit {

/// Largest input text of one call, in UTF-8 bytes. With source maps a text costs about 10 bytes
/// of wasm memory per byte (text, normalized copy, two uint32 maps), so 128 MiB leaves room in
/// wasm32's 4 GiB for the input arena and indexes.
inline constexpr size_t kMaxTextBytes = size_t{128} << 20;
/// Largest shingle/n-gram size in tokens or code points.
inline constexpr uint32_t kMaxShingleSize = 64;
/// Default seed of every hash in the text pipeline.
inline constexpr uint64_t kDefaultSeed = 0;

}  // namespace simkit
