// SPDX-License-Identifier: MIT
// TF and TF-IDF vectors with scikit-learn TfidfVectorizer semantics (smooth idf, sublinear tf,
// l2 norm), cosine similarity, and a fitted corpus model giving the top-k most similar
// documents for every document or for a query.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "simkit/vector/features.h"

namespace simkit {

struct TfIdfOptions {
  bool use_idf = true;
  bool smooth_idf = true;     ///< idf = ln((1 + n) / (1 + df)) + 1, else ln(n / df) + 1
  bool sublinear_tf = false;  ///< tf = 1 + ln(count)
  bool l2_norm = true;
};

/// Sparse vector sorted by term.
struct SparseVector {
  std::vector<uint64_t> terms;
  std::vector<double> weights;
};

/// Cosine of two sparse vectors (0 when either is zero). Fixed summation order: term order.
double cosine(const SparseVector& a, const SparseVector& b);

/// TF vector of counts (sublinear and l2 as in options; no idf).
void tf_vector(const TermCounts& counts, const TfIdfOptions& options, SparseVector& out);

struct Neighbor {
  uint32_t doc;
  double score;
};

class TfIdfModel {
 public:
  /// Fits idf on `docs` and keeps their vectors.
  void fit(const std::vector<TermCounts>& docs, const TfIdfOptions& options);
  /// The TF-IDF vector of new counts (terms unseen in fit are dropped, as sklearn's transform).
  void vectorize(const TermCounts& counts, SparseVector& out) const;
  /// Top-k documents by cosine with `query`, best first (ties by index); `exclude` skipped.
  void nearest(const SparseVector& query, uint32_t k, uint32_t exclude,
               std::vector<Neighbor>& out) const;
  [[nodiscard]] const SparseVector& vector(uint32_t doc) const { return vectors_[doc]; }
  [[nodiscard]] uint32_t size() const { return static_cast<uint32_t>(vectors_.size()); }
  [[nodiscard]] size_t vocabulary_size() const { return idf_.size(); }

 private:
  TfIdfOptions options_;
  std::unordered_map<uint64_t, double> idf_;
  std::vector<SparseVector> vectors_;
  std::unordered_map<uint64_t, std::vector<std::pair<uint32_t, double>>> postings_;
};

/// 64-bit SimHash (Charikar 2002) of weighted features: bit b is set when the features whose
/// bit b is set outweigh those whose bit b is clear. Weights are the counts (tf).
uint64_t simhash(const TermCounts& counts);

/// The same fingerprint from the features themselves, one entry per occurrence in any order
/// (FeatureExtractor::features()): weights are counts, so summing each occurrence with weight 1
/// gives the same votes as simhash() of their TermCounts, without sorting or counting first.
uint64_t simhash(const uint64_t* features, size_t count);

inline uint32_t hamming64(uint64_t a, uint64_t b) {
  return static_cast<uint32_t>(std::popcount(a ^ b));
}

/// All fingerprints within Hamming distance d of a query, exactly: the 64 bits are cut into
/// d + 1 blocks, and two fingerprints within d differ in at most d blocks, so they share one
/// (the permuted-table method of Manku, Jain and Das Sarma, WWW 2007, with d + 1 tables).
class SimHashIndex {
 public:
  Status configure(uint32_t max_distance);
  void insert(uint32_t id, uint64_t fingerprint);
  bool remove(uint32_t id);
  /// (id, distance) with distance ≤ max_distance, closest first (ties by id).
  void query(uint64_t fingerprint, uint32_t exclude,
             std::vector<std::pair<uint32_t, uint32_t>>& out) const;
  [[nodiscard]] size_t size() const { return fingerprints_.size(); }

 private:
  [[nodiscard]] uint64_t block(uint64_t fp, uint32_t b) const;
  uint32_t max_distance_ = 3;
  std::vector<uint32_t> starts_;  // block b covers bits [starts_[b], starts_[b+1])
  std::unordered_map<uint32_t, uint64_t> fingerprints_;
  std::vector<std::unordered_map<uint64_t, std::vector<uint32_t>>> tables_;
};

}  // namespace simkit
