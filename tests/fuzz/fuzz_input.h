// SPDX-License-Identifier: MIT
// Splits fuzzer bytes into option bytes and text, deterministically.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

/// Invariant check for fuzz targets: abort (libFuzzer records the input) when false.
#define FUZZ_CHECK(cond)       \
  do {                         \
    if (!(cond)) std::abort(); \
  } while (0)

namespace simkit::fuzz {

class Input {
 public:
  Input(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  /// The next byte (0 when exhausted).
  uint8_t byte() { return pos_ < size_ ? data_[pos_++] : 0; }
  /// The rest, split in two at a position chosen by one byte.
  std::string_view rest() { return {reinterpret_cast<const char*>(data_ + pos_), size_ - pos_}; }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

}  // namespace simkit::fuzz
