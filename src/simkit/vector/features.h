// SPDX-License-Identifier: MIT
// Term features for vector similarity: normalized word tokens minus stop words, as hashed
// n-grams for n in [ngram_min, ngram_max] (stop words are removed before n-grams are formed,
// as scikit-learn's TfidfVectorizer does), or char n-grams; counted per document.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "simkit/hash/shingle.h"

namespace simkit {

struct FeatureOptions {
  ShingleUnit unit = ShingleUnit::kWord;
  uint32_t ngram_min = 1;
  uint32_t ngram_max = 1;
  uint64_t seed = kDefaultSeed;
  NormalizeOptions normalize;
};

Status validate_feature_options(const FeatureOptions& o);

/// (feature hash, count) pairs sorted by hash.
using TermCounts = std::vector<std::pair<uint64_t, uint32_t>>;

class FeatureExtractor {
 public:
  Status configure(const FeatureOptions& options);
  /// Stop words (any text; each word token of it) are normalized like documents and ignored.
  Status set_stop_words(std::string_view words);
  /// (feature hash, count) pairs of `text`, sorted by hash.
  Status count(std::string_view text, TermCounts& out, std::string_view param = "text");
  /// The feature hashes of `text` in extraction order (n-gram size by size, then text order),
  /// duplicates kept: count() without the sort. Valid until the next call on this extractor.
  Status extract(std::string_view text, std::string_view param = "text");
  [[nodiscard]] const std::vector<uint64_t>& features() const { return features_; }
  [[nodiscard]] const FeatureOptions& options() const { return options_; }

 private:
  FeatureOptions options_;
  Shingler shingler_;
  std::vector<TokenRange> tokens_;
  std::vector<uint64_t> kept_;
  std::vector<uint64_t> features_;
  std::vector<uint32_t> offsets_;
  std::unordered_set<uint64_t> stop_;
};

}  // namespace simkit
