// SPDX-License-Identifier: MIT
// save/load entry points shared by every index registered for JS: the index's own bytes
// with the caller's user section (from the arena) in, or the bytes in and the user section out.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "arena.h"

namespace simkit::api {

/// results.bytes = index.save(user section at [user_offset, +user_length)).
template <typename Index>
int32_t save_index(const Index& index, uint32_t user_offset, uint32_t user_length) {
  Results& r = begin_call();
  std::string_view user;
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(user_offset, user_length, "user data", user));
  r.bytes = index.save(user);
  return 0;
}

/// Loads the bytes at [offset, +length) into `index` (unchanged on error); results.bytes = the
/// user section.
template <typename Index>
int32_t load_index(Index& index, uint32_t offset, uint32_t length) {
  Results& r = begin_call();
  std::string_view bytes;
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(offset, length, "bytes", bytes));
  std::string user;
  SIMKIT_RETURN_IF_ERROR_CODE(
      index.load(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), user));
  r.bytes.assign(user.begin(), user.end());
  return 0;
}

}  // namespace simkit::api
