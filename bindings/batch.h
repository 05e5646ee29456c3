// SPDX-License-Identifier: MIT
// Texts placed back to back in the arena, with their end offsets after them (placeLists in
// npm/src/place.ts writes this layout): one boundary crossing for a whole list.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "arena.h"

namespace simkit::api {

/// Calls f(i, text) for each of `count` texts placed back to back (ends at ends_offset); stops
/// at the first failed Status. Errors name the list `param`.
template <typename F>
Status each_text(uint32_t bytes_offset, uint32_t bytes_length, uint32_t ends_offset, uint32_t count,
                 F&& f, std::string_view param = "texts") {
  std::string_view data;
  SIMKIT_RETURN_IF_ERROR(input_text(bytes_offset, bytes_length, param, data));
  const uint32_t* ends = nullptr;
  if (!arena_u32(ends_offset, count, ends)) return invalid_argument("ends (internal error)");
  uint32_t previous = 0;
  for (uint32_t i = 0; i < count; ++i) {
    if (ends[i] < previous || ends[i] > bytes_length)
      return invalid_argument(std::string(param) + ": ends[" + std::to_string(i) +
                              "] is out of order or range");
    SIMKIT_RETURN_IF_ERROR(f(i, data.substr(previous, ends[i] - previous)));
    previous = ends[i];
  }
  return Status::ok();
}

}  // namespace simkit::api
