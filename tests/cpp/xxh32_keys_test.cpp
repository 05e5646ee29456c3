// SPDX-License-Identifier: MIT
#include "simkit/hash/xxh32_keys.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "simkit/hash/xxhash.h"

namespace {

/// Keys with `sizes` (random bytes) packed back to back; checks xxh32_keys against xxh32 key by
/// key.
void check_against_one_at_a_time(const std::vector<uint32_t>& sizes, uint32_t seed) {
  std::mt19937 rng(seed + static_cast<uint32_t>(sizes.size()));
  std::string data;
  std::vector<uint32_t> ends;
  for (const uint32_t n : sizes) {
    for (uint32_t i = 0; i < n; ++i) data.push_back(static_cast<char>(rng()));
    ends.push_back(static_cast<uint32_t>(data.size()));
  }
  std::vector<uint32_t> out(sizes.size());
  simkit::xxh32_keys(data.data(), ends.data(), static_cast<uint32_t>(sizes.size()), seed,
                     out.data());
  uint32_t begin = 0;
  for (size_t i = 0; i < sizes.size(); ++i) {
    CAPTURE(i);
    CAPTURE(sizes[i]);
    CHECK(out[i] == simkit::xxh32(data.data() + begin, ends[i] - begin, seed));
    begin = ends[i];
  }
}

}  // namespace

TEST_CASE("xxh32_keys equals xxh32 one key at a time") {
  for (const uint32_t seed : {0U, 1U, 0x9E3779B1U, 0xFFFFFFFFU}) {
    CAPTURE(seed);
    // Fixed-size keys of every size around the stripe boundaries, counts not a multiple of four.
    for (uint32_t size = 0; size <= 81; ++size)
      check_against_one_at_a_time(std::vector<uint32_t>(7, size), seed);
    // Mixed sizes: groups of four with different stripe counts and tails, some below a stripe.
    std::mt19937 rng(seed);
    for (int round = 0; round < 50; ++round) {
      std::vector<uint32_t> sizes(1 + rng() % 40);
      for (uint32_t& s : sizes)
        s = static_cast<uint32_t>(rng() % 3 == 0 ? rng() % 16 : 16 + rng() % 100);
      check_against_one_at_a_time(sizes, seed);
    }
    check_against_one_at_a_time({}, seed);
  }
}
