// SPDX-License-Identifier: MIT
#include "simkit/set/jaccard.h"

#include <algorithm>

namespace simkit {

void to_hash_set(std::vector<uint64_t>& hashes) {
  std::sort(hashes.begin(), hashes.end());
  hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
}

double SetOverlap::jaccard() const {
  const uint64_t uni = size_a + size_b - intersection;
  return uni == 0 ? 0.0 : static_cast<double>(intersection) / static_cast<double>(uni);
}
double SetOverlap::containment_a_in_b() const {
  return size_a == 0 ? 0.0 : static_cast<double>(intersection) / static_cast<double>(size_a);
}
double SetOverlap::containment_b_in_a() const {
  return size_b == 0 ? 0.0 : static_cast<double>(intersection) / static_cast<double>(size_b);
}

SetOverlap set_overlap(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  SetOverlap r{a.size(), b.size(), 0};
  size_t i = 0;
  size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++r.intersection;
      ++i;
      ++j;
    }
  }
  return r;
}

}  // namespace simkit
