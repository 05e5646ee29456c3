// SPDX-License-Identifier: MIT
#include "style_api.h"

#include <algorithm>
#include <string>

#include "arena.h"
#include "batch.h"
#include "simkit/protocol.h"
#include "text_api.h"

namespace simkit::api {

namespace {

StyleProfiler g_profiler;
StyleDictionary g_names;
TextProfile g_profile;

void push_name(Results& r, std::string_view name) {
  r.bytes.insert(r.bytes.end(), name.begin(), name.end());
  r.spans.push_back(static_cast<uint32_t>(r.bytes.size()));
}

// The `top` most frequent terms (ties by name): counts to f64, names to bytes/spans.
uint32_t list_top(Results& r, const std::vector<StyleTerm>& terms, uint32_t top,
                  const std::unordered_map<uint64_t, std::string>* names, StyleKind kind) {
  std::vector<std::pair<const StyleTerm*, std::string>> ranked;
  ranked.reserve(terms.size());
  for (const StyleTerm& t : terms) {
    std::string name;
    if (names != nullptr) {
      const auto it = names->find(t.key);
      if (it != names->end()) name = it->second;
    } else {
      name = g_names.name(kind, t.key);
    }
    ranked.emplace_back(&t, std::move(name));
  }
  const size_t n = std::min<size_t>(top, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(n), ranked.end(),
                    [](const auto& a, const auto& b) {
                      if (a.first->count != b.first->count) return a.first->count > b.first->count;
                      return a.second < b.second;
                    });
  for (size_t i = 0; i < n; ++i) {
    r.f64.push_back(ranked[i].first->count);
    push_name(r, ranked[i].second);
  }
  return static_cast<uint32_t>(n);
}

Status check_method(uint32_t method, uint32_t aggregate) {
  if (method > 2) return invalid_argument("method must be 'burrows', 'eder' or 'cosine'");
  if (aggregate > 1) return invalid_argument("aggregate must be 'centroid' or 'nearest'");
  return Status::ok();
}

}  // namespace

int32_t style_profile(uint32_t offset, uint32_t length, uint32_t norm_flags, uint32_t char_n,
                      uint32_t top) {
  Results& r = begin_call();
  std::string_view text;
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(offset, length, "text", text));
  SIMKIT_RETURN_IF_ERROR_CODE(check_normalize_flags(norm_flags));
  ProfileOptions o;
  o.normalize = unpack_normalize(norm_flags);
  o.count_grams = char_n > 0;
  o.char_n = char_n > 0 ? char_n : 3;
  SIMKIT_RETURN_IF_ERROR_CODE(g_profiler.configure(o));
  g_names.words.clear();
  g_names.grams.clear();
  SIMKIT_RETURN_IF_ERROR_CODE(g_profiler.profile(text, g_profile, &g_names));
  const TextProfile& p = g_profile;
  r.f64 = {static_cast<double>(p.words), static_cast<double>(p.sentences),
           static_cast<double>(p.punctuation), static_cast<double>(p.grams)};
  r.f64.insert(r.f64.end(), p.stats.begin(), p.stats.end());
  r.u32.push_back(list_top(r, p.word_counts, top, &g_names.words, StyleKind::kWord));
  r.u32.push_back(list_top(r, p.punct_counts, kNoValue, nullptr, StyleKind::kPunctuation));
  r.u32.push_back(list_top(r, p.gram_counts, top, &g_names.grams, StyleKind::kCharGram));
  return 0;
}

int32_t NativeAuthorship::configure(uint32_t norm_flags, uint32_t char_n, uint32_t mfw,
                                    uint32_t mfc, uint32_t max_punctuation, uint32_t features,
                                    uint32_t words_offset, uint32_t words_length) {
  begin_call();
  SIMKIT_RETURN_IF_ERROR_CODE(check_normalize_flags(norm_flags));
  std::string_view words;
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(words_offset, words_length, "functionWords", words));
  StyleModelOptions o;
  o.profile.normalize = unpack_normalize(norm_flags);
  o.profile.char_n = char_n;
  o.mfw = mfw;
  o.mfc = mfc;
  o.max_punctuation = max_punctuation;
  o.stats = (features & 1U) != 0;
  while (!words.empty()) {
    const size_t end = std::min(words.find('\n'), words.size());
    if (end > 0) o.function_words.emplace_back(words.substr(0, end));
    words.remove_prefix(std::min(end + 1, words.size()));
  }
  return report(model_.configure(o));
}

int32_t NativeAuthorship::add(uint32_t bytes_offset, uint32_t bytes_length, uint32_t ends_offset,
                              uint32_t count, uint32_t authors_offset) {
  begin_call();
  const uint32_t* authors = nullptr;
  if (!arena_u32(authors_offset, count, authors))
    return report(invalid_argument("authors (internal error)"));
  return report(each_text(
      bytes_offset, bytes_length, ends_offset, count, [&](uint32_t i, std::string_view text) {
        // Author kNoText: a reference text (npm/src/style.ts adds them after the training set).
        const std::string param = authors[i] == kNoText
                                      ? "reference[" + std::to_string(references_++) + "]"
                                      : "training[" + std::to_string(trained_++) + "].text";
        return model_.add(text, authors[i], param);
      }));
}

int32_t NativeAuthorship::fit() {
  begin_call();
  return report(model_.fit());
}

int32_t NativeAuthorship::features() {
  Results& r = begin_call();
  if (!model_.fitted()) return report(invalid_argument("the model is not fitted"));
  const auto& fs = model_.features();
  for (uint32_t f = 0; f < fs.size(); ++f) {
    r.u32.push_back(static_cast<uint32_t>(fs[f].kind));
    push_name(r, model_.feature_name(f));
  }
  return 0;
}

int32_t NativeAuthorship::attribute(uint32_t offset, uint32_t length, uint32_t method,
                                    uint32_t aggregate, uint32_t explain) {
  Results& r = begin_call();
  std::string_view text;
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(offset, length, "text", text));
  SIMKIT_RETURN_IF_ERROR_CODE(check_method(method, aggregate));
  SIMKIT_RETURN_IF_ERROR_CODE(model_.attribute(text, static_cast<DeltaMethod>(method),
                                               static_cast<AuthorAggregate>(aggregate), result_));
  r.u32 = {result_.best, result_.runner_up};
  r.f64 = result_.distances;
  const auto& c = result_.contributions;
  const size_t n = std::min<size_t>(explain, c.size());
  auto push = [&](const FeatureContribution& fc) {
    r.u32.push_back(fc.feature);
    r.f64.insert(r.f64.end(), {result_.z[fc.feature], result_.best_z[fc.feature],
                               result_.runner_z[fc.feature], fc.contribution});
  };
  for (size_t i = 0; i < n; ++i) push(c[i]);
  for (size_t i = 0; i < n; ++i) push(c[c.size() - 1 - i]);
  return 0;
}

int32_t NativeAuthorship::leave_one_out(uint32_t method, uint32_t aggregate) {
  Results& r = begin_call();
  SIMKIT_RETURN_IF_ERROR_CODE(check_method(method, aggregate));
  SIMKIT_RETURN_IF_ERROR_CODE(model_.leave_one_out(static_cast<DeltaMethod>(method),
                                                   static_cast<AuthorAggregate>(aggregate),
                                                   predicted_, margins_));
  r.u32 = predicted_;
  r.f64 = margins_;
  return 0;
}

int32_t NativeVerifier::configure(uint32_t norm_flags, uint32_t char_n, uint32_t flags,
                                  uint32_t vocabulary, uint32_t iterations, double feature_fraction,
                                  uint32_t per_iteration, uint32_t candidates, uint32_t seed_lo,
                                  uint32_t seed_hi) {
  begin_call();
  SIMKIT_RETURN_IF_ERROR_CODE(check_normalize_flags(norm_flags));
  VerifyOptions o;
  o.profile.normalize = unpack_normalize(norm_flags);
  o.profile.char_n = char_n;
  o.word_features = (flags & kVerifyWordFeatures) != 0;
  o.similarity =
      (flags & kVerifyCosine) != 0 ? VerifySimilarity::kCosine : VerifySimilarity::kMinMax;
  o.merge_known = (flags & kVerifyEachKnown) == 0;
  o.model_order = (flags >> kVerifyModelOrderShift) & 0xFFU;
  o.distortion =
      (flags & kVerifyMaskContentWords) != 0 ? Distortion::kMaskContentWords : Distortion::kNone;
  o.vocabulary = vocabulary;
  o.iterations = iterations;
  o.feature_fraction = feature_fraction;
  o.impostors_per_iteration = per_iteration;
  o.candidates = candidates;
  o.seed = join_u64(seed_lo, seed_hi);
  return report(verifier_.configure(o));
}

int32_t NativeVerifier::add_impostors(uint32_t bytes_offset, uint32_t bytes_length,
                                      uint32_t ends_offset, uint32_t count) {
  begin_call();
  const size_t first = verifier_.impostors();
  return report(each_text(
      bytes_offset, bytes_length, ends_offset, count,
      [&](uint32_t i, std::string_view text) {
        return verifier_.add_impostor(text, "impostors[" + std::to_string(first + i) + "]");
      },
      "impostors"));
}

int32_t NativeVerifier::verify(uint32_t bytes_offset, uint32_t bytes_length, uint32_t ends_offset,
                               uint32_t count, uint32_t method, uint32_t explain) {
  Results& r = begin_call();
  if (method > 2)
    return report(invalid_argument("method must be 'combined', 'cosine' or 'impostors'"));
  if (count < 2) return report(invalid_argument("known must contain at least one text"));
  std::vector<std::string_view> texts;
  SIMKIT_RETURN_IF_ERROR_CODE(each_text(bytes_offset, bytes_length, ends_offset, count,
                                        [&](uint32_t, std::string_view text) {
                                          texts.push_back(text);
                                          return Status::ok();
                                        }));
  const std::string_view unknown = texts.back();
  texts.pop_back();
  SIMKIT_RETURN_IF_ERROR_CODE(
      verifier_.verify(texts, unknown, static_cast<VerifyMethod>(method), explain, result_));
  r.f64 = {result_.score, result_.similarity};
  r.u32 = {static_cast<uint32_t>(result_.shared.size()),
           static_cast<uint32_t>(result_.differing.size()),
           static_cast<uint32_t>(result_.scores.size()), result_.score_mask};
  for (const auto* list : {&result_.shared, &result_.differing}) {
    for (const VerifyTerm& t : *list) {
      r.f64.insert(r.f64.end(), {t.known, t.unknown, t.known_z, t.unknown_z, t.contribution});
      push_name(r, verifier_.name(t.key));
    }
  }
  r.f64.insert(r.f64.end(), result_.scores.begin(), result_.scores.end());
  return 0;
}

}  // namespace simkit::api
