// SPDX-License-Identifier: MIT
#include "simkit/text/tokenize.h"

#include <array>

#include "simkit/text/unicode.h"
#include "simkit/text/utf8.h"

namespace simkit {

namespace {

enum class CharClass : uint8_t { kOther, kWord, kMark, kSingle };

constexpr std::array<bool, 128> make_ascii_word_table() {
  std::array<bool, 128> t{};
  for (int c = '0'; c <= '9'; ++c) t[static_cast<size_t>(c)] = true;
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<size_t>(c)] = true;
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<size_t>(c)] = true;
  return t;
}
constexpr std::array<bool, 128> kAsciiWord = make_ascii_word_table();

CharClass classify(char32_t cp) {
  if (is_cjk_ideograph_or_kana(cp)) return CharClass::kSingle;
  switch (unicode::category(cp)) {
    case unicode::Category::kLu:
    case unicode::Category::kLl:
    case unicode::Category::kLt:
    case unicode::Category::kLm:
    case unicode::Category::kLo:
    case unicode::Category::kNd:
    case unicode::Category::kNl:
    case unicode::Category::kNo:
      return CharClass::kWord;
    case unicode::Category::kMn:
    case unicode::Category::kMc:
    case unicode::Category::kMe:
      return CharClass::kMark;
    default:
      return CharClass::kOther;
  }
}

}  // namespace

bool is_cjk_ideograph_or_kana(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) ||  // Hiragana, Katakana
         (cp >= 0x31F0 && cp <= 0x31FF) ||  // Katakana phonetic extensions
         (cp >= 0x3400 && cp <= 0x4DBF) ||  // CJK extension A
         (cp >= 0x4E00 && cp <= 0x9FFF) ||  // CJK unified ideographs
         (cp >= 0xF900 && cp <= 0xFAFF) ||  // CJK compatibility ideographs
         (cp >= 0xFF66 && cp <= 0xFF9F) ||  // half-width Katakana
         (cp >= 0x20000 && cp <= 0x3FFFF);  // CJK extensions B and later
}

void word_tokens(std::string_view text, std::vector<TokenRange>& out) {
  out.clear();
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const auto n = static_cast<uint32_t>(text.size());
  uint32_t pos = 0;
  bool in_token = false;
  uint32_t start = 0;
  out.reserve(n / 4 + 1);
  while (pos < n) {
    // ASCII fast path: skip whole runs of word or non-word ASCII bytes at once.
    if (s[pos] < 0x80) {
      if (kAsciiWord[s[pos]]) {
        if (!in_token) {
          start = pos;
          in_token = true;
        }
        do ++pos;
        while (pos < n && s[pos] < 0x80 && kAsciiWord[s[pos]]);
      } else {
        if (in_token) {
          out.push_back({start, pos});
          in_token = false;
        }
        do ++pos;
        while (pos < n && s[pos] < 0x80 && !kAsciiWord[s[pos]]);
      }
      continue;
    }
    CharClass cls;
    uint32_t len;
    if (s[pos] < 0x80) {
      cls = kAsciiWord[s[pos]] ? CharClass::kWord : CharClass::kOther;
      len = 1;
    } else {
      const DecodedChar c = decode_utf8(text, pos);
      cls = c.valid ? classify(c.code_point) : CharClass::kOther;
      len = c.length;
    }
    switch (cls) {
      case CharClass::kWord:
        if (!in_token) {
          start = pos;
          in_token = true;
        }
        break;
      case CharClass::kMark:  // a mark extends the token before it; alone it is not a word
        break;
      case CharClass::kSingle:
        if (in_token) out.push_back({start, pos});
        start = pos;
        in_token = true;
        // Close it at the next non-mark character by ending the run here unless marks follow.
        {
          uint32_t end = pos + len;
          while (end < n && s[end] >= 0x80) {
            const DecodedChar m = decode_utf8(text, end);
            if (!m.valid || classify(m.code_point) != CharClass::kMark) break;
            end += m.length;
          }
          out.push_back({start, end});
          in_token = false;
          pos = end;
          continue;
        }
      case CharClass::kOther:
        if (in_token) {
          out.push_back({start, pos});
          in_token = false;
        }
        break;
    }
    pos += len;
  }
  if (in_token) out.push_back({start, n});
}

void code_point_offsets(std::string_view text, std::vector<uint32_t>& out) {
  out.clear();
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const auto n = static_cast<uint32_t>(text.size());
  for (uint32_t i = 0; i < n; ++i) {
    // Every byte that is not a continuation byte starts a code point (input is valid UTF-8).
    if ((s[i] & 0xC0U) != 0x80U) out.push_back(i);
  }
  out.push_back(n);
}

}  // namespace simkit
