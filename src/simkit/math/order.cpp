// SPDX-License-Identifier: MIT
#include "simkit/math/order.h"

#include <algorithm>
#include <numeric>

namespace simkit {

std::vector<uint32_t> descending_order(std::span<const double> keys) {
  std::vector<uint32_t> order(keys.size());
  std::iota(order.begin(), order.end(), 0U);
  std::sort(order.begin(), order.end(), [keys](uint32_t a, uint32_t b) {
    return keys[a] > keys[b] || (keys[a] == keys[b] && a < b);
  });
  return order;
}

}  // namespace simkit
