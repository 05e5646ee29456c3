// SPDX-License-Identifier: MIT
// The Levenshtein family on one pair: unit-cost Levenshtein (bit-parallel, one word or banded
// blocks), weighted Levenshtein, optimal string alignment and true Damerau-Levenshtein.
#include <algorithm>
#include <unordered_map>

#include "simkit/distance/bit_masks.h"
#include "simkit/distance/distance.h"

namespace simkit {

namespace detail {

namespace {
template <typename T>
uint32_t dp_levenshtein(std::span<const T> a, std::span<const T> b, uint32_t cutoff,
                        DistanceWorkspace& ws) {
  // Two-row DP; stops when a whole row exceeds the cutoff (Ukkonen).
  std::vector<uint32_t>& prev = ws.row0;
  std::vector<uint32_t>& cur = ws.row1;
  prev.resize(b.size() + 1);
  cur.resize(b.size() + 1);
  for (uint32_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<uint32_t>(i);
    uint32_t row_min = cur[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      const uint32_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0U : 1U);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > cutoff) return cutoff + 1;
    std::swap(prev, cur);
  }
  return prev[b.size()];
}
}  // namespace

// Hyyrö's bit-vector step over ⌈m/64⌉ blocks of 64 pattern symbols (pattern a, the shorter,
// along the bits; text b one column per step), the horizontal delta of each block's last row
// carried into the next block. Only the blocks that meet the diagonal band of the cells a
// path of cost <= k can use are computed: with d = n − m, cell (i, j) needs
// |j − i| + |d − (j − i)| <= k, that is j − (k + d) / 2 <= i <= j + (k − d) / 2. A block that
// leaves the band above is dropped (the next one then takes +1 as its top delta); a block the
// band reaches below starts as column j of the DP grown by 1 a row. Either way the values
// computed are never below the true ones, and the cells of an optimal path of cost <= k stay
// in the band, so they come out exact. k starts at min(cutoff, n) and shrinks to any upper
// bound found on the way (the last block's bottom value plus the cost to reach (m, n));
// once every computed cell exceeds k the distance exceeds the cutoff.
// @pre 64 < m <= n, n − m <= cutoff.
template <typename T>
uint32_t levenshtein_blocked(std::span<const T> a, std::span<const T> b, uint32_t cutoff,
                             DistanceWorkspace& ws) {
  const BlockMasks<T> pm(a, ws);
  if (!pm.ok()) {
    const uint32_t d = dp_levenshtein(a, b, cutoff, ws);
    return d > cutoff ? cutoff + 1 : d;
  }
  const auto m = static_cast<uint32_t>(a.size());
  const auto n = static_cast<uint32_t>(b.size());
  const size_t words = pm.words();
  const uint32_t d = n - m;
  uint32_t k = std::min(cutoff, n);
  ws.block_vp.resize(words);
  ws.block_vn.resize(words);
  ws.block_scores.resize(words);
  uint64_t* vp = ws.block_vp.data();
  uint64_t* vn = ws.block_vn.data();
  uint32_t* score = ws.block_scores.data();
  const uint32_t last_bit = (m - 1) % 64;
  const auto bottom = [&](size_t w) { return std::min(static_cast<uint32_t>(64 * (w + 1)), m); };
  // The last block of column j + 1's band (rows are 1-based: block w holds 64w+1 .. 64w+64).
  const auto band_last = [&](uint32_t j) {
    return static_cast<size_t>(std::min(m, j + 1 + (k - d) / 2) - 1) / 64;
  };
  size_t first = 0;
  size_t last = band_last(0);
  for (size_t w = 0; w <= last; ++w) {  // column 0: D(i, 0) = i
    vp[w] = ~uint64_t{0};
    vn[w] = 0;
    score[w] = bottom(w);
  }
  for (uint32_t j = 0; j < n; ++j) {
    const uint32_t hi = (k + d) / 2;
    if (j + 1 > hi) first = std::max(first, static_cast<size_t>(j - hi) / 64);
    const size_t next_last = band_last(j);
    while (last < next_last) {
      ++last;
      vp[last] = ~uint64_t{0};
      vn[last] = 0;
      score[last] = score[last - 1] + (bottom(last) - bottom(last - 1));
    }
    last = next_last;
    const uint64_t* eq = pm.row(b[j]);
    uint64_t hp_carry = 1;  // the top row: D(0, j) = j
    uint64_t hn_carry = 0;
    uint32_t lowest = UINT32_MAX;
    for (size_t w = first; w <= last; ++w) {
      const uint64_t x = eq[w] | hn_carry;
      const uint64_t v_p = vp[w];
      const uint64_t v_n = vn[w];
      const uint64_t d0 = (((x & v_p) + v_p) ^ v_p) | x | v_n;
      uint64_t hp = v_n | ~(d0 | v_p);
      uint64_t hn = d0 & v_p;
      const uint32_t out = w + 1 < words ? 63 : last_bit;
      const uint64_t hp_out = (hp >> out) & 1;
      const uint64_t hn_out = (hn >> out) & 1;
      hp = (hp << 1) | hp_carry;
      hn = (hn << 1) | hn_carry;
      vp[w] = hn | ~(d0 | hp);
      vn[w] = hp & d0;
      score[w] = score[w] + static_cast<uint32_t>(hp_out) - static_cast<uint32_t>(hn_out);
      lowest = std::min(lowest, score[w]);
      hp_carry = hp_out;
      hn_carry = hn_out;
    }
    // Every cell of a block is at least its bottom value − 63.
    if (lowest > k + 63) return cutoff + 1;
    const uint32_t reach = std::max(m - bottom(last), n - 1 - j);
    if (score[last] + reach < k) k = score[last] + reach;
  }
  const uint32_t dist = score[words - 1];
  return dist > cutoff ? cutoff + 1 : dist;
}

template uint32_t levenshtein_blocked(std::span<const uint8_t>, std::span<const uint8_t>, uint32_t,
                                      DistanceWorkspace&);
template uint32_t levenshtein_blocked(std::span<const uint16_t>, std::span<const uint16_t>,
                                      uint32_t, DistanceWorkspace&);
template uint32_t levenshtein_blocked(std::span<const uint32_t>, std::span<const uint32_t>,
                                      uint32_t, DistanceWorkspace&);

}  // namespace detail

using detail::levenshtein_blocked;
using detail::PatternMasks;
using detail::strip_affixes;

uint32_t levenshtein(Symbols a, Symbols b, uint32_t cutoff, DistanceWorkspace& ws) {
  if (a.size() > b.size()) std::swap(a, b);  // a is the shorter: the bit-parallel pattern
  if (b.size() - a.size() > cutoff) return cutoff + 1;
  if (a.size() > 64) strip_affixes(a, b);
  const auto m = static_cast<uint32_t>(a.size());
  const auto n = static_cast<uint32_t>(b.size());
  if (m == 0) return n > cutoff ? cutoff + 1 : n;
  if (m > 64) return levenshtein_blocked(a, b, cutoff, ws);
  // Myers' bit-vector algorithm in Hyyrö's formulation for global edit distance.
  const PatternMasks pm(a, ws);
  const uint64_t last = uint64_t{1} << (m - 1);
  const uint64_t mask = m == 64 ? ~uint64_t{0} : (last << 1) - 1;
  uint64_t pv = mask;
  uint64_t mv = 0;
  uint32_t score = m;
  for (uint32_t j = 0; j < n; ++j) {
    const uint64_t eq = pm.get(b[j]);
    const uint64_t xv = eq | mv;
    const uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
    uint64_t ph = mv | ~(xh | pv);
    uint64_t mh = pv & xh;
    if (ph & last) ++score;
    if (mh & last) --score;
    ph = (ph << 1) | 1;
    mh <<= 1;
    pv = (mh | ~(xv | ph)) & mask;
    mv = ph & xv & mask;
    // The score can fall by at most one per remaining column.
    if (score > cutoff && score - cutoff > n - 1 - j) return cutoff + 1;
  }
  return score > cutoff ? cutoff + 1 : score;
}

uint64_t weighted_levenshtein(Symbols a, Symbols b, uint32_t insert_cost, uint32_t delete_cost,
                              uint32_t substitute_cost, DistanceWorkspace& ws) {
  // Transforming a into b: deleting from a costs delete_cost, inserting b's symbols insert_cost.
  std::vector<uint64_t> prev(b.size() + 1);
  std::vector<uint64_t> cur(b.size() + 1);
  (void)ws;
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j * uint64_t{insert_cost};
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i * uint64_t{delete_cost};
    for (size_t j = 1; j <= b.size(); ++j) {
      const uint64_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : substitute_cost);
      cur[j] = std::min({prev[j] + delete_cost, cur[j - 1] + insert_cost, sub});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

uint32_t osa_distance(Symbols a, Symbols b, DistanceWorkspace& ws) {
  const size_t n = b.size();
  std::vector<uint32_t>& pp = ws.row0;  // row i-2
  std::vector<uint32_t>& p = ws.row1;   // row i-1
  std::vector<uint32_t>& c = ws.row2;   // row i
  pp.assign(n + 1, 0);
  p.resize(n + 1);
  c.resize(n + 1);
  for (size_t j = 0; j <= n; ++j) p[j] = static_cast<uint32_t>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    c[0] = static_cast<uint32_t>(i);
    for (size_t j = 1; j <= n; ++j) {
      const uint32_t cost = a[i - 1] == b[j - 1] ? 0U : 1U;
      c[j] = std::min({p[j] + 1, c[j - 1] + 1, p[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        c[j] = std::min(c[j], pp[j - 2] + 1);
    }
    std::swap(pp, p);
    std::swap(p, c);
  }
  return p[n];
}

uint32_t damerau_distance(Symbols a, Symbols b, DistanceWorkspace& ws) {
  // Lowrance-Wagner with a (m+2)×(n+2) matrix and the last row each symbol was seen in.
  (void)ws;
  const size_t m = a.size();
  const size_t n = b.size();
  const auto inf = static_cast<uint32_t>(m + n);
  std::vector<uint32_t> d((m + 2) * (n + 2));
  const auto at = [&](size_t i, size_t j) -> uint32_t& { return d[i * (n + 2) + j]; };
  std::unordered_map<uint32_t, size_t> last_row;
  at(0, 0) = inf;
  for (size_t i = 0; i <= m; ++i) {
    at(i + 1, 0) = inf;
    at(i + 1, 1) = static_cast<uint32_t>(i);
  }
  for (size_t j = 0; j <= n; ++j) {
    at(0, j + 1) = inf;
    at(1, j + 1) = static_cast<uint32_t>(j);
  }
  for (size_t i = 1; i <= m; ++i) {
    size_t last_match_col = 0;
    for (size_t j = 1; j <= n; ++j) {
      auto it = last_row.find(b[j - 1]);
      const size_t i1 = it == last_row.end() ? 0 : it->second;
      const size_t j1 = last_match_col;
      const uint32_t cost = a[i - 1] == b[j - 1] ? 0U : 1U;
      if (cost == 0) last_match_col = j;
      at(i + 1, j + 1) =
          std::min({at(i, j) + cost, at(i + 1, j) + 1, at(i, j + 1) + 1,
                    at(i1, j1) + static_cast<uint32_t>((i - i1 - 1) + 1 + (j - j1 - 1))});
    }
    last_row[a[i - 1]] = i;
  }
  return at(m + 1, n + 1);
}

}  // namespace simkit
