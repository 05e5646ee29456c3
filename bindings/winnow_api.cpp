// SPDX-License-Identifier: MIT
#include "winnow_api.h"

#include <cmath>
#include <string>

#include "arena.h"
#include "persist.h"
#include "text_api.h"

namespace simkit::api {

namespace {
Fingerprinter g_fingerprinter;
KGrams g_kgrams_a;
KGrams g_kgrams_b;
std::vector<uint32_t> g_selected;
PassageMatcher g_matcher;
PassageMatch g_match;

void write_pairs(const std::vector<FingerprintPair>& pairs, Results& r) {
  r.u32.reserve(3 * pairs.size());
  r.f64.reserve(3 * pairs.size());
  for (const FingerprintPair& p : pairs) {
    r.u32.insert(r.u32.end(), {p.a, p.b, p.shared});
    r.f64.insert(r.f64.end(), {p.similarity, p.containment_a, p.containment_b});
  }
}

Status check_min_similarity(double v) {
  if (!(v >= 0.0 && v <= 1.0)) return invalid_argument("minScore must be a number in [0, 1]");
  return Status::ok();
}
}  // namespace

FingerprintOptions unpack_fingerprint(uint32_t norm_flags, uint32_t unit, uint32_t k,
                                      uint32_t window, uint32_t seed_lo, uint32_t seed_hi) {
  FingerprintOptions o;
  o.normalize = unpack_normalize(norm_flags);
  o.unit = static_cast<ShingleUnit>(unit);
  o.k = k;
  o.window = window;
  o.seed = join_u64(seed_lo, seed_hi);
  return o;
}

int32_t winnow_fingerprint(uint32_t offset, uint32_t length, uint32_t norm_flags, uint32_t unit,
                           uint32_t k, uint32_t window, uint32_t seed_lo, uint32_t seed_hi) {
  Results& r = begin_call();
  std::string_view text;
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(offset, length, "text", text));
  SIMKIT_RETURN_IF_ERROR_CODE(check_normalize_flags(norm_flags));
  const FingerprintOptions o = unpack_fingerprint(norm_flags, unit, k, window, seed_lo, seed_hi);
  SIMKIT_RETURN_IF_ERROR_CODE(g_fingerprinter.kgrams(text, o, g_kgrams_a));
  winnow(g_kgrams_a.hashes, o.window, g_selected);
  r.u32.reserve(2 * g_selected.size());
  r.spans.reserve(2 * g_selected.size());
  for (const uint32_t p : g_selected) {
    push_u64(r.u32, g_kgrams_a.hashes[p]);
    r.spans.push_back(g_kgrams_a.spans[size_t{2} * p]);
    r.spans.push_back(g_kgrams_a.spans[size_t{2} * p + 1]);
  }
  return 0;
}

int32_t winnow_passages(uint32_t offset_a, uint32_t length_a, uint32_t offset_b, uint32_t length_b,
                        uint32_t norm_flags, uint32_t unit, uint32_t k, uint32_t seed_lo,
                        uint32_t seed_hi, uint32_t min_kgrams, uint32_t max_gap) {
  Results& r = begin_call();
  std::string_view a;
  std::string_view b;
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(offset_a, length_a, "a", a));
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(offset_b, length_b, "b", b));
  SIMKIT_RETURN_IF_ERROR_CODE(check_normalize_flags(norm_flags));
  if (min_kgrams < 1) return report(invalid_argument("minKgrams must be >= 1"));
  const FingerprintOptions o = unpack_fingerprint(norm_flags, unit, k, 1, seed_lo, seed_hi);
  SIMKIT_RETURN_IF_ERROR_CODE(g_fingerprinter.kgrams(a, o, g_kgrams_a, "a"));
  SIMKIT_RETURN_IF_ERROR_CODE(g_fingerprinter.kgrams(b, o, g_kgrams_b, "b"));
  PassageOptions po;
  po.min_kgrams = min_kgrams;
  po.max_gap = max_gap;
  g_matcher.match(g_kgrams_a, g_kgrams_b, po, g_match);
  r.u32.reserve(5 * g_match.passages.size());
  for (const Passage& p : g_match.passages)
    r.u32.insert(r.u32.end(), {p.a_begin, p.a_end, p.b_begin, p.b_end, p.kgrams});
  r.f64 = {g_match.coverage_a, g_match.coverage_b, g_match.score};
  return 0;
}

int32_t connected_components(uint32_t count, uint32_t pairs_offset, uint32_t pair_count) {
  Results& r = begin_call();
  const uint32_t* pairs = nullptr;
  if (pair_count > UINT32_MAX / 2 || !arena_u32(pairs_offset, 2 * pair_count, pairs))
    return report(invalid_argument("pairs lie outside the input arena (internal error)"));
  Components components(count);
  for (uint32_t i = 0; i < 2 * pair_count; i += 2) {
    if (pairs[i] >= count || pairs[i + 1] >= count)
      return report(invalid_argument("pairs name an item outside [0, count) (internal error)"));
    components.join(pairs[i], pairs[i + 1]);
  }
  std::vector<std::vector<uint32_t>> groups;
  components.groups(groups);
  for (const auto& g : groups) {
    r.u32.push_back(static_cast<uint32_t>(g.size()));
    r.u32.insert(r.u32.end(), g.begin(), g.end());
  }
  return 0;
}

int32_t NativeWinnowIndex::configure(uint32_t norm_flags, uint32_t unit, uint32_t k,
                                     uint32_t window, uint32_t seed_lo, uint32_t seed_hi,
                                     uint32_t max_document_frequency) {
  begin_call();
  SIMKIT_RETURN_IF_ERROR_CODE(check_normalize_flags(norm_flags));
  return report(index_.configure(unpack_fingerprint(norm_flags, unit, k, window, seed_lo, seed_hi),
                                 max_document_frequency));
}

int32_t NativeWinnowIndex::add(uint32_t id, uint32_t offset, uint32_t length, uint32_t role) {
  begin_call();
  std::string_view text;
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(offset, length, "text", text));
  if (role > 1) return report(invalid_argument("role must be 'submission' or 'reference'"));
  return report(index_.add(id, text, static_cast<DocumentRole>(role)));
}

int32_t NativeWinnowIndex::remove(uint32_t id) {
  begin_call();
  if (index_.remove(id)) return 0;
  return report({ErrorCode::kNotFound, "no document with that key"});
}

int32_t NativeWinnowIndex::set_template(uint32_t offset, uint32_t length) {
  begin_call();
  std::string_view text;
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(offset, length, "template", text));
  return report(index_.set_template(text));
}

int32_t NativeWinnowIndex::pairs(double min_similarity, uint32_t limit) {
  Results& r = begin_call();
  SIMKIT_RETURN_IF_ERROR_CODE(check_min_similarity(min_similarity));
  index_.pairs(min_similarity, limit, pairs_);
  write_pairs(pairs_, r);
  return 0;
}

int32_t NativeWinnowIndex::query(uint32_t offset, uint32_t length, double min_similarity,
                                 uint32_t limit) {
  Results& r = begin_call();
  std::string_view text;
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(offset, length, "text", text));
  SIMKIT_RETURN_IF_ERROR_CODE(check_min_similarity(min_similarity));
  SIMKIT_RETURN_IF_ERROR_CODE(index_.query(text, min_similarity, limit, pairs_));
  write_pairs(pairs_, r);
  return 0;
}

int32_t NativeWinnowIndex::save(uint32_t user_offset, uint32_t user_length) {
  return save_index(index_, user_offset, user_length);
}

int32_t NativeWinnowIndex::load(uint32_t offset, uint32_t length) {
  return load_index(index_, offset, length);
}

}  // namespace simkit::api
