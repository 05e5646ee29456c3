// SPDX-License-Identifier: MIT
// Word and character segmentation of a normalized text, as byte ranges (no copies).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace simkit {

/// Byte range [begin, end) of a token inside the normalized text.
struct TokenRange {
  uint32_t begin;
  uint32_t end;
};

/// Word tokens: maximal runs of letters, digits and marks (Unicode general categories L*, N*, M*).
/// Han ideographs, Hiragana and Katakana become single-character tokens (with any marks that
/// follow them), because those scripts do not separate words with spaces.
/// @param text valid UTF-8 (the output of Normalizer). Appends to `out` after clearing it.
void word_tokens(std::string_view text, std::vector<TokenRange>& out);

/// Byte offset of every code point of `text`, plus text.size() at the end (size = chars + 1).
void code_point_offsets(std::string_view text, std::vector<uint32_t>& out);

/// True for code points that word_tokens() makes single-character tokens.
bool is_cjk_ideograph_or_kana(char32_t cp);

}  // namespace simkit
