// SPDX-License-Identifier: MIT
// Internal to src/simkit/distance: the pattern-match bit masks the bit-parallel algorithms
// share (PatternMasks for patterns of at most 64 symbols, BlockMasks for longer ones), affix
// stripping, and the blocked Levenshtein step that both levenshtein() and levenshtein_batch()
// fall back on for long pairs. Not part of the public API.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "simkit/distance/distance.h"

namespace simkit::detail {

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
inline bool is_direct(T c) {
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

/// Hyyrö's bit-vector Levenshtein over ⌈m/64⌉ blocks, banded by the cutoff (levenshtein.cpp).
/// Instantiated for uint8_t, uint16_t and uint32_t symbols. @pre 64 < m <= n, n − m <= cutoff.
template <typename T>
uint32_t levenshtein_blocked(std::span<const T> a, std::span<const T> b, uint32_t cutoff,
                             DistanceWorkspace& ws);

}  // namespace simkit::detail
