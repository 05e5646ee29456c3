// SPDX-License-Identifier: MIT
// String distances: known values, and every fast path against the naive reference on seeded
// random strings over small and non-BMP alphabets, including score cutoffs.
#include "simkit/distance/distance.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>

#include "reference/naive_distances.h"

using namespace simkit;

namespace {
std::vector<uint32_t> cps(const std::u32string& s) { return {s.begin(), s.end()}; }
}  // namespace

TEST_CASE("known values") {
  DistanceWorkspace ws;
  CHECK(levenshtein(cps(U"kitten"), cps(U"sitting"), UINT32_MAX, ws) == 3);
  CHECK(levenshtein(cps(U""), cps(U"abc"), UINT32_MAX, ws) == 3);
  CHECK(levenshtein(cps(U"😀ab"), cps(U"ab"), UINT32_MAX, ws) == 1);  // one code point
  CHECK(osa_distance(cps(U"ca"), cps(U"abc"), ws) == 3);
  CHECK(damerau_distance(cps(U"ca"), cps(U"abc"), ws) == 2);
  CHECK(osa_distance(cps(U"abcd"), cps(U"acbd"), ws) == 1);
  CHECK(hamming_distance(cps(U"karolin"), cps(U"kathrin")) == 3);
  CHECK(hamming_distance(cps(U"a"), cps(U"ab")) == UINT32_MAX);
  CHECK(jaro(cps(U"MARTHA"), cps(U"MARHTA"), ws) == doctest::Approx(0.944444).epsilon(1e-5));
  CHECK(jaro_winkler(cps(U"MARTHA"), cps(U"MARHTA"), 0.1, 0.7, ws) ==
        doctest::Approx(0.961111).epsilon(1e-5));
  CHECK(jaro_winkler(cps(U"DIXON"), cps(U"DICKSONX"), 0.1, 0.7, ws) ==
        doctest::Approx(0.813333).epsilon(1e-5));
  CHECK(dice_bigrams(cps(U"night"), cps(U"nacht"), ws) == doctest::Approx(0.25));
  CHECK(dice_bigrams(cps(U"a"), cps(U"a"), ws) == 1.0);
  CHECK(lcs_length(cps(U"ABCBDAB"), cps(U"BDCABA"), ws) == 4);
  const CommonSubstring s = longest_common_substring(cps(U"xxabcdyy"), cps(U"zabcdz"), ws);
  CHECK(s.length == 4);
  CHECK(s.a_start == 2);
  CHECK(s.b_start == 1);
  CHECK(indel_ratio(cps(U"this is a test"), cps(U"this is a test!"), ws) ==
        doctest::Approx(0.9655172));
  CHECK(weighted_levenshtein(cps(U"abc"), cps(U"abd"), 1, 1, 3, ws) ==
        2);  // delete + insert beats substitute
}

TEST_CASE("fast paths equal the references on seeded random strings (BMP and non-BMP)") {
  std::mt19937 mt(5);
  const auto rng = [&] { return static_cast<uint32_t>(mt()); };
  DistanceWorkspace ws;
  for (int round = 0; round < 3000; ++round) {
    const uint32_t alphabet = 1 + rng() % 8;
    const bool astral = rng() % 3 == 0;
    const auto make = [&](size_t len) {
      std::vector<uint32_t> s(len);
      for (auto& c : s) c = (astral ? 0x1F600U : (rng() % 2 ? 'a' : 0x4E00U)) + rng() % alphabet;
      return s;
    };
    const auto a = make(rng() % 90);
    const auto b = make(rng() % 90);
    const uint32_t lev = reference::levenshtein(a, b);
    REQUIRE(levenshtein(a, b, UINT32_MAX, ws) == lev);
    const uint32_t cutoff = rng() % 12;
    REQUIRE(levenshtein(a, b, cutoff, ws) == (lev > cutoff ? cutoff + 1 : lev));
    REQUIRE(lcs_length(a, b, ws) == reference::lcs(a, b));
    REQUIRE(osa_distance(a, b, ws) == reference::osa(a, b));
    const uint32_t dl = damerau_distance(a, b, ws);
    REQUIRE(dl <= reference::osa(a, b));
    REQUIRE(dl <= lev);
    REQUIRE(weighted_levenshtein(a, b, 1, 1, 1, ws) == lev);
    REQUIRE(jaro(a, b, ws) == doctest::Approx(reference::jaro(a, b)).epsilon(1e-12));
    REQUIRE(dice_bigrams(a, b, ws) == doctest::Approx(reference::dice(a, b)).epsilon(1e-12));
    REQUIRE(osa_distance(a, b, ws) ==
            reference::osa(a, b));  // interleaved: shared buffers stay clean
    const double jw = jaro_winkler(a, b, 0.1, 0.7, ws);
    REQUIRE(jw >= 0.0);
    REQUIRE(jw <= 1.0);
  }
}

TEST_CASE("levenshtein_batch equals levenshtein pair by pair (lanes, fallbacks, cutoffs)") {
  std::mt19937 mt(11);
  const auto rng = [&] { return static_cast<uint32_t>(mt()); };
  DistanceWorkspace ws;
  for (int round = 0; round < 400; ++round) {
    // Alphabets: tiny ASCII (long common prefixes/suffixes), Latin-1, mixed with CJK and
    // non-BMP (pairs that cannot use the direct tables); lengths across the 64-symbol limit.
    const uint32_t alphabet = 1 + rng() % 6;
    const uint32_t style = rng() % 4;
    const auto symbol = [&]() -> uint32_t {
      switch (style) {
        case 0:
          return 'a' + rng() % alphabet;
        case 1:
          return 0xF0U + rng() % (alphabet + 12);  // Latin-1, sometimes past U+00FF
        case 2:
          return rng() % 8 == 0 ? 0x4E00U + rng() % alphabet : 'a' + rng() % alphabet;
        default:
          return rng() % 5 == 0 ? 0x1F600U + rng() % alphabet : 'a' + rng() % alphabet;
      }
    };
    const size_t count = rng() % 40;
    std::vector<uint32_t> a_symbols;
    std::vector<uint32_t> b_symbols;
    std::vector<uint32_t> a_ends;
    std::vector<uint32_t> b_ends;
    for (size_t i = 0; i < count; ++i) {
      const size_t max_length = rng() % 4 == 0 ? 140 : 45;
      std::vector<uint32_t> a(rng() % max_length);
      for (auto& c : a) c = symbol();
      std::vector<uint32_t> b = a;  // an edited copy (or, sometimes, another string)
      if (rng() % 4 == 0) {
        b.resize(rng() % max_length);
        for (auto& c : b) c = symbol();
      } else {
        for (uint32_t edits = rng() % 6; edits > 0; --edits) {
          const size_t at = b.empty() ? 0 : rng() % b.size();
          switch (rng() % 3) {
            case 0:
              b.insert(b.begin() + static_cast<std::ptrdiff_t>(at), symbol());
              break;
            case 1:
              if (!b.empty()) b.erase(b.begin() + static_cast<std::ptrdiff_t>(at));
              break;
            default:
              if (!b.empty()) b[at] = symbol();
          }
        }
      }
      a_symbols.insert(a_symbols.end(), a.begin(), a.end());
      b_symbols.insert(b_symbols.end(), b.begin(), b.end());
      a_ends.push_back(static_cast<uint32_t>(a_symbols.size()));
      b_ends.push_back(static_cast<uint32_t>(b_symbols.size()));
    }
    const uint32_t cutoff = rng() % 3 == 0 ? rng() % 10 : UINT32_MAX;
    std::vector<uint32_t> out(count, 12345);
    levenshtein_batch(a_symbols, a_ends, b_symbols, b_ends, cutoff, out, ws);
    const auto below_256 = [](const std::vector<uint32_t>& v) {
      return std::all_of(v.begin(), v.end(), [](uint32_t c) { return c < 256; });
    };
    if (below_256(a_symbols) && below_256(b_symbols)) {  // the byte form gives the same
      const std::vector<uint8_t> a_bytes(a_symbols.begin(), a_symbols.end());
      const std::vector<uint8_t> b_bytes(b_symbols.begin(), b_symbols.end());
      std::vector<uint32_t> out_bytes(count, 12345);
      levenshtein_batch(a_bytes, a_ends, b_bytes, b_ends, cutoff, out_bytes, ws);
      REQUIRE(out_bytes == out);
    }
    for (size_t i = 0; i < count; ++i) {
      const uint32_t a_begin = i == 0 ? 0 : a_ends[i - 1];
      const uint32_t b_begin = i == 0 ? 0 : b_ends[i - 1];
      const Symbols a = Symbols(a_symbols).subspan(a_begin, a_ends[i] - a_begin);
      const Symbols b = Symbols(b_symbols).subspan(b_begin, b_ends[i] - b_begin);
      const uint32_t lev = reference::levenshtein(std::vector<uint32_t>(a.begin(), a.end()),
                                                  std::vector<uint32_t>(b.begin(), b.end()));
      REQUIRE(out[i] == (lev > cutoff ? cutoff + 1 : lev));
      REQUIRE(out[i] == levenshtein(a, b, cutoff, ws));
    }
  }
}
