// SPDX-License-Identifier: MIT
// A flat open-addressing counter for 64-bit keys: one probe sequence, no node allocations, so
// counting a megabyte of character n-grams stays in cache. Each key remembers where it was first
// seen (a byte range of the normalized text), which is how feature names are recovered without
// building a string per occurrence.
#pragma once

#include <bit>
#include <cstdint>
#include <vector>

namespace simkit {

class CountTable {
 public:
  struct Slot {
    uint64_t key;
    uint32_t count;  ///< 0 = empty slot
    uint32_t id;     ///< dense id: keys are numbered in order of first occurrence
    uint32_t first_begin;
    uint32_t first_length;
  };

  /// Empties the table, keeping room for about `expected` keys without growing.
  void reset(size_t expected) {
    size_t capacity = 16;
    while (capacity < expected * 2) capacity <<= 1;
    if (slots_.size() != capacity)
      slots_.assign(capacity, Slot{0, 0, 0, 0, 0});
    else
      for (Slot& s : slots_) s.count = 0;
    mask_ = capacity - 1;
    shift_ = 64U - static_cast<uint32_t>(std::countr_zero(capacity));
    size_ = 0;
  }

  /// Adds one occurrence of `key`, first seen at [begin, begin + length); returns its dense id.
  uint32_t add(uint64_t key, uint32_t begin, uint32_t length) {
    size_t i = index(key);
    while (slots_[i].count != 0) {
      if (slots_[i].key == key) {
        ++slots_[i].count;
        return slots_[i].id;
      }
      i = (i + 1) & mask_;
    }
    const auto id = static_cast<uint32_t>(size_);
    slots_[i] = Slot{key, 1, id, begin, length};
    if (++size_ * 2 > slots_.size()) grow();
    return id;
  }

  [[nodiscard]] size_t size() const { return size_; }
  [[nodiscard]] const std::vector<Slot>& slots() const { return slots_; }

 private:
  [[nodiscard]] size_t index(uint64_t key) const {
    // Fibonacci hashing, top bits: keys may be packed code points whose high bits are the
    // only ones that differ, and the top bits of the product depend on every key bit.
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift_);
  }

  void grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.size() * 2, Slot{0, 0, 0, 0, 0});
    mask_ = slots_.size() - 1;
    shift_ = 64U - static_cast<uint32_t>(std::countr_zero(slots_.size()));
    for (const Slot& s : old) {
      if (s.count == 0) continue;
      size_t i = index(s.key);
      while (slots_[i].count != 0) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  uint32_t shift_ = 63;
  size_t size_ = 0;
};

}  // namespace simkit
