// SPDX-License-Identifier: MIT
// State shared by every binding entry point: the input arena JS writes UTF-8/bytes into, the
// result buffers JS copies typed arrays out of, and the last error (code + message).
// Plain C++ (no Emscripten), so the entry points built on it are tested natively too.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "simkit/status.h"

namespace simkit::api {

/// Makes the input arena at least `bytes` long and returns its base (nullptr when out of
/// memory). The contents are undefined; the pointer stays valid until the next reserve.
uint8_t* arena_reserve(size_t bytes);

/// The arena range [offset, offset + length) as a view; false when it lies outside the arena.
bool arena_view(uint32_t offset, uint32_t length, std::string_view& out);

/// An aligned arena range of `count` uint32 values starting at byte `offset`.
bool arena_u32(uint32_t offset, uint32_t count, const uint32_t*& out);

/// An aligned arena range of `count` uint16 values (UTF-16 code units) starting at byte `offset`.
bool arena_u16(uint32_t offset, uint32_t count, const uint16_t*& out);

/// Outputs of the last call, copied out by JS with one slice() each.
struct Results {
  std::vector<uint8_t> bytes;
  std::vector<uint32_t> u32;
  std::vector<uint32_t> spans;
  std::vector<double> f64;

  void clear() {
    bytes.clear();
    u32.clear();
    spans.clear();
    f64.clear();
  }
};
Results& results();

/// Starts an entry point: clears the results and the last error.
Results& begin_call();

/// Records `status` as the last error and returns its code (0 when ok).
int32_t report(const Status& status);

/// Message of the last failed call (empty after a successful one).
const std::string& last_error_message();

/// Arena-range helper for entry points: an error naming `param` when the range is bad.
Status input_text(uint32_t offset, uint32_t length, std::string_view param, std::string_view& out);

/// Splits a 64-bit value into the (lo, hi) uint32 pair JS reads, and back.
inline void push_u64(std::vector<uint32_t>& v, uint64_t x) {
  v.push_back(static_cast<uint32_t>(x));
  v.push_back(static_cast<uint32_t>(x >> 32));
}
inline uint64_t join_u64(uint32_t lo, uint32_t hi) { return (uint64_t{hi} << 32) | lo; }

}  // namespace simkit::api

/// In an entry point returning int32_t: reports a failed Status and returns its code.
#define SIMKIT_RETURN_IF_ERROR_CODE(expr)                                      \
  do {                                                                         \
    const ::simkit::Status simkit_status_ = (expr);                            \
    if (!simkit_status_.is_ok()) return ::simkit::api::report(simkit_status_); \
  } while (0)
