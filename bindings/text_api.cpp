// SPDX-License-Identifier: MIT
#include "text_api.h"

#include "arena.h"
#include "simkit/protocol.h"
#include "simkit/set/jaccard.h"

namespace simkit::api {

namespace {
Shingles g_shingles_a;
Shingles g_shingles_b;
}  // namespace

Shingler& shared_shingler() {
  static Shingler shingler;
  return shingler;
}

namespace {
constexpr uint32_t kNormalizeBits = kNormalizeFormMask | kNormalizeCaseFold |
                                    kNormalizeStripDiacritics | kNormalizeCollapseWhitespace |
                                    kNormalizeReplaceInvalid;
// The codes the TS layer sends are indexes into the protocol's name tables.
static_assert(kNormalFormNames[static_cast<size_t>(NormalForm::kNone)] == "none" &&
              kNormalFormNames[static_cast<size_t>(NormalForm::kNfc)] == "NFC" &&
              kNormalFormNames[static_cast<size_t>(NormalForm::kNfkc)] == "NFKC");
static_assert(kShingleUnitNames[static_cast<size_t>(ShingleUnit::kWord)] == "word" &&
              kShingleUnitNames[static_cast<size_t>(ShingleUnit::kChar)] == "char");
}  // namespace

Status check_normalize_flags(uint32_t flags) {
  if ((flags & kNormalizeFormMask) >= std::size(kNormalFormNames) || (flags & ~kNormalizeBits) != 0)
    return invalid_argument("normalize options are unknown");
  return Status::ok();
}

NormalizeOptions unpack_normalize(uint32_t flags) {
  NormalizeOptions o;
  o.form = static_cast<NormalForm>(flags & kNormalizeFormMask);
  o.case_fold = (flags & kNormalizeCaseFold) != 0;
  o.strip_diacritics = (flags & kNormalizeStripDiacritics) != 0;
  o.collapse_whitespace = (flags & kNormalizeCollapseWhitespace) != 0;
  o.replace_invalid = (flags & kNormalizeReplaceInvalid) != 0;
  return o;
}

ShingleOptions unpack_shingle(uint32_t norm_flags, uint32_t unit, uint32_t size, uint32_t seed_lo,
                              uint32_t seed_hi) {
  ShingleOptions o;
  o.normalize = unpack_normalize(norm_flags);
  o.unit = static_cast<ShingleUnit>(unit);
  o.size = size;
  o.seed = join_u64(seed_lo, seed_hi);
  return o;
}

int32_t text_normalize(uint32_t offset, uint32_t length, uint32_t norm_flags, uint32_t with_map) {
  Results& r = begin_call();
  std::string_view text;
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(offset, length, "text", text));
  SIMKIT_RETURN_IF_ERROR_CODE(check_normalize_flags(norm_flags));
  Shingler& sh = shared_shingler();
  SIMKIT_RETURN_IF_ERROR_CODE(sh.normalize(text, unpack_normalize(norm_flags), "text"));
  const NormalizedText& n = sh.normalized();
  r.bytes.assign(n.text.begin(), n.text.end());
  if (with_map != 0) {
    r.spans.resize(2 * n.text.size());
    for (size_t i = 0; i < n.text.size(); ++i) {
      r.spans[2 * i] = n.source_begin[i];
      r.spans[2 * i + 1] = n.source_end[i];
    }
  }
  return 0;
}

int32_t text_tokenize(uint32_t offset, uint32_t length, uint32_t norm_flags) {
  Results& r = begin_call();
  std::string_view text;
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(offset, length, "text", text));
  SIMKIT_RETURN_IF_ERROR_CODE(check_normalize_flags(norm_flags));
  Shingler& sh = shared_shingler();
  static std::vector<TokenRange> tokens;
  SIMKIT_RETURN_IF_ERROR_CODE(sh.tokenize(text, unpack_normalize(norm_flags), tokens));
  const NormalizedText& n = sh.normalized();
  r.bytes.assign(n.text.begin(), n.text.end());
  r.spans.reserve(2 * tokens.size());
  r.u32.reserve(2 * tokens.size());
  for (const TokenRange& t : tokens) {
    r.spans.push_back(n.source_begin[t.begin]);
    r.spans.push_back(n.source_end[t.end - 1]);
    r.u32.push_back(t.begin);
    r.u32.push_back(t.end);
  }
  return 0;
}

int32_t text_shingles(uint32_t offset, uint32_t length, uint32_t norm_flags, uint32_t unit,
                      uint32_t size, uint32_t seed_lo, uint32_t seed_hi, uint32_t with_spans) {
  Results& r = begin_call();
  std::string_view text;
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(offset, length, "text", text));
  const ShingleOptions o = unpack_shingle(norm_flags, unit, size, seed_lo, seed_hi);
  const Status s = shared_shingler().shingle(text, o, g_shingles_a, with_spans != 0);
  if (!s.is_ok()) return report(s);
  r.u32.resize(2 * g_shingles_a.hashes.size());
  for (size_t i = 0; i < g_shingles_a.hashes.size(); ++i) {
    r.u32[2 * i] = static_cast<uint32_t>(g_shingles_a.hashes[i]);
    r.u32[2 * i + 1] = static_cast<uint32_t>(g_shingles_a.hashes[i] >> 32);
  }
  r.spans = g_shingles_a.spans;
  return 0;
}

int32_t text_set_similarity(uint32_t offset_a, uint32_t length_a, uint32_t offset_b,
                            uint32_t length_b, uint32_t norm_flags, uint32_t unit, uint32_t size,
                            uint32_t seed_lo, uint32_t seed_hi) {
  Results& r = begin_call();
  std::string_view a;
  std::string_view b;
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(offset_a, length_a, "a", a));
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(offset_b, length_b, "b", b));
  const ShingleOptions o = unpack_shingle(norm_flags, unit, size, seed_lo, seed_hi);
  Shingler& sh = shared_shingler();
  Status s = sh.shingle(a, o, g_shingles_a, false, "a");
  if (s.is_ok()) s = sh.shingle(b, o, g_shingles_b, false, "b");
  if (!s.is_ok()) return report(s);
  to_hash_set(g_shingles_a.hashes);
  to_hash_set(g_shingles_b.hashes);
  const SetOverlap ov = set_overlap(g_shingles_a.hashes, g_shingles_b.hashes);
  r.f64 = {ov.jaccard(),
           ov.containment_a_in_b(),
           ov.containment_b_in_a(),
           static_cast<double>(ov.size_a),
           static_cast<double>(ov.size_b),
           static_cast<double>(ov.intersection)};
  return 0;
}

}  // namespace simkit::api
