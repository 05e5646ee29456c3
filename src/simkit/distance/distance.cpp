// SPDX-License-Identifier: MIT
#include "simkit/distance/distance.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <unordered_map>

namespace simkit {

namespace {

constexpr uint32_t kEmpty = 0xFFFFFFFFU;  // a free slot of the symbol tables below

// The slot of symbol `c` in an open-addressing table of `capacity` (a power of two) keys, or
// the free slot where it belongs (Fibonacci hashing, linear probing).
inline size_t probe(const std::vector<uint32_t>& keys, size_t capacity, uint32_t c) {
  size_t i = static_cast<size_t>(static_cast<uint32_t>(c * 0x9E3779B1U)) & (capacity - 1);
  while (keys[i] != kEmpty && keys[i] != c) i = (i + 1) & (capacity - 1);
  return i;
}

// Pattern-match bit masks of a pattern of at most 64 symbols: a direct table for symbols
// < 256 and an open-addressing table for the rest, both kept in the workspace and cleaned by
// undoing only what this pattern set, so a short pattern costs a few stores, not a memset.
class PatternMasks {
 public:
  PatternMasks(Symbols pattern, DistanceWorkspace& ws) : pattern_(pattern), ws_(ws) {
    if (ws.peq.size() != kTable + 256) {
      ws.peq.assign(kTable + 256, 0);
      ws.peq_keys.assign(kTable, kEmpty);
    }
    uint64_t bit = 1;
    for (const uint32_t c : pattern) {
      if (c < 256) {
        ws.peq[kTable + c] |= bit;
      } else {
        const size_t i = slot(c);
        if (ws.peq_keys[i] == kEmpty) ws.peq_used.push_back(static_cast<uint32_t>(i));
        ws.peq_keys[i] = c;
        ws.peq[i] |= bit;
      }
      bit <<= 1;
    }
  }
  ~PatternMasks() {
    for (const uint32_t c : pattern_)
      if (c < 256) ws_.peq[kTable + c] = 0;
    // Slots recorded at insertion: clearing them all at once never breaks a probe chain.
    for (const uint32_t i : ws_.peq_used) {
      ws_.peq[i] = 0;
      ws_.peq_keys[i] = kEmpty;
    }
    ws_.peq_used.clear();
  }
  PatternMasks(const PatternMasks&) = delete;
  PatternMasks& operator=(const PatternMasks&) = delete;

  [[nodiscard]] uint64_t get(uint32_t c) const {
    if (c < 256) return ws_.peq[kTable + c];
    const size_t i = find(c);
    return i == kTable ? 0 : ws_.peq[i];
  }

  static constexpr size_t kTable = 256;  // > 2 × 64 symbols: short probe sequences

  /// The table slot of pattern symbol c >= 256, or kTable when c is not in the pattern.
  [[nodiscard]] size_t find(uint32_t c) const {
    size_t i = static_cast<size_t>(static_cast<uint32_t>(c * 0x9E3779B1U)) & (kTable - 1);
    while (ws_.peq_keys[i] != kEmpty) {
      if (ws_.peq_keys[i] == c) return i;
      i = (i + 1) & (kTable - 1);
    }
    return kTable;
  }

 private:
  [[nodiscard]] size_t slot(uint32_t c) const { return probe(ws_.peq_keys, kTable, c); }
  Symbols pattern_;
  DistanceWorkspace& ws_;
};

template <typename T>
bool is_direct(T c) {
  if constexpr (sizeof(T) == 1) {
    return true;
  } else {
    return c < 256;
  }
}

// Pattern-match masks of a pattern of any length m: a row of ⌈m/64⌉ words per distinct symbol
// (bit p % 64 of word p / 64 set where the pattern has that symbol), row 0 all zero for
// symbols not in the pattern. Symbols < 256 find their row through a direct table, the rest
// through an open-addressing table; both hold only this pattern's entries and the destructor
// clears exactly those, so a warm workspace allocates nothing.
template <typename T>
class BlockMasks {
 public:
  BlockMasks(std::span<const T> pattern, DistanceWorkspace& ws)
      : pattern_(pattern), ws_(ws), words_((pattern.size() + 63) / 64) {
    if (ws.block_direct.size() != 256) ws.block_direct.assign(256, 0);
    size_t wide = 0;
    for (const T c : pattern) wide += is_direct(c) ? size_t{0} : size_t{1};
    while (capacity_ < 2 * wide) capacity_ *= 2;
    if (ws.block_keys.size() < capacity_) {
      ws.block_keys.assign(capacity_, kEmpty);
      ws.block_rows.assign(capacity_, 0);
    }
    uint32_t rows = 1;
    for (const T c : pattern) {
      if (is_direct(c)) {
        if (ws.block_direct[c] == 0) ws.block_direct[c] = rows++;
        continue;
      }
      const size_t i = slot(static_cast<uint32_t>(c));
      if (ws.block_keys[i] == kEmpty) {
        ws.block_keys[i] = static_cast<uint32_t>(c);
        ws.block_rows[i] = rows++;
        ws.block_used.push_back(static_cast<uint32_t>(i));
      }
    }
    // At most 64 Mi masks (512 MB would be a pattern of ~4 M distinct symbols): beyond, the DP.
    ok_ = size_t{rows} * words_ <= (size_t{1} << 26);
    if (!ok_) return;
    ws.block_masks.assign(size_t{rows} * words_, 0);
    for (size_t p = 0; p < pattern.size(); ++p)
      ws.block_masks[row_of(pattern[p]) * words_ + p / 64] |= uint64_t{1} << (p % 64);
  }
  ~BlockMasks() {
    for (const T c : pattern_)
      if (is_direct(c)) ws_.block_direct[c] = 0;
    for (const uint32_t i : ws_.block_used) ws_.block_keys[i] = kEmpty;
    ws_.block_used.clear();
  }
  BlockMasks(const BlockMasks&) = delete;
  BlockMasks& operator=(const BlockMasks&) = delete;

  [[nodiscard]] bool ok() const { return ok_; }
  [[nodiscard]] size_t words() const { return words_; }
  /// The masks of symbol c, one per block of 64 pattern symbols.
  [[nodiscard]] const uint64_t* row(T c) const {
    return ws_.block_masks.data() + row_of(c) * words_;
  }

 private:
  [[nodiscard]] size_t slot(uint32_t c) const { return probe(ws_.block_keys, capacity_, c); }
  [[nodiscard]] size_t row_of(T c) const {
    if (is_direct(c)) return ws_.block_direct[c];
    const size_t i = slot(static_cast<uint32_t>(c));
    return ws_.block_keys[i] == kEmpty ? 0 : ws_.block_rows[i];
  }
  std::span<const T> pattern_;
  DistanceWorkspace& ws_;
  size_t words_;
  size_t capacity_ = 16;  // a power of two > 2 × the symbols >= 256
  bool ok_ = false;
};

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
[[gnu::noinline]] uint32_t levenshtein_blocked(std::span<const T> a, std::span<const T> b,
                                               uint32_t cutoff, DistanceWorkspace& ws) {
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

// Strips the common prefix and suffix of a and b (they never change the distance).
template <typename T>
void strip_affixes(std::span<const T>& a, std::span<const T>& b) {
  size_t prefix = 0;
  const size_t shorter = std::min(a.size(), b.size());
  while (prefix < shorter && a[prefix] == b[prefix]) ++prefix;
  size_t suffix = 0;
  while (suffix < shorter - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;
  a = a.subspan(prefix, a.size() - prefix - suffix);
  b = b.subspan(prefix, b.size() - prefix - suffix);
}

}  // namespace

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

namespace {

// levenshtein_batch's interleaved lanes. Each lane runs Hyyrö's step on its own pair with its
// own table of pattern masks (pairs in lanes have symbols < 256 only). A lane's pattern sits in
// the top bits, symbol p of m at bit 64 − m + p, so the bit whose changes move the score is
// always bit 63. The bits below the pattern never reach it: their eq bits are 0, so the
// addition carries nothing out of them, their mh bits stay 0, and the one bit the left shift
// of ph moves up from them is overwritten by the row-0 carry-in (`first`, bit 64 − m).
// Pairs of uint32 symbols with symbols >= 256 run in lanes too, renumbered: symbol c >= 256 of
// the pattern becomes kDirect + (its slot in PatternMasks' table), a text symbol not in the
// pattern kAbsent (whose mask is always 0), so a lane's table has kStride<uint32_t> entries.
constexpr size_t kLanes = 4;
constexpr uint32_t kDirect = 256;
constexpr uint32_t kAbsent = kDirect + PatternMasks::kTable;
template <typename T>
constexpr size_t kStride = sizeof(T) == 1 ? kDirect : kAbsent + 8;

template <typename T>
struct Lanes {
  uint64_t* peq;          // kLanes tables of kStride<T> masks
  const T* text[kLanes];  // the longer string's next symbol
  uint32_t left[kLanes];  // its symbols still to run
  uint32_t score[kLanes];
  uint64_t first[kLanes];  // bit 64 − m
  uint64_t pv[kLanes];
  uint64_t mv[kLanes];
  std::span<const T> pattern[kLanes];
  size_t pair[kLanes];
};

// One column of Hyyrö's global edit distance step.
inline void lane_step(uint64_t eq, uint64_t& pv, uint64_t& mv, uint32_t& score, uint64_t first) {
  const uint64_t xv = eq | mv;
  const uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
  uint64_t ph = mv | ~(xh | pv);
  uint64_t mh = pv & xh;
  score += static_cast<uint32_t>(ph >> 63);
  score -= static_cast<uint32_t>(mh >> 63);
  ph = (ph << 1) | first;
  mh <<= 1;
  pv = mh | ~(xv | ph);
  mv = ph & xv;
}

// `steps` columns of every lane, all lanes in one loop (local copies stay in registers).
template <typename T>
void run_lanes(Lanes<T>& l, uint32_t steps) {
  uint64_t pv[kLanes];
  uint64_t mv[kLanes];
  uint32_t score[kLanes];
  uint64_t first[kLanes];
  const T* text[kLanes];
  for (size_t k = 0; k < kLanes; ++k) {
    pv[k] = l.pv[k];
    mv[k] = l.mv[k];
    score[k] = l.score[k];
    first[k] = l.first[k];
    text[k] = l.text[k];
  }
  const uint64_t* peq = l.peq;
  for (uint32_t j = 0; j < steps; ++j) {
    for (size_t k = 0; k < kLanes; ++k)
      lane_step(peq[k * kStride<T> + text[k][j]], pv[k], mv[k], score[k], first[k]);
  }
  for (size_t k = 0; k < kLanes; ++k) {
    l.pv[k] = pv[k];
    l.mv[k] = mv[k];
    l.score[k] = score[k];
    l.text[k] = text[k] + steps;
    l.left[k] -= steps;
  }
}

// Runs lane k alone to its end.
template <typename T>
void run_lane(Lanes<T>& l, size_t k) {
  const uint64_t* peq = l.peq + k * kStride<T>;
  uint64_t pv = l.pv[k];
  uint64_t mv = l.mv[k];
  uint32_t score = l.score[k];
  for (uint32_t j = 0; j < l.left[k]; ++j) lane_step(peq[l.text[k][j]], pv, mv, score, l.first[k]);
  l.score[k] = score;
  l.left[k] = 0;
}

// True when every symbol is below kDirect (a loop the compiler vectorizes).
bool all_direct(Symbols s) {
  uint32_t any = 0;
  for (const uint32_t c : s) any |= c;
  return any < kDirect;
}
bool all_direct(std::span<const uint8_t> /*bytes*/) { return true; }

// Renumbers a pair of uint32 symbols with symbols >= 256 into lane ids (see kStride) in
// ws.lane_ids[k]: the pattern's ids, then the text's. @pre a.size() <= 64.
[[gnu::noinline]] void renumber(Symbols& a, Symbols& b, size_t k, DistanceWorkspace& ws) {
  std::vector<uint32_t>& ids = ws.lane_ids[k];
  ids.resize(a.size() + b.size());
  uint32_t* pattern_ids = ids.data();
  uint32_t* text_ids = ids.data() + a.size();
  uint32_t lo = UINT32_MAX;
  uint32_t hi = 0;
  for (const uint32_t c : a) {
    if (c < kDirect) continue;
    lo = std::min(lo, c);
    hi = std::max(hi, c);
  }
  if (hi - lo < kAbsent - kDirect) {
    // The pattern's symbols >= 256 lie in one window of 256 code points (one alphabetic
    // script: Greek, Cyrillic, Hebrew, Devanagari ...): renumber by subtraction.
    const auto id = [lo](uint32_t c) {
      if (c < kDirect) return c;
      const uint32_t offset = c - lo;  // wraps for c < lo: then above the window
      return offset < kAbsent - kDirect ? kDirect + offset : kAbsent;
    };
    for (size_t p = 0; p < a.size(); ++p) pattern_ids[p] = id(a[p]);
    for (size_t j = 0; j < b.size(); ++j) text_ids[j] = id(b[j]);
  } else {
    const PatternMasks pm(a, ws);
    const auto id = [&pm](uint32_t c) {
      return c < kDirect ? c : kDirect + static_cast<uint32_t>(pm.find(c));
    };
    for (size_t p = 0; p < a.size(); ++p) pattern_ids[p] = id(a[p]);
    for (size_t j = 0; j < b.size(); ++j) text_ids[j] = id(b[j]);
  }
  const Symbols all(ids);
  b = all.subspan(a.size());
  a = all.first(a.size());
}
void renumber(std::span<const uint8_t>& /*a*/, std::span<const uint8_t>& /*b*/, size_t /*k*/,
              DistanceWorkspace& /*ws*/) {}

template <typename T>
void levenshtein_lanes(std::span<const T> a_symbols, std::span<const uint32_t> a_ends,
                       std::span<const T> b_symbols, std::span<const uint32_t> b_ends,
                       uint32_t cutoff, std::span<uint32_t> out, DistanceWorkspace& ws) {
  const size_t count = out.size();
  if (ws.lane_peq.size() != kLanes * kStride<T>) ws.lane_peq.assign(kLanes * kStride<T>, 0);
  Lanes<T> l{};
  l.peq = ws.lane_peq.data();
  // One pass over all symbols (ASCII, say) spares the per-pair checks.
  const bool direct = all_direct(a_symbols) && all_direct(b_symbols);
  const auto clamp = [cutoff](uint32_t d) { return d > cutoff ? cutoff + 1 : d; };
  size_t next = 0;
  // Puts the next pair that needs the bit-parallel step into lane k, resolving the ones before
  // it that need none (or do not fit a lane) on the way. False when no pair is left.
  const auto load = [&](size_t k) {
    while (next < count) {
      const size_t i = next++;
      const uint32_t a_begin = i == 0 ? 0 : a_ends[i - 1];
      const uint32_t b_begin = i == 0 ? 0 : b_ends[i - 1];
      std::span<const T> a = a_symbols.subspan(a_begin, a_ends[i] - a_begin);
      std::span<const T> b = b_symbols.subspan(b_begin, b_ends[i] - b_begin);
      strip_affixes(a, b);
      if (a.size() > b.size()) std::swap(a, b);
      const auto m = static_cast<uint32_t>(a.size());
      const auto n = static_cast<uint32_t>(b.size());
      if (m == 0 || n - m > cutoff) {
        out[i] = clamp(n);  // n − m is a lower bound of the distance
        continue;
      }
      if (m > 64) {
        out[i] = levenshtein_blocked(a, b, cutoff, ws);
        continue;
      }
      if (!direct && (!all_direct(a) || !all_direct(b))) renumber(a, b, k, ws);
      uint64_t* table = l.peq + k * kStride<T>;
      uint64_t bit = uint64_t{1} << (64 - m);
      l.first[k] = bit;
      for (const T c : a) {
        table[c] |= bit;
        bit <<= 1;
      }
      l.text[k] = b.data();
      l.left[k] = n;
      l.score[k] = m;
      l.pv[k] = ~uint64_t{0};
      l.mv[k] = 0;
      l.pattern[k] = a;
      l.pair[k] = i;
      return true;
    }
    return false;
  };
  const auto finish = [&](size_t k) {
    out[l.pair[k]] = clamp(l.score[k]);
    uint64_t* table = l.peq + k * kStride<T>;
    for (const T c : l.pattern[k]) table[c] = 0;
  };
  std::array<bool, kLanes> busy{};
  bool all_busy = true;
  for (size_t k = 0; k < kLanes; ++k) {
    busy[k] = load(k);
    all_busy = all_busy && busy[k];
  }
  while (all_busy) {
    uint32_t steps = l.left[0];
    for (size_t k = 1; k < kLanes; ++k) steps = std::min(steps, l.left[k]);
    run_lanes(l, steps);
    for (size_t k = 0; k < kLanes; ++k) {
      if (l.left[k] != 0) continue;
      finish(k);
      busy[k] = load(k);
      all_busy = all_busy && busy[k];
    }
  }
  // Fewer pairs left than lanes: the rest one at a time.
  for (size_t k = 0; k < kLanes; ++k) {
    if (!busy[k]) continue;
    run_lane(l, k);
    finish(k);
  }
}

}  // namespace

void levenshtein_batch(Symbols a_symbols, std::span<const uint32_t> a_ends, Symbols b_symbols,
                       std::span<const uint32_t> b_ends, uint32_t cutoff, std::span<uint32_t> out,
                       DistanceWorkspace& ws) {
  levenshtein_lanes(a_symbols, a_ends, b_symbols, b_ends, cutoff, out, ws);
}

void levenshtein_batch(std::span<const uint8_t> a_symbols, std::span<const uint32_t> a_ends,
                       std::span<const uint8_t> b_symbols, std::span<const uint32_t> b_ends,
                       uint32_t cutoff, std::span<uint32_t> out, DistanceWorkspace& ws) {
  levenshtein_lanes(a_symbols, a_ends, b_symbols, b_ends, cutoff, out, ws);
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

double normalized_levenshtein_similarity(Symbols a, Symbols b, DistanceWorkspace& ws) {
  const size_t longest = std::max(a.size(), b.size());
  if (longest == 0) return 1.0;
  return 1.0 -
         static_cast<double>(levenshtein(a, b, UINT32_MAX - 1, ws)) / static_cast<double>(longest);
}

}  // namespace simkit
