// SPDX-License-Identifier: MIT
// UTF-8 validation and decoding, with the UTF-16 length of every code point so positions can be
// reported in the units JavaScript's String.prototype.slice uses.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "simkit/status.h"

namespace simkit {

inline constexpr char32_t kReplacementChar = 0xFFFD;

/// One decoded code point: its value and how many bytes it took (1-4). An invalid sequence
/// decodes as {kReplacementChar, n, false} where n is the length of the maximal invalid prefix
/// (at least 1), as the WHATWG/Unicode "substitution of maximal subparts" practice does.
struct DecodedChar {
  char32_t code_point;
  uint32_t length;
  bool valid;
};

/// Decodes the code point starting at `text[pos]`. @pre pos < text.size().
DecodedChar decode_utf8(std::string_view text, size_t pos);

/// Number of UTF-16 code units of `cp` (2 above the BMP).
inline uint32_t utf16_length(char32_t cp) { return cp >= 0x10000 ? 2U : 1U; }

/// Appends the UTF-8 encoding of `cp` (a valid scalar value) to `out`.
void append_utf8(std::string& out, char32_t cp);

/// Offset of the first invalid byte, or text.size() when `text` is valid UTF-8 (no overlongs,
/// no surrogates, nothing above U+10FFFF).
size_t find_invalid_utf8(std::string_view text);

/// OK when `text` is valid UTF-8; otherwise kInvalidUtf8 naming `param` and the byte offset.
Status validate_utf8(std::string_view text, std::string_view param);

}  // namespace simkit
