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
  // Three matched pairs out of order: t / 2 = 1.5 is rounded down to 1 by default (Winkler's
  // strcmp95, RapidFuzz, jellyfish 0.8777…), kept whole on request (natural 0.8444…).
  CHECK(jaro(cps(U"aabcbb"), cps(U"babac"), ws) == doctest::Approx(79.0 / 90.0).epsilon(1e-12));
  CHECK(jaro(cps(U"aabcbb"), cps(U"babac"), ws, HalfTranspositions::kExact) ==
        doctest::Approx(76.0 / 90.0).epsilon(1e-12));
  // jellyfish's testdata/jaro_winkler.csv: 0.518 (rounded there).
  CHECK(jaro_winkler(cps(U"Sint-Pietersplein 6, 9000 Gent"), cps(U"Test 10, 1010 Brussel"), 0.1,
                     0.7, ws) == doctest::Approx(0.5182539682539683).epsilon(1e-12));
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
    REQUIRE(weighted_levenshtein(a, b, 1, 1, 1, ws) == lev);
    REQUIRE(jaro(a, b, ws) == doctest::Approx(reference::jaro(a, b)).epsilon(1e-12));
    REQUIRE(jaro(a, b, ws, HalfTranspositions::kExact) ==
            doctest::Approx(reference::jaro(a, b, true)).epsilon(1e-12));
    REQUIRE(dice_bigrams(a, b, ws) == doctest::Approx(reference::dice(a, b)).epsilon(1e-12));
    REQUIRE(osa_distance(a, b, ws) ==
            reference::osa(a, b));  // interleaved: shared buffers stay clean
    const double p = 0.25 * static_cast<double>(rng() % 5) / 4.0;  // 0 … 0.25
    const double threshold = rng() % 2 ? 0.7 : 0.0;
    const bool exact = rng() % 2 == 0;
    REQUIRE(jaro_winkler(a, b, p, threshold, ws,
                         exact ? HalfTranspositions::kExact : HalfTranspositions::kFloor) ==
            doctest::Approx(reference::jaro_winkler(a, b, p, threshold, exact)).epsilon(1e-12));
  }
}

TEST_CASE("damerau_distance equals the shortest edit path found by search (short strings)") {
  std::mt19937 mt(23);
  const auto rng = [&] { return static_cast<uint32_t>(mt()); };
  DistanceWorkspace ws;
  size_t with_swap_advantage = 0;  // pairs where a swap beats OSA: the unrestricted case ran
  for (int round = 0; round < 400; ++round) {
    const uint32_t alphabet = 1 + rng() % 3;
    const uint32_t base = rng() % 2 ? 'a' : 0x1F600U;
    const auto make = [&](size_t len) {
      std::vector<uint32_t> s(len);
      for (auto& c : s) c = base + rng() % alphabet;
      return s;
    };
    const auto a = make(rng() % 5);
    const auto b = make(rng() % 5);
    CAPTURE(a.size());
    CAPTURE(b.size());
    const uint32_t expected = reference::damerau_by_search(a, b);
    REQUIRE(damerau_distance(a, b, ws) == expected);
    REQUIRE(damerau_distance(b, a, ws) == expected);
    if (expected < reference::osa(a, b)) ++with_swap_advantage;
  }
  CHECK(damerau_distance(cps(U"ca"), cps(U"abc"), ws) ==
        reference::damerau_by_search(cps(U"ca"), cps(U"abc")));
  CHECK(with_swap_advantage > 0);
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
    const auto in_bmp = [](const std::vector<uint32_t>& v) {
      return std::all_of(v.begin(), v.end(), [](uint32_t c) { return c < 0x10000; });
    };
    if (in_bmp(a_symbols) && in_bmp(b_symbols)) {  // so does the 16-bit form
      const std::vector<uint16_t> a_units(a_symbols.begin(), a_symbols.end());
      const std::vector<uint16_t> b_units(b_symbols.begin(), b_symbols.end());
      std::vector<uint32_t> out_units(count, 12345);
      levenshtein_batch(a_units, a_ends, b_units, b_ends, cutoff, out_units, ws);
      REQUIRE(out_units == out);
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

namespace {

// Seeded random strings over one script: ASCII, Latin-1, Cyrillic, CJK, emoji (non-BMP), or
// mostly ASCII with some CJK and emoji; `alphabet` symbols of it (small: small distances and
// long common runs; large: many distinct symbols, so long hash tables).
struct Scripts {
  std::mt19937 mt;
  uint32_t rng() { return static_cast<uint32_t>(mt()); }
  uint32_t symbol(uint32_t script, uint32_t alphabet) {
    static constexpr uint32_t kBase[] = {'a', 0xC0, 0x430, 0x4E00, 0x1F600};
    if (script < 5) return kBase[script] + rng() % alphabet;
    const uint32_t r = rng() % 10;
    return r == 0 ? 0x4E00 + rng() % alphabet : r == 1 ? 0x1F600 + rng() % alphabet : ' ' + r;
  }
  std::vector<uint32_t> make(size_t length, uint32_t script, uint32_t alphabet) {
    std::vector<uint32_t> s(length);
    for (auto& c : s) c = symbol(script, alphabet);
    return s;
  }
  // A copy of a with `edits` random insertions, deletions and substitutions.
  std::vector<uint32_t> edit(std::vector<uint32_t> b, uint32_t edits, uint32_t script,
                             uint32_t alphabet) {
    for (; edits > 0; --edits) {
      const size_t at = b.empty() ? 0 : rng() % b.size();
      switch (rng() % 3) {
        case 0:
          b.insert(b.begin() + static_cast<std::ptrdiff_t>(at), symbol(script, alphabet));
          break;
        case 1:
          if (!b.empty()) b.erase(b.begin() + static_cast<std::ptrdiff_t>(at));
          break;
        default:
          if (!b.empty()) b[at] = symbol(script, alphabet);
      }
    }
    return b;
  }
  // A pair: an edited copy (few or many edits) or two unrelated strings.
  std::pair<std::vector<uint32_t>, std::vector<uint32_t>> pair(size_t max_length) {
    const uint32_t script = rng() % 6;
    const uint32_t alphabet = rng() % 2 ? 1 + rng() % 4 : 1 + rng() % 3000;
    auto a = make(rng() % (max_length + 1), script, alphabet);
    const uint32_t kind = rng() % 4;
    auto b = kind == 0 ? make(rng() % (max_length + 1), script, alphabet)
             : kind == 1
                 ? edit(a, rng() % static_cast<uint32_t>(a.size() / 2 + 2), script, alphabet)
                 : edit(a, rng() % 12, script, alphabet);
    if (rng() % 2) std::swap(a, b);
    return {a, b};
  }
};

uint32_t clamped(uint32_t d, uint32_t cutoff) { return d > cutoff ? cutoff + 1 : d; }

}  // namespace

TEST_CASE("blocked levenshtein and lcs equal the references (0-300 and ~1000 symbols, scripts)") {
  Scripts s{std::mt19937(17)};
  DistanceWorkspace ws;
  for (int round = 0; round < 2500; ++round) {
    const size_t max_length = round % 40 == 0 ? 1100 : 300;
    const auto ab = s.pair(max_length);
    const std::vector<uint32_t>& a = ab.first;
    const std::vector<uint32_t>& b = ab.second;
    const uint32_t lev = reference::levenshtein(a, b);
    CAPTURE(a.size());
    CAPTURE(b.size());
    REQUIRE(levenshtein(a, b, UINT32_MAX, ws) == lev);
    REQUIRE(levenshtein(b, a, UINT32_MAX, ws) == lev);
    // Cutoffs below, at and above the distance, and small ones (the narrow band).
    for (const uint32_t cutoff : {lev, lev + 1, lev / 2, lev + s.rng() % 40, s.rng() % 8,
                                  lev > 0 ? lev - 1 : 0, s.rng() % (lev + 1)}) {
      CAPTURE(cutoff);
      REQUIRE(levenshtein(a, b, cutoff, ws) == clamped(lev, cutoff));
    }
    if (round % 3 == 0) REQUIRE(lcs_length(a, b, ws) == reference::lcs(a, b));
  }
}

TEST_CASE("levenshtein_batch equals the reference on long and non-Latin pairs (bytes too)") {
  Scripts s{std::mt19937(19)};
  DistanceWorkspace ws;
  for (int round = 0; round < 200; ++round) {
    const size_t count = s.rng() % 50;
    const bool bytes_only = round % 3 == 0;  // ASCII and Latin-1 only: the byte form as well
    std::vector<uint32_t> a_symbols;
    std::vector<uint32_t> b_symbols;
    std::vector<uint32_t> a_ends;
    std::vector<uint32_t> b_ends;
    std::vector<uint32_t> expected;
    while (a_ends.size() < count) {
      auto [a, b] = s.pair(s.rng() % 5 == 0 ? 300 : 70);
      const auto wide = [](const std::vector<uint32_t>& v) {
        return std::any_of(v.begin(), v.end(), [](uint32_t c) { return c >= 256; });
      };
      if (bytes_only && (wide(a) || wide(b))) continue;
      a_symbols.insert(a_symbols.end(), a.begin(), a.end());
      b_symbols.insert(b_symbols.end(), b.begin(), b.end());
      a_ends.push_back(static_cast<uint32_t>(a_symbols.size()));
      b_ends.push_back(static_cast<uint32_t>(b_symbols.size()));
      expected.push_back(reference::levenshtein(a, b));
    }
    const uint32_t cutoff = s.rng() % 2 ? UINT32_MAX : s.rng() % 30;
    for (auto& e : expected) e = clamped(e, cutoff);
    std::vector<uint32_t> out(count, 12345);
    levenshtein_batch(a_symbols, a_ends, b_symbols, b_ends, cutoff, out, ws);
    REQUIRE(out == expected);
    if (bytes_only) {
      const std::vector<uint8_t> a_bytes(a_symbols.begin(), a_symbols.end());
      const std::vector<uint8_t> b_bytes(b_symbols.begin(), b_symbols.end());
      std::vector<uint32_t> out_bytes(count, 12345);
      levenshtein_batch(a_bytes, a_ends, b_bytes, b_ends, cutoff, out_bytes, ws);
      REQUIRE(out_bytes == expected);
    }
    const auto in_bmp = [](const std::vector<uint32_t>& v) {
      return std::all_of(v.begin(), v.end(), [](uint32_t c) { return c < 0x10000; });
    };
    if (in_bmp(a_symbols) && in_bmp(b_symbols)) {  // the 16-bit form (UTF-16 units)
      const std::vector<uint16_t> a_units(a_symbols.begin(), a_symbols.end());
      const std::vector<uint16_t> b_units(b_symbols.begin(), b_symbols.end());
      std::vector<uint32_t> out_units(count, 12345);
      levenshtein_batch(a_units, a_ends, b_units, b_ends, cutoff, out_units, ws);
      REQUIRE(out_units == expected);
    }
  }
}

TEST_CASE("partial_indel_ratio: RapidFuzz's examples, and every alignment tried without skipping") {
  DistanceWorkspace ws;
  CHECK(partial_indel_ratio(cps(U"this is a test"), cps(U"this is a test!"), ws) == 1.0);
  CHECK(partial_indel_ratio(cps(U"a certain string"), cps(U"cetain"), ws) ==
        doctest::Approx(0.8333333333333334).epsilon(1e-15));
  CHECK(partial_indel_ratio(cps(U""), cps(U""), ws) == 1.0);
  CHECK(partial_indel_ratio(cps(U""), cps(U"abc"), ws) == 0.0);
  CHECK(partial_indel_ratio(cps(U"xyz"), cps(U"abc"), ws) == 0.0);
  // The reference: ratio of the shorter against every prefix shorter than it, every window of
  // its length and every shorter suffix of the longer; both ways round for equal lengths.
  const auto ratio = [](const std::vector<uint32_t>& x, const std::vector<uint32_t>& y) {
    const size_t total = x.size() + y.size();
    return total == 0 ? 1.0
                      : 1.0 - static_cast<double>(total - 2 * size_t{reference::lcs(x, y)}) /
                                  static_cast<double>(total);
  };
  const auto best_in = [&](const std::vector<uint32_t>& s, const std::vector<uint32_t>& l) {
    double best = 0.0;
    for (size_t start = 0; start < l.size(); ++start)
      for (size_t len = 1; len <= s.size() && start + len <= l.size(); ++len)
        if (len == s.size() || start == 0 || start + len == l.size())
          best = std::max(best, ratio(s, {l.begin() + static_cast<std::ptrdiff_t>(start),
                                          l.begin() + static_cast<std::ptrdiff_t>(start + len)}));
    return best;
  };
  std::mt19937 mt(17);
  const auto next = [&] { return static_cast<uint32_t>(mt()); };
  size_t checked = 0;
  for (int round = 0; round < 3000; ++round) {
    const auto random = [&](size_t max_length, uint32_t alphabet) {
      std::vector<uint32_t> v(next() % (max_length + 1));
      for (auto& c : v) c = 0x61 + next() % alphabet + (next() % 7 == 0 ? 0x1F600u : 0u);
      return v;
    };
    const uint32_t alphabet = 2 + next() % 6;
    auto a = random(1 + next() % 12, alphabet);
    auto b = random(1 + next() % 40, alphabet);
    if (a.empty() || b.empty()) continue;
    auto s = a.size() <= b.size() ? a : b;
    auto l = a.size() <= b.size() ? b : a;
    double expected = best_in(s, l);
    if (s.size() == l.size()) expected = std::max(expected, best_in(l, s));
    REQUIRE(partial_indel_ratio(a, b, ws) == doctest::Approx(expected).epsilon(1e-12));
    ++checked;
  }
  CHECK(checked > 2000);
  // Needles longer than 64 symbols take the multi-word path.
  for (int round = 0; round < 40; ++round) {
    const auto random = [&](size_t length) {
      std::vector<uint32_t> v(length);
      for (auto& c : v) c = 0x61 + next() % 4 + (next() % 9 == 0 ? 0x400u : 0u);
      return v;
    };
    const auto s = random(65 + next() % 40);
    const auto l = random(s.size() + next() % 60);
    double expected = best_in(s, l);
    if (s.size() == l.size()) expected = std::max(expected, best_in(l, s));
    REQUIRE(partial_indel_ratio(s, l, ws) == doctest::Approx(expected).epsilon(1e-12));
    REQUIRE(partial_indel_ratio(l, s, ws) == doctest::Approx(expected).epsilon(1e-12));
  }
}
