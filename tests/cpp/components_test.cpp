// SPDX-License-Identifier: MIT
// Union-find components (LSH clusters and the bindings' connected_components use them): groups,
// order, representatives independent of the join order, and the binding's checks.
#include "simkit/set/components.h"

#include <doctest/doctest.h>

#include <cstring>
#include <vector>

#include "arena.h"
#include "winnow_api.h"

using namespace simkit;

TEST_CASE("components: groups of two or more, sorted, by first item; joins in any order") {
  using Groups = std::vector<std::vector<uint32_t>>;
  Components c(8);
  CHECK(c.join(5, 1));
  CHECK(c.join(7, 5));
  CHECK_FALSE(c.join(1, 7));  // already one component
  CHECK(c.join(6, 2));
  Groups g;
  c.groups(g);
  CHECK(g == Groups{{1, 5, 7}, {2, 6}});
  CHECK(c.find(7) == 1);  // the smallest item represents its component
  c.groups(g, 1);
  CHECK(g == Groups{{0}, {1, 5, 7}, {2, 6}, {3}, {4}});
  Components d(8);  // the same links joined in reverse order
  d.join(6, 2);
  d.join(1, 7);
  d.join(7, 5);
  Groups h;
  d.groups(h);
  CHECK(h == Groups{{1, 5, 7}, {2, 6}});
  c.reset(3);
  c.groups(g);
  CHECK(g.empty());
}

TEST_CASE("connected_components binding: flattened [size, items...], items checked") {
  const uint32_t pairs[] = {3, 0, 4, 3, 1, 2};
  uint8_t* base = api::arena_reserve(sizeof pairs);
  REQUIRE(base != nullptr);
  std::memcpy(base, pairs, sizeof pairs);
  REQUIRE(api::connected_components(6, 0, 3) == 0);
  CHECK(api::results().u32 == std::vector<uint32_t>{3, 0, 3, 4, 2, 1, 2});
  CHECK(api::connected_components(4, 0, 3) ==
        static_cast<int32_t>(ErrorCode::kInvalidArgument));  // item 4 is not below count
}
