// SPDX-License-Identifier: MIT
// Vector similarity entry points: TF cosine of two texts, SimHash fingerprints, and the
// TF-IDF model and SimHash index registered for JS.
#pragma once

#include <cstdint>
#include <vector>

#include "simkit/vector/simhash.h"
#include "simkit/vector/tfidf.h"

namespace simkit::api {

/// Feature options packed: norm flags, unit (0 word, 1 char), ngram min, ngram max, seed lo/hi.
FeatureOptions unpack_features(uint32_t norm_flags, uint32_t unit, uint32_t ngram_min,
                               uint32_t ngram_max, uint32_t seed_lo, uint32_t seed_hi);

/// TF cosine of two texts: results.f64 = [cosine]. tf_flags: bit 0 sublinear tf.
int32_t vector_cosine(uint32_t a_offset, uint32_t a_length, uint32_t b_offset, uint32_t b_length,
                      uint32_t norm_flags, uint32_t unit, uint32_t ngram_min, uint32_t ngram_max,
                      uint32_t tf_flags);

/// SimHash of `count` texts placed back to back (ends at ends_offset): results.u32 = (lo, hi)
/// pairs. Features: shingle options as in vector_cosine.
int32_t simhash_batch(uint32_t bytes_offset, uint32_t bytes_length, uint32_t ends_offset,
                      uint32_t count, uint32_t norm_flags, uint32_t unit, uint32_t ngram_min,
                      uint32_t ngram_max);

class NativeTfIdfModel {
 public:
  /// Fits on `count` texts placed back to back. flags: bit 0 use idf, 1 smooth idf,
  /// 2 sublinear tf, 3 l2 norm. Stop words: UTF-8 range (may be empty).
  int32_t fit(uint32_t bytes_offset, uint32_t bytes_length, uint32_t ends_offset, uint32_t count,
              uint32_t norm_flags, uint32_t unit, uint32_t ngram_min, uint32_t ngram_max,
              uint32_t flags, uint32_t stop_offset, uint32_t stop_length);
  /// Top-k neighbours of fitted document `doc`: results.u32 = docs, results.f64 = cosines.
  int32_t similar(uint32_t doc, uint32_t k);
  /// Top-k documents for a new text.
  int32_t query(uint32_t offset, uint32_t length, uint32_t k);
  /// Cosine of two fitted documents: results.f64 = [cosine].
  int32_t pair_cosine(uint32_t a, uint32_t b);
  [[nodiscard]] uint32_t size() const { return model_.size(); }
  [[nodiscard]] double vocabulary_size() const {
    return static_cast<double>(model_.vocabulary_size());
  }

 private:
  FeatureExtractor extractor_;
  TfIdfModel model_;
  std::vector<Neighbor> neighbors_;
};

class NativeSimHashIndex {
 public:
  int32_t configure(uint32_t max_distance);
  void insert(uint32_t id, uint32_t lo, uint32_t hi);
  int32_t remove(uint32_t id);
  /// results.u32 = ids, results.f64 = distances, closest first.
  int32_t query(uint32_t lo, uint32_t hi, uint32_t exclude);
  [[nodiscard]] uint32_t size() const { return static_cast<uint32_t>(index_.size()); }

 private:
  SimHashIndex index_;
  std::vector<std::pair<uint32_t, uint32_t>> hits_;
};

}  // namespace simkit::api
