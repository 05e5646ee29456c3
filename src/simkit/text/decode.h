// SPDX-License-Identifier: MIT
// Strings to symbol arrays for the distance functions, in bulk: UTF-8 to code points (one- to
// three-byte sequences decoded inline), an ASCII test, and lists of UTF-16 code units (what
// JavaScript strings hold) to code points.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "simkit/status.h"
#include "simkit/text/utf8.h"

namespace simkit {

/// True when every byte of `text` is below 0x80 (its bytes are then its code points).
bool is_ascii(std::string_view text);

/// Appends the code points of UTF-8 `text` to `out`; kInvalidUtf8 (and `out` as it was) when
/// `text` is not valid UTF-8.
Status append_code_points(std::string_view text, std::vector<uint32_t>& out);

/// True when some unit is a surrogate (without any, every unit is a code point of the BMP).
bool has_surrogates(std::span<const uint16_t> units);

/// When every unit is below 0x100 (ASCII and Latin-1: the units are the code points, and fit
/// a byte), writes them to `out` as bytes and returns true; otherwise false.
bool narrow_latin1(std::span<const uint16_t> units, std::vector<uint8_t>& out);

/// Decodes strings of UTF-16 units placed back to back (string i ends at unit ends[i]) into
/// code points, each string apart: surrogate pairs are joined and a lone surrogate becomes
/// U+FFFD, as TextEncoder encodes it. `out` gets the code points, `out_ends` each string's
/// end in code points. @pre the ends are non-decreasing and at most units.size().
void decode_utf16_list(std::span<const uint16_t> units, std::span<const uint32_t> ends,
                       std::vector<uint32_t>& out, std::vector<uint32_t>& out_ends);

/// decode_utf16_list writing `symbol(code point, slot)` into each slot of `out` instead of the
/// code point; when `symbol` returns false, so does this, at once (`out` then unfinished).
template <typename T, typename Symbol>
bool decode_utf16_list(std::span<const uint16_t> units, std::span<const uint32_t> ends,
                       std::vector<T>& out, std::vector<uint32_t>& out_ends, Symbol symbol) {
  out.resize(units.size());  // at most one code point per unit
  out_ends.resize(ends.size());
  T* dst = out.data();
  size_t pos = 0;
  for (size_t i = 0; i < ends.size(); ++i) {
    const size_t end = ends[i];
    while (pos < end) {
      uint32_t c = units[pos++];
      if ((c & 0xF800U) == 0xD800U) {
        const bool pair = c < 0xDC00U && pos < end && (units[pos] & 0xFC00U) == 0xDC00U;
        c = pair ? 0x10000U + ((c - 0xD800U) << 10) + (units[pos++] - 0xDC00U)
                 : uint32_t{kReplacementChar};  // a lone surrogate
      }
      if (!symbol(c, *dst++)) return false;
    }
    out_ends[i] = static_cast<uint32_t>(dst - out.data());
  }
  out.resize(static_cast<size_t>(dst - out.data()));
  return true;
}

}  // namespace simkit
