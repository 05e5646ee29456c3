// SPDX-License-Identifier: MIT
#include "simkit/text/decode.h"

#include <cstring>

#include "simkit/text/utf8.h"

namespace simkit {

namespace {

// Decodes the code point at text[pos] (pos < text.size()) into `cp`; returns its length in
// bytes, 0 when the sequence is invalid. Valid one- to three-byte sequences (ASCII, Latin,
// Cyrillic, CJK ...) decode inline; four-byte ones and anything invalid go through
// decode_utf8, which has the last word on validity.
[[gnu::always_inline]] inline size_t decode_at(std::string_view text, size_t pos, uint32_t& cp) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  const uint32_t b0 = bytes[pos];
  if (b0 < 0xE0 && pos + 1 < size) {
    // ASCII or two bytes, without a branch on which: mixed text (Cyrillic words and ASCII
    // spaces, say) would mispredict it all the time.
    const uint32_t b1 = bytes[pos + 1];
    const uint32_t two = b0 >> 7;
    const uint32_t bad =
        two & (static_cast<uint32_t>(b0 < 0xC2) | static_cast<uint32_t>((b1 & 0xC0U) != 0x80U));
    if (bad == 0) {
      cp = two != 0 ? ((b0 & 0x1FU) << 6) | (b1 & 0x3FU) : b0;
      return 1 + two;
    }
  } else if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  if ((b0 & 0xF0U) == 0xE0U && pos + 2 < size) {
    const uint32_t b1 = bytes[pos + 1];
    const uint32_t b2 = bytes[pos + 2];
    // No overlongs (E0 80..9F) and no surrogates (ED A0..BF).
    const bool second_ok = b0 == 0xE0 ? b1 >= 0xA0 : b0 == 0xED ? b1 <= 0x9F : true;
    if ((b1 & 0xC0U) == 0x80U && (b2 & 0xC0U) == 0x80U && second_ok) {
      cp = ((b0 & 0x0FU) << 12) | ((b1 & 0x3FU) << 6) | (b2 & 0x3FU);
      return 3;
    }
  }
  const DecodedChar c = decode_utf8(text, pos);
  if (!c.valid) return 0;
  cp = static_cast<uint32_t>(c.code_point);
  return c.length;
}

}  // namespace

bool is_ascii(std::string_view text) {
  uint64_t any = 0;
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t word = 0;
    std::memcpy(&word, text.data() + i, 8);
    any |= word;
  }
  for (; i < text.size(); ++i) any |= static_cast<unsigned char>(text[i]);
  return (any & 0x8080808080808080ULL) == 0;
}

Status append_code_points(std::string_view text, std::vector<uint32_t>& out) {
  // At most one code point per byte: write into the grown buffer, then trim.
  const size_t start = out.size();
  out.resize(start + text.size());
  uint32_t* dst = out.data() + start;
  // ASCII (names, keys, most short strings) widens byte by byte: two vectorized passes instead
  // of the decoder's per-character branches.
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  uint32_t any = 0;
  for (size_t i = 0; i < text.size(); ++i) any |= bytes[i];
  if (any < 0x80) {
    for (size_t i = 0; i < text.size(); ++i) dst[i] = bytes[i];
    return Status::ok();
  }
  for (size_t pos = 0; pos < text.size();) {
    const size_t length = decode_at(text, pos, *dst++);
    if (length == 0) {
      out.resize(start);
      return {ErrorCode::kInvalidUtf8, "text is not valid UTF-8"};
    }
    pos += length;
  }
  out.resize(static_cast<size_t>(dst - out.data()));
  return Status::ok();
}

bool has_surrogates(std::span<const uint16_t> units) {
  // Branch-free, so the compiler vectorizes it.
  uint32_t any = 0;
  for (const uint16_t u : units) any |= static_cast<uint32_t>((u & 0xF800U) == 0xD800U);
  return any != 0;
}

bool narrow_latin1(std::span<const uint16_t> units, std::vector<uint8_t>& out) {
  uint32_t any = 0;
  for (const uint16_t u : units) any |= u;  // vectorized
  if (any >= 0x100) return false;
  out.resize(units.size());
  for (size_t i = 0; i < units.size(); ++i) out[i] = static_cast<uint8_t>(units[i]);
  return true;
}

void decode_utf16_list(std::span<const uint16_t> units, std::span<const uint32_t> ends,
                       std::vector<uint32_t>& out, std::vector<uint32_t>& out_ends) {
  decode_utf16_list(units, ends, out, out_ends, [](uint32_t c, uint32_t& slot) {
    slot = c;
    return true;
  });
}

}  // namespace simkit
