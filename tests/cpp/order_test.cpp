// SPDX-License-Identifier: MIT
// descending_order is exactly the order std::stable_sort with `a > b` gives, ties included.
#include "simkit/math/order.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <random>
#include <vector>

TEST_CASE("descending_order: largest first, ties in index order") {
  const std::vector<double> keys{0.5, 2.0, 0.5, -1.0, 2.0, 0.0};
  CHECK(simkit::descending_order(keys) == std::vector<uint32_t>{1, 4, 0, 2, 5, 3});
  CHECK(simkit::descending_order(std::vector<double>{}).empty());
}

TEST_CASE("descending_order equals a stable sort on data full of ties") {
  std::mt19937 random(7);
  for (int round = 0; round < 50; ++round) {
    std::vector<double> keys(1 + random() % 300);
    for (double& k : keys) k = static_cast<double>(random() % 7) - 3.0;  // few distinct keys
    std::vector<uint32_t> expected(keys.size());
    std::iota(expected.begin(), expected.end(), 0U);
    std::stable_sort(expected.begin(), expected.end(),
                     [&](uint32_t a, uint32_t b) { return keys[a] > keys[b]; });
    CHECK(simkit::descending_order(keys) == expected);
  }
}

TEST_CASE("apply_order rearranges items by the order") {
  std::vector<char> items{'a', 'b', 'c', 'd'};
  simkit::apply_order(items, std::vector<uint32_t>{2, 0, 3, 1});
  CHECK(items == std::vector<char>{'c', 'a', 'd', 'b'});
}
