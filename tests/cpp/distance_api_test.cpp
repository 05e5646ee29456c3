// SPDX-License-Identifier: MIT
// distance_batch's input kinds agree: UTF-16 units compared as code points (kind 64, what the
// package sends for non-ASCII text) with UTF-8 (kind 0), and UTF-16 units compared as units
// (kind 65) with the same units as uint32 symbols, on seeded strings of one- to four-byte
// characters and lone surrogates; ranges outside the arena are refused.
#include "distance_api.h"

#include <doctest/doctest.h>

#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "arena.h"

using namespace simkit::api;

namespace {

constexpr uint32_t kSymbolKind = 0xFFFFFFFFU;

// One side's strings in every form: UTF-8 (as TextEncoder writes them), UTF-16 units, and the
// units widened to uint32, each with its ends.
struct Side {
  std::string bytes;
  std::vector<uint16_t> units;
  std::vector<uint32_t> byte_ends, unit_ends;
  void add(const std::string& utf8, const std::vector<uint16_t>& s) {
    bytes += utf8;
    units.insert(units.end(), s.begin(), s.end());
    byte_ends.push_back(static_cast<uint32_t>(bytes.size()));
    unit_ends.push_back(static_cast<uint32_t>(units.size()));
  }
};

enum class Form { kUtf8, kUtf16, kSymbols };

// Lays out a's data, b's data, a's ends and b's ends (each 4-aligned); returns the offsets.
struct Layout {
  uint32_t b, a_ends, b_ends;
};
Layout place(const Side& a, const Side& b, Form form) {
  const auto n = static_cast<uint32_t>(a.byte_ends.size());
  std::vector<uint32_t> a_wide(a.units.begin(), a.units.end());
  std::vector<uint32_t> b_wide(b.units.begin(), b.units.end());
  const auto data = [&](const Side& s, const std::vector<uint32_t>& wide) -> std::string {
    if (form == Form::kUtf8) return s.bytes;
    if (form == Form::kUtf16)
      return {reinterpret_cast<const char*>(s.units.data()), 2 * s.units.size()};
    return {reinterpret_cast<const char*>(wide.data()), 4 * wide.size()};
  };
  const std::string a_data = data(a, a_wide);
  const std::string b_data = data(b, b_wide);
  const auto align = [](size_t x) { return static_cast<uint32_t>((x + 3) & ~size_t{3}); };
  const uint32_t b_at = align(a_data.size());
  const uint32_t ends_at = align(b_at + b_data.size());
  uint8_t* base = arena_reserve(ends_at + 8 * size_t{n});
  REQUIRE(base != nullptr);
  const auto copy = [](uint8_t* to, const void* from, size_t bytes) {
    if (bytes != 0) std::memcpy(to, from, bytes);  // from is null for an empty vector
  };
  copy(base, a_data.data(), a_data.size());
  copy(base + b_at, b_data.data(), b_data.size());
  const bool bytes = form == Form::kUtf8;
  copy(base + ends_at, (bytes ? a.byte_ends : a.unit_ends).data(), 4 * size_t{n});
  copy(base + ends_at + 4 * n, (bytes ? b.byte_ends : b.unit_ends).data(), 4 * size_t{n});
  return {b_at, ends_at, ends_at + 4 * n};
}

std::vector<double> batch(uint32_t metric, const Side& a, const Side& b, Form form, uint32_t kind) {
  const Layout l = place(a, b, form);
  const auto n = static_cast<uint32_t>(a.byte_ends.size());
  REQUIRE(distance_batch(metric, kind, 0, l.a_ends, l.b, l.b_ends, n, UINT32_MAX, 0, 0) == 0);
  return results().f64;
}

}  // namespace

TEST_CASE("distance_batch: UTF-16 kinds equal UTF-8 (code points) and symbols (units)") {
  std::mt19937 engine(23);
  const auto mt = [&engine] { return static_cast<uint32_t>(engine()); };
  // Characters as UTF-8 (what TextEncoder writes) and as UTF-16 units; lone surrogates last.
  struct Char {
    std::string utf8;
    std::vector<uint16_t> units;
  };
  const Char chars[] = {{"a", {'a'}},
                        {" ", {' '}},
                        {"\xc3\xa9", {0xE9}},
                        {"\xd0\xb6", {0x436}},
                        {"\xe4\xb8\x80", {0x4E00}},
                        {"\xf0\x9f\x98\x80", {0xD83D, 0xDE00}},
                        {"b", {'b'}},
                        {"\xef\xbf\xbd", {0xD800}},
                        {"\xef\xbf\xbd", {0xDC00}}};
  for (int round = 0; round < 200; ++round) {
    Side a;
    Side b;
    const uint32_t count = mt() % 40;
    const uint32_t alphabet = 1 + mt() % 9;
    for (uint32_t i = 0; i < count; ++i) {
      for (Side* side : {&a, &b}) {
        std::string utf8;
        std::vector<uint16_t> units;
        uint32_t previous = 99;
        for (uint32_t k = mt() % (mt() % 4 == 0 ? 150 : 20); k > 0; --k) {
          uint32_t pick = mt() % alphabet;
          // A lone high surrogate followed by a low one would be a pair, not two lone ones.
          if (previous == 7 && pick == 8) pick = 0;
          previous = pick;
          utf8 += chars[pick].utf8;
          units.insert(units.end(), chars[pick].units.begin(), chars[pick].units.end());
        }
        side->add(utf8, units);
      }
    }
    for (const uint32_t metric : {0U, 5U, 7U}) {
      CAPTURE(metric);
      REQUIRE(batch(metric, a, b, Form::kUtf16, 64) == batch(metric, a, b, Form::kUtf8, 0));
      REQUIRE(batch(metric, a, b, Form::kUtf16, 65) ==
              batch(metric, a, b, Form::kSymbols, kSymbolKind));
    }
  }
}

TEST_CASE("distance_batch: UTF-16 units outside the arena or misaligned are refused") {
  Side a;
  Side b;
  a.add("\xf0\x9f\x98\x80x", {0xD83D, 0xDE00, 'x'});
  b.add("y", {'y'});
  Layout l = place(a, b, Form::kUtf16);
  CHECK(distance_batch(0, 64, 0, l.a_ends, l.b, l.b_ends, 1, UINT32_MAX, 0, 0) == 0);
  CHECK(results().f64 == std::vector<double>{2});
  CHECK(distance_batch(0, 65, 0, l.a_ends, l.b, l.b_ends, 1, UINT32_MAX, 0, 0) == 0);
  CHECK(results().f64 == std::vector<double>{3});
  CHECK(distance_batch(0, 64, 1, l.a_ends, l.b, l.b_ends, 1, UINT32_MAX, 0, 0) != 0);
  a.unit_ends[0] = 1U << 30;  // more units than the arena holds
  l = place(a, b, Form::kUtf16);
  CHECK(distance_batch(0, 64, 0, l.a_ends, l.b, l.b_ends, 1, UINT32_MAX, 0, 0) != 0);
  CHECK(last_error_message().find("outside the input arena") != std::string::npos);
}
