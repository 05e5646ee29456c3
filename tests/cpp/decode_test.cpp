// SPDX-License-Identifier: MIT
// simkit/text/decode.h: UTF-8 and UTF-16 lists to code points, against decode_utf8 and a
// plain reading of the UTF-16 rules, on seeded strings of one- to four-byte characters.
#include "simkit/text/decode.h"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "simkit/text/utf8.h"

using namespace simkit;

namespace {
// The reference: decode_utf8 one character at a time.
std::vector<uint32_t> reference_code_points(std::string_view text) {
  std::vector<uint32_t> out;
  for (size_t pos = 0; pos < text.size();) {
    const DecodedChar c = decode_utf8(text, pos);
    out.push_back(static_cast<uint32_t>(c.code_point));
    pos += c.length;
  }
  return out;
}
}  // namespace

TEST_CASE("is_ascii looks at every byte, in and out of whole words") {
  CHECK(is_ascii(""));
  CHECK(is_ascii("plain ASCII text, longer than one word"));
  for (size_t at = 0; at < 19; ++at) {
    std::string s(19, 'x');
    s[at] = '\x80';
    CHECK_FALSE(is_ascii(s));
  }
}

TEST_CASE("append_code_points equals decode_utf8 and refuses invalid UTF-8") {
  std::mt19937 engine(5);
  const auto mt = [&engine] { return static_cast<uint32_t>(engine()); };
  const char* chars[] = {
      "a", " ", "\xc3\xa9", "\xd0\xb6", "\xe4\xb8\x80", "\xef\xbf\xbd", "\xf0\x9f\x98\x80"};
  for (int round = 0; round < 300; ++round) {
    std::string s;
    for (uint32_t k = mt() % 50; k > 0; --k) s += chars[mt() % 7];
    std::vector<uint32_t> out = {7};  // appended after what is there
    REQUIRE(append_code_points(s, out).is_ok());
    std::vector<uint32_t> expected = reference_code_points(s);
    expected.insert(expected.begin(), 7);
    REQUIRE(out == expected);
  }
  for (const std::string bad :
       {"\xc0\xaf", "\xed\xa0\x80", "ab\xe4\xb8", "\xf4\x90\x80\x80", "\x80", "\xe0\x80\xaf"}) {
    std::vector<uint32_t> out = {1, 2};
    const Status s = append_code_points(bad, out);
    CHECK(s.code() == ErrorCode::kInvalidUtf8);
    CHECK(out == std::vector<uint32_t>{1, 2});  // left as it was
  }
}

TEST_CASE("decode_utf16_list joins pairs within a string and replaces lone surrogates") {
  CHECK_FALSE(has_surrogates(std::vector<uint16_t>{'a', 0x430, 0x4E00, 0xFFFD, 0xE000}));
  CHECK(has_surrogates(std::vector<uint16_t>{'a', 0xDFFF}));
  // "a😀" | a pair split across two strings | a lone low surrogate, then "b"
  const std::vector<uint16_t> units = {'a', 0xD83D, 0xDE00, 0xD83D, 0xDE00, 0xDC00, 'b'};
  const std::vector<uint32_t> ends = {3, 4, 7};
  std::vector<uint32_t> out = {99};  // overwritten, not appended to
  std::vector<uint32_t> out_ends;
  decode_utf16_list(units, ends, out, out_ends);
  CHECK(out == std::vector<uint32_t>{'a', 0x1F600, 0xFFFD, 0xFFFD, 0xFFFD, 'b'});
  CHECK(out_ends == std::vector<uint32_t>{2, 3, 6});
}

TEST_CASE("decode_utf16_list equals decoding the UTF-8 TextEncoder would write") {
  std::mt19937 engine(9);
  const auto mt = [&engine] { return static_cast<uint32_t>(engine()); };
  const std::vector<std::vector<uint16_t>> chars = {
      {'a'}, {0xE9}, {0x436}, {0x4E00}, {0xD83D, 0xDE00}, {0xD800}, {0xDC00}};
  for (int round = 0; round < 300; ++round) {
    std::vector<uint16_t> units;
    std::vector<uint32_t> ends;
    std::vector<uint32_t> expected;
    std::vector<uint32_t> expected_ends;
    for (uint32_t i = mt() % 8; i > 0; --i) {
      std::vector<uint16_t> s;
      for (uint32_t k = mt() % 12; k > 0; --k) {
        const auto& c = chars[mt() % chars.size()];
        s.insert(s.end(), c.begin(), c.end());
      }
      // The string as TextEncoder sees it: pairs joined, lone surrogates U+FFFD.
      std::string utf8;
      for (size_t k = 0; k < s.size(); ++k) {
        const uint32_t u = s[k];
        if (u >= 0xD800 && u < 0xDC00 && k + 1 < s.size() && s[k + 1] >= 0xDC00 &&
            s[k + 1] < 0xE000) {
          append_utf8(utf8, 0x10000 + ((u - 0xD800) << 10) + (s[k + 1] - 0xDC00U));
          ++k;
        } else {
          append_utf8(utf8, u >= 0xD800 && u < 0xE000 ? kReplacementChar : u);
        }
      }
      units.insert(units.end(), s.begin(), s.end());
      ends.push_back(static_cast<uint32_t>(units.size()));
      const std::vector<uint32_t> cps = reference_code_points(utf8);
      expected.insert(expected.end(), cps.begin(), cps.end());
      expected_ends.push_back(static_cast<uint32_t>(expected.size()));
    }
    std::vector<uint32_t> out;
    std::vector<uint32_t> out_ends;
    decode_utf16_list(units, ends, out, out_ends);
    REQUIRE(out == expected);
    REQUIRE(out_ends == expected_ends);
  }
}
