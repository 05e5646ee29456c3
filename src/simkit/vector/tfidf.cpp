// SPDX-License-Identifier: MIT
#include "simkit/vector/tfidf.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "simkit/math/elementary.h"

namespace simkit {

namespace {
void l2_normalize(std::vector<double>& w) {
  double sum = 0;
  for (const double x : w) sum += x * x;
  if (sum <= 0) return;
  const double norm = std::sqrt(sum);
  for (double& x : w) x /= norm;
}
double tf_of(uint32_t count, const TfIdfOptions& o) {
  return o.sublinear_tf ? 1.0 + math::log(static_cast<double>(count)) : static_cast<double>(count);
}
}  // namespace

double cosine(const SparseVector& a, const SparseVector& b) {
  double dot = 0;
  double na = 0;
  double nb = 0;
  for (const double x : a.weights) na += x * x;
  for (const double x : b.weights) nb += x * x;
  if (na <= 0 || nb <= 0) return 0.0;
  size_t i = 0;
  size_t j = 0;
  while (i < a.terms.size() && j < b.terms.size()) {
    if (a.terms[i] < b.terms[j]) {
      ++i;
    } else if (b.terms[j] < a.terms[i]) {
      ++j;
    } else {
      dot += a.weights[i++] * b.weights[j++];
    }
  }
  return dot / (std::sqrt(na) * std::sqrt(nb));
}

void tf_vector(const TermCounts& counts, const TfIdfOptions& options, SparseVector& out) {
  out.terms.clear();
  out.weights.clear();
  for (const auto& [term, count] : counts) {
    out.terms.push_back(term);
    out.weights.push_back(tf_of(count, options));
  }
  if (options.l2_norm) l2_normalize(out.weights);
}

void TfIdfModel::fit(const std::vector<TermCounts>& docs, const TfIdfOptions& options) {
  options_ = options;
  idf_.clear();
  postings_.clear();
  std::unordered_map<uint64_t, uint32_t> df;
  for (const TermCounts& d : docs)
    for (const auto& tc : d) ++df[tc.first];
  const double n = static_cast<double>(docs.size());
  for (const auto& [term, f] : df) {
    const double d = static_cast<double>(f);
    idf_[term] = !options.use_idf     ? 1.0
                 : options.smooth_idf ? math::log((1.0 + n) / (1.0 + d)) + 1.0
                                      : math::log(n / d) + 1.0;
  }
  vectors_.assign(docs.size(), {});
  for (uint32_t i = 0; i < docs.size(); ++i) {
    vectorize(docs[i], vectors_[i]);
    for (size_t t = 0; t < vectors_[i].terms.size(); ++t)
      postings_[vectors_[i].terms[t]].emplace_back(i, vectors_[i].weights[t]);
  }
}

void TfIdfModel::vectorize(const TermCounts& counts, SparseVector& out) const {
  out.terms.clear();
  out.weights.clear();
  for (const auto& [term, count] : counts) {
    auto it = idf_.find(term);
    if (it == idf_.end()) continue;
    out.terms.push_back(term);
    out.weights.push_back(tf_of(count, options_) * it->second);
  }
  if (options_.l2_norm) l2_normalize(out.weights);
}

void TfIdfModel::nearest(const SparseVector& query, uint32_t k, uint32_t exclude,
                         std::vector<Neighbor>& out) const {
  out.clear();
  std::vector<double> dot(vectors_.size(), 0.0);
  // Accumulate in the query's term order: deterministic summation everywhere.
  for (size_t t = 0; t < query.terms.size(); ++t) {
    auto it = postings_.find(query.terms[t]);
    if (it == postings_.end()) continue;
    for (const auto& [doc, w] : it->second) dot[doc] += query.weights[t] * w;
  }
  double qn = 0;
  for (const double x : query.weights) qn += x * x;
  qn = std::sqrt(qn);
  for (uint32_t d = 0; d < dot.size(); ++d) {
    if (d == exclude || dot[d] == 0.0) continue;
    double dn = 0;
    if (!options_.l2_norm) {
      for (const double x : vectors_[d].weights) dn += x * x;
      dn = std::sqrt(dn);
    }
    const double score = options_.l2_norm ? dot[d] / (qn > 0 ? qn : 1.0) : dot[d] / (qn * dn);
    out.push_back({d, score});
  }
  const auto better = [](const Neighbor& x, const Neighbor& y) {
    return x.score != y.score ? x.score > y.score : x.doc < y.doc;
  };
  if (k != 0 && out.size() > k) {
    std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(k), out.end(), better);
    out.resize(k);
  } else {
    std::sort(out.begin(), out.end(), better);
  }
}

}  // namespace simkit
