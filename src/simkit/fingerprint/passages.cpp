// SPDX-License-Identifier: MIT
#include "simkit/fingerprint/passages.h"

#include <algorithm>

namespace simkit {

namespace {
double share(const std::vector<uint8_t>& covered) {
  if (covered.empty()) return 0.0;
  size_t n = 0;
  for (const uint8_t c : covered) n += c;
  return static_cast<double>(n) / static_cast<double>(covered.size());
}
size_t count(const std::vector<uint8_t>& covered) {
  size_t n = 0;
  for (const uint8_t c : covered) n += c;
  return n;
}
// In repetitive text ("it was the best of times, it was the worst of times") a long passage
// also matches itself shifted: short runs whose spans lie inside a longer passage's spans on
// both sides. They add nothing a reader needs, so they go.
void drop_echoes(std::vector<Passage>& passages) {
  if (passages.size() < 2) return;
  std::sort(passages.begin(), passages.end(),
            [](const Passage& x, const Passage& y) { return x.kgrams > y.kgrams; });
  std::vector<Passage> kept;
  for (const Passage& p : passages) {
    bool inside = false;
    for (const Passage& q : kept) {
      if (q.a_begin <= p.a_begin && p.a_end <= q.a_end && q.b_begin <= p.b_begin &&
          p.b_end <= q.b_end) {
        inside = true;
        break;
      }
    }
    if (!inside) kept.push_back(p);
  }
  passages.swap(kept);
}

}  // namespace

void PassageMatcher::match(const KGrams& a, const KGrams& b, const PassageOptions& options,
                           PassageMatch& out) {
  out.passages.clear();
  out.coverage_a = out.coverage_b = out.score = 0;
  const auto na = static_cast<uint32_t>(a.hashes.size());
  const auto nb = static_cast<uint32_t>(b.hashes.size());
  if (na == 0 || nb == 0) return;

  index_b_.resize(nb);
  for (uint32_t j = 0; j < nb; ++j) index_b_[j] = {b.hashes[j], j};
  std::sort(index_b_.begin(), index_b_.end());

  hits_.clear();
  for (uint32_t i = 0; i < na; ++i) {
    auto it = std::lower_bound(index_b_.begin(), index_b_.end(), std::make_pair(a.hashes[i], 0U));
    for (uint32_t seen = 0; it != index_b_.end() && it->first == a.hashes[i]; ++it) {
      if (++seen > options.max_occurrences) break;
      hits_.push_back({it->second + na - i, i, it->second});
    }
  }
  // Along one diagonal (same offset j - i), consecutive i are consecutive matching k-grams.
  std::sort(hits_.begin(), hits_.end(), [](const Hit& x, const Hit& y) {
    return x.diagonal_key != y.diagonal_key ? x.diagonal_key < y.diagonal_key : x.i < y.i;
  });

  covered_a_.assign(a.units, 0);
  covered_b_.assign(b.units, 0);
  const uint32_t ka = a.k;
  const uint32_t kb = b.k;
  size_t s = 0;
  while (s < hits_.size()) {
    size_t e = s;
    while (e + 1 < hits_.size() && hits_[e + 1].diagonal_key == hits_[s].diagonal_key &&
           hits_[e + 1].i - hits_[e].i <= options.max_gap + 1)
      ++e;
    const Hit& first = hits_[s];
    const Hit& last = hits_[e];
    const uint32_t length = last.i - first.i + 1;
    if (length >= options.min_kgrams) {
      const Passage p{a.spans[size_t{2} * first.i], a.spans[size_t{2} * last.i + 1],
                      b.spans[size_t{2} * first.j], b.spans[size_t{2} * last.j + 1], length};
      // A run made only of joining spaces between words that touch in the source has an
      // empty span: nothing to show, so it is not a passage (its units still count below).
      if (p.a_begin < p.a_end && p.b_begin < p.b_end) out.passages.push_back(p);
      for (size_t h = s; h <= e; ++h) {
        std::fill_n(covered_a_.data() + hits_[h].i, std::min(ka, a.units - hits_[h].i), 1);
        std::fill_n(covered_b_.data() + hits_[h].j, std::min(kb, b.units - hits_[h].j), 1);
      }
    }
    s = e + 1;
  }
  drop_echoes(out.passages);
  std::sort(out.passages.begin(), out.passages.end(), [](const Passage& x, const Passage& y) {
    return x.a_begin != y.a_begin ? x.a_begin < y.a_begin : x.b_begin < y.b_begin;
  });
  out.coverage_a = share(covered_a_);
  out.coverage_b = share(covered_b_);
  out.score = static_cast<double>(count(covered_a_) + count(covered_b_)) /
              static_cast<double>(a.units + b.units);
}

}  // namespace simkit
