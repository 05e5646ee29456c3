// SPDX-License-Identifier: MIT
#include "simkit/text/utf8.h"

namespace simkit {

namespace {
// Valid second-byte ranges depend on the lead byte (Unicode Table 3-7): this excludes overlongs,
// surrogates and code points above U+10FFFF without decoding first.
bool second_byte_ok(unsigned lead, unsigned b) {
  if (lead == 0xE0) return b >= 0xA0 && b <= 0xBF;
  if (lead == 0xED) return b >= 0x80 && b <= 0x9F;
  if (lead == 0xF0) return b >= 0x90 && b <= 0xBF;
  if (lead == 0xF4) return b >= 0x80 && b <= 0x8F;
  return b >= 0x80 && b <= 0xBF;
}
bool continuation(unsigned b) { return (b & 0xC0U) == 0x80U; }
}  // namespace

DecodedChar decode_utf8(std::string_view text, size_t pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  const unsigned lead = s[pos];
  if (lead < 0x80) return {lead, 1, true};
  uint32_t need = 0;
  char32_t cp = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 1;
    cp = lead & 0x1FU;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 2;
    cp = lead & 0x0FU;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 3;
    cp = lead & 0x07U;
  } else {
    return {kReplacementChar, 1, false};
  }
  for (uint32_t i = 1; i <= need; ++i) {
    if (pos + i >= n) return {kReplacementChar, i, false};
    const unsigned b = s[pos + i];
    if (i == 1 ? !second_byte_ok(lead, b) : !continuation(b)) return {kReplacementChar, i, false};
    cp = (cp << 6) | (b & 0x3FU);
  }
  return {cp, need + 1, true};
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t find_invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t pos = 0;
  while (pos < n) {
    // ASCII fast path, 8 bytes at a time.
    while (pos + 8 <= n) {
      uint64_t word = 0;
      for (int i = 0; i < 8; ++i) word |= uint64_t{s[pos + static_cast<size_t>(i)]} << (8 * i);
      if (word & 0x8080808080808080ULL) break;
      pos += 8;
    }
    if (pos >= n) break;
    if (s[pos] < 0x80) {
      ++pos;
      continue;
    }
    const DecodedChar c = decode_utf8(text, pos);
    if (!c.valid) return pos;
    pos += c.length;
  }
  return n;
}

Status validate_utf8(std::string_view text, std::string_view param) {
  const size_t bad = find_invalid_utf8(text);
  if (bad == text.size()) return Status::ok();
  return {ErrorCode::kInvalidUtf8, std::string(param) +
                                       " is not valid UTF-8 (first invalid byte at offset " +
                                       std::to_string(bad) + ")"};
}

}  // namespace simkit
