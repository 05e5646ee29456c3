// SPDX-License-Identifier: MIT
// k-grams for plagiarism detection and their winnowed fingerprints (Schleimer, Wilkerson and
// Aiken, "Winnowing: local algorithms for document fingerprinting", SIGMOD 2003).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "simkit/hash/shingle.h"
#include "simkit/status.h"

namespace simkit {

/// How a text becomes k-grams and fingerprints.
struct FingerprintOptions {
  /// kChar: k code points of the text's words joined by single spaces (punctuation and
  /// spacing changes do not break a match); kWord: k consecutive word tokens.
  ShingleUnit unit = ShingleUnit::kChar;
  uint32_t k = 25;  ///< units per k-gram
  uint32_t window =
      10;  ///< winnowing window, in k-grams; guarantees a match of window+k-1 units is seen
  uint64_t seed = kDefaultSeed;
  NormalizeOptions normalize;
};

Status validate_fingerprint_options(const FingerprintOptions& options);

/// Every k-gram of a text, in order.
struct KGrams {
  std::vector<uint64_t> hashes;
  std::vector<uint32_t> spans;  ///< UTF-16 [begin, end) in the source, two per k-gram
  uint32_t units = 0;           ///< words, or code points of the joined words (coverage base)
  uint32_t k = 0;               ///< units per k-gram (the last, short text may have fewer)

  void clear() {
    hashes.clear();
    spans.clear();
    units = 0;
    k = 0;
  }
};

/// Computes k-grams; reuses its buffers across calls.
class Fingerprinter {
 public:
  Status kgrams(std::string_view text, const FingerprintOptions& options, KGrams& out,
                std::string_view param = "text");

 private:
  Shingler shingler_;
  std::vector<TokenRange> tokens_;
  std::vector<uint64_t> token_hashes_;
  std::string joined_;
  std::vector<uint32_t> joined_begin_;  ///< per joined code point: source UTF-16 begin
  std::vector<uint32_t> joined_end_;
  std::vector<uint32_t> joined_offsets_;   ///< byte offset of each joined code point (+ end)
  std::vector<uint8_t> is_word_start_;     ///< per joined code point: first of its token
  std::vector<uint32_t> next_word_start_;  ///< per joined code point: first word start at or after
  std::vector<uint32_t> prev_word_end_;    ///< per joined code point: last word end at or before
};

/// Robust winnowing: in every window of `window` consecutive k-grams select the minimum hash
/// (the rightmost on ties), recording each selected position once. A text with fewer k-grams
/// than `window` selects its minimum. Appends positions in increasing order to `out` (cleared).
void winnow(const std::vector<uint64_t>& hashes, uint32_t window, std::vector<uint32_t>& out);

}  // namespace simkit
