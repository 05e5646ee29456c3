// SPDX-License-Identifier: MIT
// A character (byte) language model with Witten-Bell interpolation of the orders 0..n: the cheap
// cousin of the character models that won PAN 2015 (Bagnall's RNN) and of PPM compression
// (Teahan & Harper 2003). Used as an adaptive coder: the code length of a text, in bits per
// byte, when the model has first read another text, tells how much that text helps predict it.
// Counts are exact (keys pack the context bytes), so results are the same on every platform.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace simkit {

inline constexpr uint32_t kMaxCharModelOrder = 5;

class CharModel {
 public:
  /// Forgets everything; `order` in [1, kMaxCharModelOrder].
  void reset(uint32_t order);
  /// Counts `text` (continuing after what was read before).
  void read(std::string_view text) { code(text, true, false); }
  /// Bits per byte of `text` under the model, adapting to the text as it goes (as a compressor
  /// does) when `adapt`, which changes the model; without it the model is left as it was.
  double bits_per_byte(std::string_view text, bool adapt) { return code(text, adapt, true); }
  [[nodiscard]] uint32_t order() const { return order_; }

 private:
  struct Entry {
    uint64_t key;    ///< 0 = empty
    uint32_t count;  ///< symbol entries: occurrences; context entries: occurrences as a context
    uint32_t types;  ///< context entries: distinct symbols seen after it
  };
  double code(std::string_view text, bool update, bool measure);
  [[nodiscard]] const Entry* find(uint64_t key) const;
  Entry& slot(uint64_t key);
  void grow();

  uint32_t order_ = 4;
  std::vector<Entry> table_;
  size_t used_ = 0;
  uint32_t shift_ = 64;
  uint64_t history_ = 0;  ///< the last bytes read, most recent in the low byte
  uint32_t seen_ = 0;     ///< bytes in history_ (at most order_)
};

}  // namespace simkit
