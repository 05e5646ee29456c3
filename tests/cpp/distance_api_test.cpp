// SPDX-License-Identifier: MIT
// distance_batch's input kinds agree: UTF-8 with byte ends (kind 0) and UTF-8 with UTF-16 ends
// plus byte lengths (kind 64, what the package sends for non-ASCII text), on seeded strings of
// one- to four-byte characters; ends that split a character are refused.
#include "distance_api.h"

#include <doctest/doctest.h>

#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "arena.h"

using namespace simkit::api;

namespace {

struct Side {
  std::string bytes;
  std::vector<uint32_t> byte_ends, unit_ends;
  uint32_t units = 0;
  void add(const std::string& s, uint32_t s_units) {
    bytes += s;
    units += s_units;
    byte_ends.push_back(static_cast<uint32_t>(bytes.size()));
    unit_ends.push_back(units);
  }
};

// Lays out a, b, both sides' ends and the two byte lengths; returns the offsets.
struct Layout {
  uint32_t b, a_ends, b_ends;
};
Layout place(const Side& a, const Side& b, bool units) {
  const auto n = static_cast<uint32_t>(a.byte_ends.size());
  const uint32_t b_at = static_cast<uint32_t>((a.bytes.size() + 3) & ~size_t{3});
  const uint32_t ends_at = static_cast<uint32_t>((b_at + b.bytes.size() + 3) & ~size_t{3});
  uint8_t* base = arena_reserve(ends_at + 8 * size_t{n} + 8);
  REQUIRE(base != nullptr);
  const auto copy = [](uint8_t* to, const void* from, size_t bytes) {
    if (bytes != 0) std::memcpy(to, from, bytes);  // from is null for an empty vector
  };
  copy(base, a.bytes.data(), a.bytes.size());
  copy(base + b_at, b.bytes.data(), b.bytes.size());
  const auto& ae = units ? a.unit_ends : a.byte_ends;
  const auto& be = units ? b.unit_ends : b.byte_ends;
  copy(base + ends_at, ae.data(), 4 * size_t{n});
  copy(base + ends_at + 4 * n, be.data(), 4 * size_t{n});
  const uint32_t lengths[2] = {static_cast<uint32_t>(a.bytes.size()),
                               static_cast<uint32_t>(b.bytes.size())};
  std::memcpy(base + ends_at + 8 * n, lengths, 8);
  return {b_at, ends_at, ends_at + 4 * n};
}

}  // namespace

TEST_CASE("distance_batch: UTF-16 ends (kind 64) equal byte ends (kind 0)") {
  std::mt19937 engine(23);
  const auto mt = [&engine] { return static_cast<uint32_t>(engine()); };
  // One-, two-, three- and four-byte characters with their UTF-16 lengths.
  const std::pair<std::string, uint32_t> chars[] = {{"a", 1},
                                                    {" ", 1},
                                                    {"\xc3\xa9", 1},
                                                    {"\xd0\xb6", 1},
                                                    {"\xe4\xb8\x80", 1},
                                                    {"\xef\xbf\xbd", 1},
                                                    {"\xf0\x9f\x98\x80", 2},
                                                    {"b", 1}};
  for (int round = 0; round < 200; ++round) {
    Side a;
    Side b;
    const uint32_t count = mt() % 40;
    const uint32_t alphabet = 1 + mt() % 8;
    for (uint32_t i = 0; i < count; ++i) {
      for (Side* side : {&a, &b}) {
        std::string s;
        uint32_t units = 0;
        for (uint32_t k = mt() % (mt() % 4 == 0 ? 150 : 20); k > 0; --k) {
          const auto& c = chars[mt() % alphabet];
          s += c.first;
          units += c.second;
        }
        side->add(s, units);
      }
    }
    for (const uint32_t metric : {0U, 5U}) {
      Layout l = place(a, b, false);
      REQUIRE(distance_batch(metric, 0, 0, l.a_ends, l.b, l.b_ends, count, UINT32_MAX, 0, 0) == 0);
      const std::vector<double> expected = results().f64;
      l = place(a, b, true);
      REQUIRE(distance_batch(metric, 64, 0, l.a_ends, l.b, l.b_ends, count, UINT32_MAX, 0, 0) == 0);
      REQUIRE(results().f64 == expected);
    }
  }
}

TEST_CASE("distance_batch: UTF-16 ends inside a character or past the bytes are refused") {
  Side a;
  Side b;
  a.add("\xf0\x9f\x98\x80x", 3);  // an astral character: two units
  b.add("y", 1);
  a.unit_ends[0] = 1;  // ends between its two units
  Layout l = place(a, b, true);
  CHECK(distance_batch(0, 64, 0, l.a_ends, l.b, l.b_ends, 1, UINT32_MAX, 0, 0) != 0);
  a.unit_ends[0] = 9;  // more units than the bytes hold
  l = place(a, b, true);
  CHECK(distance_batch(0, 64, 0, l.a_ends, l.b, l.b_ends, 1, UINT32_MAX, 0, 0) != 0);
  a.unit_ends[0] = 3;
  l = place(a, b, true);
  CHECK(distance_batch(0, 64, 0, l.a_ends, l.b, l.b_ends, 1, UINT32_MAX, 0, 0) == 0);
  CHECK(results().f64 == std::vector<double>{2});
}
