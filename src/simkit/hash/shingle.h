// SPDX-License-Identifier: MIT
// The text pipeline's last step: normalized text -> 64-bit shingle hashes (word n-grams or char
// k-grams), each with the span of the original text it covers. No shingle string is ever built.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "simkit/protocol.h"
#include "simkit/status.h"
#include "simkit/text/normalize.h"
#include "simkit/text/tokenize.h"

namespace simkit {

enum class ShingleUnit : uint8_t { kWord = 0, kChar = 1 };

struct ShingleOptions {
  ShingleUnit unit = ShingleUnit::kWord;
  uint32_t size = 3;  ///< tokens per word shingle, or code points per char shingle
  uint64_t seed = kDefaultSeed;
  NormalizeOptions normalize;
};

/// Checks `options` (size in [1, kMaxShingleSize], known enums); messages use the JS names.
Status validate_shingle_options(const ShingleOptions& options);

/// Shingle hashes in text order (duplicates kept) and, when requested, their source spans as
/// UTF-16 [begin, end) pairs: spans[2i], spans[2i+1] belong to hashes[i].
struct Shingles {
  std::vector<uint64_t> hashes;
  std::vector<uint32_t> spans;
};

/// Normalizes, tokenizes and hashes texts, reusing its buffers (allocation-free once warm).
///
/// Word shingle hash: XXH3(seed) over the little-endian uint64 XXH3(seed) hashes of its tokens.
/// Char shingle hash: XXH3(seed) over the UTF-8 bytes of its code points.
/// A text with at least one token (code point) but fewer than `size` gives one shingle of all of
/// them, so short texts still compare; an empty text gives none.
class Shingler {
 public:
  Status shingle(std::string_view text, const ShingleOptions& options, Shingles& out,
                 bool with_spans, std::string_view param = "text");

  /// Normalizes and splits `text` into word tokens (byte ranges of normalized()).
  Status tokenize(std::string_view text, const NormalizeOptions& options,
                  std::vector<TokenRange>& out, std::string_view param = "text");

  /// Normalizes `text` only (into normalized()); maps back to the source only `with_map`.
  Status normalize(std::string_view text, const NormalizeOptions& options, std::string_view param,
                   bool with_map = true);

  /// The normalized form of the last text given to shingle()/tokenize().
  [[nodiscard]] const NormalizedText& normalized() const { return normalized_; }

 private:
  void word_shingles(const ShingleOptions& options, Shingles& out, bool with_spans);
  void char_shingles(const ShingleOptions& options, Shingles& out, bool with_spans);

  Normalizer normalizer_;
  NormalizedText normalized_;
  std::vector<TokenRange> tokens_;
  std::vector<uint64_t> token_hashes_;
  std::vector<uint32_t> offsets_;
};

}  // namespace simkit
