// SPDX-License-Identifier: MIT
// simkit's generated Unicode tables against utf8proc (Debian's library, built natively as the
// oracle): every code point's category, combining class and decomposition under every option
// set normalize() uses, and every pair utf8proc can compose.
#include "simkit/text/unicode.h"

#include <doctest/doctest.h>

#if SIMKIT_UTF8PROC_ORACLE
#include <utf8proc.h>

#include <string>
#include <vector>

using namespace simkit;

namespace {
struct OptionSet {
  unicode::DecomposeOptions ours;
  int theirs;
};
}  // namespace

TEST_CASE("Unicode tables: category, combining class and decomposition equal utf8proc's") {
  CHECK(std::string(unicode::version()) == utf8proc_unicode_version());
  const int c = UTF8PROC_COMPOSE | UTF8PROC_STABLE;
  const OptionSet sets[] = {
      {{false, false, true, false}, UTF8PROC_CASEFOLD | UTF8PROC_STABLE},
      {{true, false, false, false}, c},
      {{true, false, true, false}, c | UTF8PROC_CASEFOLD},
      {{true, false, false, true}, c | UTF8PROC_STRIPMARK},
      {{true, false, true, true}, c | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD},
      {{true, true, false, false}, c | UTF8PROC_COMPAT},
      {{true, true, true, false}, c | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD},
      {{true, true, false, true}, c | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK},
      {{true, true, true, true}, c | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD},
  };
  size_t mismatches = 0;
  for (char32_t cp = 0; cp < 0x110000; ++cp) {
    const auto* p = utf8proc_get_property(static_cast<int32_t>(cp));
    if (static_cast<int>(unicode::category(cp)) != p->category ||
        unicode::combining_class(cp) != p->combining_class) {
      ++mismatches;
      continue;
    }
    for (const auto& s : sets) {
      char32_t ours[unicode::kMaxDecomposition];
      int32_t theirs[unicode::kMaxDecomposition];
      int boundclass = 0;
      const size_t n = unicode::decompose(cp, s.ours, ours);
      const auto m =
          utf8proc_decompose_char(static_cast<int32_t>(cp), theirs, unicode::kMaxDecomposition,
                                  static_cast<utf8proc_option_t>(s.theirs), &boundclass);
      bool same = m >= 0 && static_cast<size_t>(m) == n;
      for (size_t i = 0; same && i < n; ++i) same = ours[i] == static_cast<char32_t>(theirs[i]);
      mismatches += !same;
    }
  }
  CHECK(mismatches == 0);
  CHECK(unicode::category(0x110000) == unicode::Category::kCn);
}

TEST_CASE("Unicode tables: canonical composition equals utf8proc's for every pair it composes") {
  // Every code point utf8proc can compose as a first or second member (its comb_index says so),
  // plus the Hangul jamo and LV syllables, which are computed.
  std::vector<int32_t> firsts;
  std::vector<int32_t> seconds;
  for (int32_t cp = 0; cp < 0x110000; ++cp) {
    const auto idx = utf8proc_get_property(cp)->comb_index;
    const bool hangul_first =
        (cp >= 0x1100 && cp < 0x1113) || (cp >= 0xAC00 && cp < 0xD7A4 && (cp - 0xAC00) % 28 == 0);
    const bool hangul_second = cp >= 0x1161 && cp < 0x11C3;
    if ((idx != UINT16_MAX && idx < 0x8000) || hangul_first) firsts.push_back(cp);
    if ((idx != UINT16_MAX && idx >= 0x8000) || hangul_second) seconds.push_back(cp);
  }
  size_t mismatches = 0;
  size_t composed = 0;
  for (const int32_t a : firsts) {
    for (const int32_t b : seconds) {
      // utf8proc also "composes" an LV syllable with U+11A7 (T index 0) by dropping the U+11A7;
      // Unicode composes T index 1-27 only, as simkit does.
      if (b == 0x11A7) continue;
      int32_t theirs[2] = {a, b};
      char32_t ours[2] = {static_cast<char32_t>(a), static_cast<char32_t>(b)};
      const auto m = utf8proc_normalize_utf32(
          theirs, 2, static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
      const size_t n = unicode::compose(ours, 2);
      bool same = m >= 0 && static_cast<size_t>(m) == n;
      for (size_t i = 0; same && i < n; ++i) same = ours[i] == static_cast<char32_t>(theirs[i]);
      mismatches += !same;
      composed += n == 1;
    }
  }
  CHECK(mismatches == 0);
  CHECK(composed > 900 + 11172);  // the primary composites and every Hangul LV / LVT syllable
}
#endif

TEST_CASE("Unicode tables: spot checks") {
  using simkit::unicode::Category;
  CHECK(simkit::unicode::category(U'A') == Category::kLu);
  CHECK(simkit::unicode::category(0x0301) == Category::kMn);
  CHECK(simkit::unicode::combining_class(0x0301) == 230);
  char32_t out[simkit::unicode::kMaxDecomposition];
  simkit::unicode::DecomposeOptions o;
  o.decompose = o.compat = o.case_fold = true;
  REQUIRE(simkit::unicode::decompose(0xFDFA, o, out) == 18);  // the longest mapping
  REQUIRE(simkit::unicode::decompose(0x00DF, o, out) == 2);   // ß folds to ss
  CHECK((out[0] == U's' && out[1] == U's'));
  char32_t e[2] = {U'e', 0x0301};
  REQUIRE(simkit::unicode::compose(e, 2) == 1);
  CHECK(e[0] == 0x00E9);
}
