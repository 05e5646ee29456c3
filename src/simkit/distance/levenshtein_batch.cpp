// SPDX-License-Identifier: MIT
// Levenshtein over many pairs at once (levenshtein_batch): short pairs run several at a time in
// interleaved lanes of Hyyrö's step, over byte, UTF-16 unit or uint32 symbols; long pairs take
// the blocked step.
#include <algorithm>
#include <array>

#include "simkit/distance/bit_masks.h"
#include "simkit/distance/distance.h"

namespace simkit {

namespace {

using detail::levenshtein_blocked;
using detail::PatternMasks;
using detail::strip_affixes;

// levenshtein_batch's interleaved lanes. Each lane runs Hyyrö's step on its own pair with its
// own table of pattern masks (pairs in lanes have symbols < 256 only). A lane's pattern sits in
// the top bits, symbol p of m at bit 64 − m + p, so the bit whose changes move the score is
// always bit 63. The bits below the pattern never reach it: their eq bits are 0, so the
// addition carries nothing out of them, their mh bits stay 0, and the one bit the left shift
// of ph moves up from them is overwritten by the row-0 carry-in (`first`, bit 64 − m).
// Pairs of uint32 symbols with symbols >= 256 run in lanes too, renumbered: symbol c >= 256 of
// the pattern becomes kDirect + (its slot in PatternMasks' table), a text symbol not in the
// pattern kAbsent (whose mask is always 0), so a lane's table has kStride<uint32_t> entries.
// UTF-16 units need no renumbering: a lane's table has an entry for every unit (512 KiB a
// lane, of which a pair touches a few cache lines).
constexpr size_t kLanes = 4;
constexpr uint32_t kDirect = 256;
constexpr uint32_t kAbsent = kDirect + PatternMasks::kTable;
template <typename T>
constexpr size_t kStride = sizeof(T) == 1 ? kDirect
                           : sizeof(T) == 2
                               ? size_t{0x10000} + 8  // + 8: lanes in distinct cache sets
                               : kAbsent + 8;

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
bool all_direct(std::span<const uint16_t> /*units*/) { return true; }

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
template <typename Narrow>
void renumber(std::span<const Narrow>& /*a*/, std::span<const Narrow>& /*b*/, size_t /*k*/,
              DistanceWorkspace& /*ws*/) {}

template <typename T>
void levenshtein_lanes(std::span<const T> a_symbols, std::span<const uint32_t> a_ends,
                       std::span<const T> b_symbols, std::span<const uint32_t> b_ends,
                       uint32_t cutoff, std::span<uint32_t> out, DistanceWorkspace& ws) {
  const size_t count = out.size();
  // All zero between calls, so one table (the largest asked for) serves every symbol width.
  if (ws.lane_peq.size() < kLanes * kStride<T>) ws.lane_peq.assign(kLanes * kStride<T>, 0);
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

void levenshtein_batch(std::span<const uint16_t> a_symbols, std::span<const uint32_t> a_ends,
                       std::span<const uint16_t> b_symbols, std::span<const uint32_t> b_ends,
                       uint32_t cutoff, std::span<uint32_t> out, DistanceWorkspace& ws) {
  levenshtein_lanes(a_symbols, a_ends, b_symbols, b_ends, cutoff, out, ws);
}

}  // namespace simkit
