// SPDX-License-Identifier: MIT
// The measures other than the Levenshtein family: Hamming, Jaro, Jaro-Winkler, Sørensen-Dice on
// bigrams, longest common subsequence and substring, and the ratios built on them.
#include <algorithm>
#include <bit>
#include <cmath>

#include "simkit/distance/bit_masks.h"
#include "simkit/distance/distance.h"

namespace simkit {

using detail::BlockMasks;
using detail::PatternMasks;

uint32_t hamming_distance(Symbols a, Symbols b) {
  if (a.size() != b.size()) return UINT32_MAX;
  uint32_t d = 0;
  for (size_t i = 0; i < a.size(); ++i) d += a[i] != b[i] ? 1U : 0U;
  return d;
}

namespace {
// (matches/m + matches/n + (matches − t/2)/matches) / 3 with t/2 taken as `half` says.
double jaro_formula(size_t matches, size_t transpositions, size_t m, size_t n,
                    HalfTranspositions half) {
  const double exact = static_cast<double>(transpositions) / 2.0;
  const double halved = half == HalfTranspositions::kFloor ? std::floor(exact) : exact;
  const double mm = static_cast<double>(matches);
  return (mm / static_cast<double>(m) + mm / static_cast<double>(n) + (mm - halved) / mm) / 3.0;
}
}  // namespace

double jaro(Symbols a, Symbols b, DistanceWorkspace& ws, HalfTranspositions half) {
  const size_t m = a.size();
  const size_t n = b.size();
  if (m == 0 && n == 0) return 1.0;
  if (m == 0 || n == 0) return 0.0;
  const size_t window = std::max(m, n) / 2 > 0 ? std::max(m, n) / 2 - 1 : 0;
  if (m <= 64 && n <= 64) {
    // Bit-parallel: the first unmatched equal symbol of b inside the window is the lowest set
    // bit of (positions of a[i] in b) & window & ~matched — one step per symbol of a.
    const PatternMasks pm(b, ws);
    uint64_t flags_a = 0;
    uint64_t flags_b = 0;
    for (size_t i = 0; i < m; ++i) {
      const size_t lo = i > window ? i - window : 0;
      const size_t hi = std::min(n, i + window + 1);
      if (lo >= hi) continue;
      const uint64_t upto = hi == 64 ? ~uint64_t{0} : (uint64_t{1} << hi) - 1;
      const uint64_t candidates = pm.get(a[i]) & upto & ~((uint64_t{1} << lo) - 1) & ~flags_b;
      if (candidates == 0) continue;
      flags_b |= candidates & (~candidates + 1);  // lowest set bit
      flags_a |= uint64_t{1} << i;
    }
    const int matched = std::popcount(flags_a);
    if (matched == 0) return 0.0;
    size_t transpositions = 0;
    for (uint64_t fa = flags_a, fb = flags_b; fa != 0; fa &= fa - 1, fb &= fb - 1) {
      if (a[static_cast<size_t>(std::countr_zero(fa))] !=
          b[static_cast<size_t>(std::countr_zero(fb))])
        ++transpositions;
    }
    return jaro_formula(static_cast<size_t>(matched), transpositions, m, n, half);
  }
  ws.flags_a.assign(m, 0);
  ws.flags_b.assign(n, 0);
  size_t matches = 0;
  for (size_t i = 0; i < m; ++i) {
    const size_t lo = i > window ? i - window : 0;
    const size_t hi = std::min(n, i + window + 1);
    for (size_t j = lo; j < hi; ++j) {
      if (!ws.flags_b[j] && a[i] == b[j]) {
        ws.flags_a[i] = ws.flags_b[j] = 1;
        ++matches;
        break;
      }
    }
  }
  if (matches == 0) return 0.0;
  size_t transpositions = 0;
  for (size_t i = 0, j = 0; i < m; ++i) {
    if (!ws.flags_a[i]) continue;
    while (!ws.flags_b[j]) ++j;
    if (a[i] != b[j]) ++transpositions;
    ++j;
  }
  return jaro_formula(matches, transpositions, m, n, half);
}

double jaro_winkler(Symbols a, Symbols b, double prefix_weight, double boost_threshold,
                    DistanceWorkspace& ws, HalfTranspositions half) {
  const double j = jaro(a, b, ws, half);
  if (j <= boost_threshold) return j;
  size_t prefix = 0;
  while (prefix < 4 && prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  return j + static_cast<double>(prefix) * prefix_weight * (1.0 - j);
}

double dice_bigrams(Symbols a, Symbols b, DistanceWorkspace& ws) {
  if (a.size() < 2 || b.size() < 2)
    return std::equal(a.begin(), a.end(), b.begin(), b.end()) ? 1.0 : 0.0;
  const size_t na = a.size() - 1;
  const size_t nb = b.size() - 1;
  // Count a's bigrams in an open-addressing table (power of two > 2·na), then consume them
  // with b's: O(m + n), no sorting. Only the slots used are cleared afterwards.
  size_t capacity = 64;
  while (capacity < 2 * na) capacity *= 2;
  if (ws.bigram_keys.size() < capacity) {
    ws.bigram_keys.assign(capacity, 0);
    ws.bigram_counts.assign(capacity, 0);
  }
  std::vector<uint64_t>& keys = ws.bigram_keys;  // key + 1 (0 = empty); all 0 between calls
  std::vector<uint32_t>& counts = ws.bigram_counts;
  std::vector<uint32_t>& used = ws.bigram_used;
  used.clear();
  const size_t mask = capacity - 1;
  const auto slot_of = [&](uint64_t key) {
    size_t i = static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> 40) & mask;
    while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
    return i;
  };
  for (size_t i = 0; i < na; ++i) {
    const uint64_t key = ((uint64_t{a[i]} << 32) | a[i + 1]) + 1;
    const size_t k = slot_of(key);
    if (keys[k] == 0) {
      keys[k] = key;
      used.push_back(static_cast<uint32_t>(k));
    }
    ++counts[k];
  }
  size_t common = 0;
  for (size_t j = 0; j < nb; ++j) {
    const uint64_t key = ((uint64_t{b[j]} << 32) | b[j + 1]) + 1;
    const size_t k = slot_of(key);
    if (keys[k] != 0 && counts[k] > 0) {
      --counts[k];
      ++common;
    }
  }
  for (const uint32_t k : used) {
    keys[k] = 0;
    counts[k] = 0;
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(na + nb);
}

uint32_t lcs_length(Symbols a, Symbols b, DistanceWorkspace& ws) {
  if (a.size() > b.size()) std::swap(a, b);
  if (a.empty()) return 0;
  if (a.size() <= 64) {
    // Hyyrö's bit-parallel LCS: zero bits of S mark the LCS columns.
    const PatternMasks pm(a, ws);
    const uint64_t mask = a.size() == 64 ? ~uint64_t{0} : (uint64_t{1} << a.size()) - 1;
    uint64_t s = ~uint64_t{0};
    for (const uint32_t c : b) {
      const uint64_t u = s & pm.get(c);
      s = (s + u) | (s - u);
    }
    return static_cast<uint32_t>(std::popcount(~s & mask));
  }
  // The same over ⌈m/64⌉ words, the addition's carry running from each word into the next.
  const BlockMasks<uint32_t> pm(a, ws);
  if (pm.ok()) {
    const size_t words = pm.words();
    ws.block_vp.assign(words, ~uint64_t{0});
    uint64_t* s = ws.block_vp.data();
    for (const uint32_t c : b) {
      const uint64_t* eq = pm.row(c);
      uint64_t carry = 0;
      for (size_t w = 0; w < words; ++w) {
        const uint64_t u = s[w] & eq[w];
        const uint64_t sum = s[w] + u;
        const uint64_t total = sum + carry;
        carry = static_cast<uint64_t>(sum < u) | static_cast<uint64_t>(total < sum);
        s[w] = total | (s[w] - u);
      }
    }
    uint32_t length = 0;
    for (size_t w = 0; w + 1 < words; ++w) length += static_cast<uint32_t>(std::popcount(~s[w]));
    const size_t tail = a.size() - 64 * (words - 1);
    const uint64_t mask = tail == 64 ? ~uint64_t{0} : (uint64_t{1} << tail) - 1;
    return length + static_cast<uint32_t>(std::popcount(~s[words - 1] & mask));
  }
  std::vector<uint32_t>& prev = ws.row0;
  std::vector<uint32_t>& cur = ws.row1;
  prev.assign(b.size() + 1, 0);
  cur.assign(b.size() + 1, 0);
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

CommonSubstring longest_common_substring(Symbols a, Symbols b, DistanceWorkspace& ws) {
  CommonSubstring best{0, 0, 0};
  std::vector<uint32_t>& prev = ws.row0;
  std::vector<uint32_t>& cur = ws.row1;
  prev.assign(b.size() + 1, 0);
  cur.assign(b.size() + 1, 0);
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : 0;
      if (cur[j] > best.length) {
        best = {cur[j], static_cast<uint32_t>(i - cur[j]), static_cast<uint32_t>(j - cur[j])};
      }
    }
    std::swap(prev, cur);
  }
  return best;
}

double indel_ratio(Symbols a, Symbols b, DistanceWorkspace& ws) {
  const size_t total = a.size() + b.size();
  if (total == 0) return 1.0;
  const uint32_t lcs = lcs_length(a, b, ws);
  return 1.0 - static_cast<double>(total - 2 * size_t{lcs}) / static_cast<double>(total);
}

namespace {

// The best indel_ratio of `needle` against the alignments RapidFuzz's short-needle search
// tries in `hay` (needle.size() <= hay.size()): prefixes shorter than the needle, every window of
// its length, then suffixes. A window whose new end (or, for suffixes, start) is not a symbol of
// the needle cannot beat the one before it and is skipped, as in RapidFuzz.
double partial_in(Symbols needle, Symbols hay, DistanceWorkspace& ws) {
  const size_t m = needle.size();
  const size_t n = hay.size();
  double best = 0.0;
  const auto ratio = [&](size_t length, uint32_t lcs) {
    const size_t total = m + length;
    return 1.0 - static_cast<double>(total - 2 * size_t{lcs}) / static_cast<double>(total);
  };
  if (m <= 64) {
    // The needle's bit masks once for every window (LCS is symmetric, so the needle can be the
    // pattern even for the shorter prefixes and suffixes); a zero mask = not in the needle.
    const PatternMasks pm(needle, ws);
    const uint64_t mask = m == 64 ? ~uint64_t{0} : (uint64_t{1} << m) - 1;
    const auto consider = [&](size_t start, size_t length) {
      uint64_t v = ~uint64_t{0};
      for (size_t j = start; j < start + length; ++j) {
        const uint64_t u = v & pm.get(hay[j]);
        v = (v + u) | (v - u);
      }
      best = std::max(best, ratio(length, static_cast<uint32_t>(std::popcount(~v & mask))));
      return best == 1.0;
    };
    for (size_t i = 1; i < m; ++i)
      if (pm.get(hay[i - 1]) != 0 && consider(0, i)) return best;
    for (size_t i = 0; i < n - m; ++i)
      if (pm.get(hay[i + m - 1]) != 0 && consider(i, m)) return best;
    for (size_t i = n - m; i < n; ++i)
      if (pm.get(hay[i]) != 0 && consider(i, n - i)) return best;
    return best;
  }
  std::vector<uint32_t>& symbols = ws.row2;  // the needle's distinct symbols, sorted
  symbols.assign(needle.begin(), needle.end());
  std::sort(symbols.begin(), symbols.end());
  symbols.erase(std::unique(symbols.begin(), symbols.end()), symbols.end());
  const auto in_needle = [&](uint32_t c) {
    return std::binary_search(symbols.begin(), symbols.end(), c);
  };
  const auto consider = [&](size_t start, size_t length) {
    best = std::max(best, ratio(length, lcs_length(needle, hay.subspan(start, length), ws)));
    return best == 1.0;
  };
  for (size_t i = 1; i < m; ++i)
    if (in_needle(hay[i - 1]) && consider(0, i)) return best;
  for (size_t i = 0; i < n - m; ++i)
    if (in_needle(hay[i + m - 1]) && consider(i, m)) return best;
  for (size_t i = n - m; i < n; ++i)
    if (in_needle(hay[i]) && consider(i, n - i)) return best;
  return best;
}

}  // namespace

double partial_indel_ratio(Symbols a, Symbols b, DistanceWorkspace& ws) {
  if (a.empty() && b.empty()) return 1.0;
  if (a.empty() || b.empty()) return 0.0;
  if (a.size() > b.size()) std::swap(a, b);
  const double best = partial_in(a, b, ws);
  if (best == 1.0 || a.size() != b.size()) return best;
  return std::max(best, partial_in(b, a, ws));
}

double normalized_levenshtein_similarity(Symbols a, Symbols b, DistanceWorkspace& ws) {
  const size_t longest = std::max(a.size(), b.size());
  if (longest == 0) return 1.0;
  return 1.0 -
         static_cast<double>(levenshtein(a, b, UINT32_MAX - 1, ws)) / static_cast<double>(longest);
}

}  // namespace simkit
