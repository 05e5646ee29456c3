// SPDX-License-Identifier: MIT
#include "vector_api.h"

#include <string>
#include <vector>

#include "arena.h"
#include "batch.h"
#include "simkit/protocol.h"
#include "text_api.h"

namespace simkit::api {

namespace {
FeatureExtractor g_extractor;
TermCounts g_counts_a;
TermCounts g_counts_b;

Status configure_extractor(FeatureExtractor& e, uint32_t norm_flags, uint32_t unit,
                           uint32_t ngram_min, uint32_t ngram_max) {
  SIMKIT_RETURN_IF_ERROR(check_normalize_flags(norm_flags));
  return e.configure(unpack_features(norm_flags, unit, ngram_min, ngram_max, 0, 0));
}

}  // namespace

FeatureOptions unpack_features(uint32_t norm_flags, uint32_t unit, uint32_t ngram_min,
                               uint32_t ngram_max, uint32_t seed_lo, uint32_t seed_hi) {
  FeatureOptions o;
  o.normalize = unpack_normalize(norm_flags);
  o.unit = static_cast<ShingleUnit>(unit);
  o.ngram_min = ngram_min;
  o.ngram_max = ngram_max;
  o.seed = join_u64(seed_lo, seed_hi);
  return o;
}

int32_t vector_cosine(uint32_t a_offset, uint32_t a_length, uint32_t b_offset, uint32_t b_length,
                      uint32_t norm_flags, uint32_t unit, uint32_t ngram_min, uint32_t ngram_max,
                      uint32_t tf_flags) {
  Results& r = begin_call();
  std::string_view a;
  std::string_view b;
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(a_offset, a_length, "a", a));
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(b_offset, b_length, "b", b));
  SIMKIT_RETURN_IF_ERROR_CODE(
      configure_extractor(g_extractor, norm_flags, unit, ngram_min, ngram_max));
  SIMKIT_RETURN_IF_ERROR_CODE(g_extractor.count(a, g_counts_a, "a"));
  SIMKIT_RETURN_IF_ERROR_CODE(g_extractor.count(b, g_counts_b, "b"));
  TfIdfOptions o;
  o.sublinear_tf = (tf_flags & 1U) != 0;
  SparseVector va;
  SparseVector vb;
  tf_vector(g_counts_a, o, va);
  tf_vector(g_counts_b, o, vb);
  r.f64 = {cosine(va, vb)};
  return 0;
}

int32_t simhash_batch(uint32_t bytes_offset, uint32_t bytes_length, uint32_t ends_offset,
                      uint32_t count, uint32_t norm_flags, uint32_t unit, uint32_t ngram_min,
                      uint32_t ngram_max) {
  Results& r = begin_call();
  SIMKIT_RETURN_IF_ERROR_CODE(
      configure_extractor(g_extractor, norm_flags, unit, ngram_min, ngram_max));
  r.u32.reserve(size_t{2} * count);
  return report(each_text(
      bytes_offset, bytes_length, ends_offset, count, [&](uint32_t i, std::string_view text) {
        SIMKIT_RETURN_IF_ERROR(g_extractor.extract(text, "texts[" + std::to_string(i) + "]"));
        const std::vector<uint64_t>& f = g_extractor.features();
        push_u64(r.u32, simhash(f.data(), f.size()));
        return Status::ok();
      }));
}

int32_t NativeTfIdfModel::fit(uint32_t bytes_offset, uint32_t bytes_length, uint32_t ends_offset,
                              uint32_t count, uint32_t norm_flags, uint32_t unit,
                              uint32_t ngram_min, uint32_t ngram_max, uint32_t flags,
                              uint32_t stop_offset, uint32_t stop_length) {
  begin_call();
  SIMKIT_RETURN_IF_ERROR_CODE(
      configure_extractor(extractor_, norm_flags, unit, ngram_min, ngram_max));
  std::string_view stop;
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(stop_offset, stop_length, "stopWords", stop));
  if (!stop.empty()) SIMKIT_RETURN_IF_ERROR_CODE(extractor_.set_stop_words(stop));
  std::vector<TermCounts> docs(count);
  SIMKIT_RETURN_IF_ERROR_CODE(each_text(
      bytes_offset, bytes_length, ends_offset, count, [&](uint32_t i, std::string_view text) {
        return extractor_.count(text, docs[i], "texts[" + std::to_string(i) + "]");
      }));
  TfIdfOptions o;
  o.use_idf = (flags & 1U) != 0;
  o.smooth_idf = (flags & 2U) != 0;
  o.sublinear_tf = (flags & 4U) != 0;
  o.l2_norm = (flags & 8U) != 0;
  model_.fit(docs, o);
  return 0;
}

int32_t NativeTfIdfModel::similar(uint32_t doc, uint32_t k) {
  Results& r = begin_call();
  if (doc >= model_.size()) return report(invalid_argument("document index is out of range"));
  model_.nearest(model_.vector(doc), k, doc, neighbors_);
  for (const Neighbor& n : neighbors_) {
    r.u32.push_back(n.doc);
    r.f64.push_back(n.score);
  }
  return 0;
}

int32_t NativeTfIdfModel::query(uint32_t offset, uint32_t length, uint32_t k) {
  Results& r = begin_call();
  std::string_view text;
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(offset, length, "text", text));
  SIMKIT_RETURN_IF_ERROR_CODE(extractor_.count(text, g_counts_a));
  SparseVector v;
  model_.vectorize(g_counts_a, v);
  model_.nearest(v, k, kNoValue, neighbors_);
  for (const Neighbor& n : neighbors_) {
    r.u32.push_back(n.doc);
    r.f64.push_back(n.score);
  }
  return 0;
}

int32_t NativeTfIdfModel::pair_cosine(uint32_t a, uint32_t b) {
  Results& r = begin_call();
  if (a >= model_.size() || b >= model_.size())
    return report(invalid_argument("document index is out of range"));
  r.f64 = {cosine(model_.vector(a), model_.vector(b))};
  return 0;
}

int32_t NativeSimHashIndex::configure(uint32_t max_distance) {
  begin_call();
  return report(index_.configure(max_distance));
}

void NativeSimHashIndex::insert(uint32_t id, uint32_t lo, uint32_t hi) {
  index_.insert(id, join_u64(lo, hi));
}

int32_t NativeSimHashIndex::remove(uint32_t id) {
  begin_call();
  return index_.remove(id) ? 0 : report({ErrorCode::kNotFound, "no fingerprint with that key"});
}

int32_t NativeSimHashIndex::query(uint32_t lo, uint32_t hi, uint32_t exclude) {
  Results& r = begin_call();
  index_.query(join_u64(lo, hi), exclude, hits_);
  for (const auto& [id, d] : hits_) {
    r.u32.push_back(id);
    r.f64.push_back(d);
  }
  return 0;
}

}  // namespace simkit::api
