// SPDX-License-Identifier: MIT
// TF and TF-IDF vectors with scikit-learn TfidfVectorizer semantics (smooth idf, sublinear tf,
// l2 norm), cosine similarity, and a fitted corpus model giving the top-k most similar
// documents for every document or for a query. SimHash lives in simhash.h.
#pragma once

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

}  // namespace simkit
