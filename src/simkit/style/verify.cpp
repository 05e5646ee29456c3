// SPDX-License-Identifier: MIT
#include "simkit/style/verify.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <unordered_map>

#include "simkit/hash/xxhash.h"
#include "simkit/math/elementary.h"
#include "simkit/math/order.h"
#include "simkit/protocol.h"

namespace simkit {

namespace {

// splitmix64 (Steele, Lea & Flood 2014): tiny, fast and the same on every platform.
class SplitMix64 {
 public:
  explicit SplitMix64(uint64_t seed) : state_(seed) {}
  uint64_t next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  /// Uniform in [0, n) (n > 0), by Lemire's multiply-shift on the high 32 bits.
  uint32_t below(uint32_t n) { return static_cast<uint32_t>(((next() >> 32) * uint64_t{n}) >> 32); }

 private:
  uint64_t state_;
};

/// Impostors whose character models the combined method compares with the known texts' model.
constexpr size_t kModelImpostors = 16;

/// Words of the combined method's Cosine Delta space. Chosen by cross-validation on the PAN
/// training splits among 50-5000: 300 is best on the essays and near the best elsewhere.
constexpr uint32_t kDeltaWords = 300;

/// A text's identity: XXH3-64 of its bytes (seed 0).
uint64_t text_id(std::string_view text) { return xxh3_64(text.data(), text.size(), 0); }

double similarity_on(const std::vector<double>& a, const std::vector<double>& b,
                     const std::vector<uint32_t>& features, VerifySimilarity kind) {
  if (kind == VerifySimilarity::kMinMax) {
    double lo = 0;
    double hi = 0;
    for (const uint32_t j : features) {
      lo += std::min(a[j], b[j]);
      hi += std::max(a[j], b[j]);
    }
    return hi > 0 ? lo / hi : 0.0;
  }
  double dot = 0;
  double na = 0;
  double nb = 0;
  for (const uint32_t j : features) {
    dot += a[j] * b[j];
    na += a[j] * a[j];
    nb += b[j] * b[j];
  }
  return na > 0 && nb > 0 ? dot / (std::sqrt(na) * std::sqrt(nb)) : 0.0;
}

// The combined method's score before calibration: a logistic of the language-model scores with
// fixed weights (protocol.h; set on synthetic same/different-author pairs of the public-domain
// King James Bible, see tests/cpp); calibrate() in npm/src/style-combine.ts fits weights to the
// user's problems, shrunk toward these. Scores not computed are 0 in `scores`: they add nothing.
double default_combination(const std::array<double, kVerifyScoreCount>& scores) {
  const double z =
      kVerifyDefaultIntercept +
      kVerifyDefaultModelWeight * (scores[kKnownPredictsUnknown] + scores[kUnknownPredictsKnown]) +
      kVerifyDefaultImpostorModelWeight *
          (scores[kKnownModelBeatsImpostors] + scores[kUnknownModelBeatsImpostors]);
  return 1.0 / (1.0 + math::exp(-z));
}

}  // namespace

Status Verifier::configure(const VerifyOptions& options) {
  if (options.vocabulary < 1) return invalid_argument("vocabulary must be at least 1");
  if (options.iterations < 1) return invalid_argument("iterations must be at least 1");
  if (!(options.feature_fraction > 0 && options.feature_fraction <= 1))
    return invalid_argument("featureFraction must be in (0, 1]");
  if (options.model_order < 1 || options.model_order > kMaxCharModelOrder)
    return invalid_argument("modelOrder must be an integer in [1, " +
                            std::to_string(kMaxCharModelOrder) + "], got " +
                            std::to_string(options.model_order));
  if (options.impostors_per_iteration < 1)
    return invalid_argument("impostorsPerIteration must be at least 1");
  ProfileOptions p = options.profile;
  p.count_grams = !options.word_features;
  SIMKIT_RETURN_IF_ERROR(profiler_.configure(p));
  options_ = options;
  options_.profile = p;
  clear_impostors();
  return Status::ok();
}

Status Verifier::add_impostor(std::string_view text, std::string_view param) {
  // Everything is computed before anything is kept: a text that fails leaves the pool as it was.
  TextProfile profile;
  SIMKIT_RETURN_IF_ERROR(profiler_.profile(text, profile, nullptr, param));
  std::string normalized;
  SIMKIT_RETURN_IF_ERROR(scorer_.normalize(text, options_.profile.normalize, param, normalized));
  PassageSketch sketch;
  SIMKIT_RETURN_IF_ERROR(sketcher_.sketch(text, options_.profile.normalize, param, sketch));
  impostors_.push_back(std::move(profile));
  impostor_ids_.push_back(text_id(text));
  impostor_texts_.push_back(std::move(normalized));
  impostor_sketches_.push_back(std::move(sketch));
  delta_.clear();
  stats_.clear();
  return Status::ok();
}

const std::vector<StyleTerm>& Verifier::terms(const TextProfile& p) const {
  return options_.word_features ? p.word_counts : p.gram_counts;
}

uint64_t Verifier::total(const TextProfile& p) const {
  return options_.word_features ? p.words : p.grams;
}

// Adds `p`'s count of every vocabulary feature to counts[j]: one forward walk of the sorted
// term list, galloping from the last position (the next feature is usually a few terms on),
// instead of a binary search of the whole list per feature.
void Verifier::add_counts(const TextProfile& p, std::vector<uint64_t>& counts) const {
  const std::vector<StyleTerm>& list = terms(p);
  const size_t n = list.size();
  size_t at = 0;
  for (const auto& [key, j] : sorted_vocabulary_) {
    size_t step = 1;
    while (at + step < n && list[at + step].key < key) step *= 2;
    size_t lo = at + step / 2;  // list[lo - 1].key < key, or lo == at
    size_t hi = std::min(at + step + 1, n);
    while (lo < hi) {
      const size_t mid = lo + (hi - lo) / 2;
      if (list[mid].key < key)
        lo = mid + 1;
      else
        hi = mid;
    }
    at = lo;
    if (at == n) break;
    if (list[at].key == key) counts[j] += list[at].count;
  }
}

void Verifier::vectorize(const TextProfile& p, std::vector<double>& out) const {
  vectorize_merged({&p, 1}, out);
}

void Verifier::vectorize_merged(std::span<const TextProfile> ps, std::vector<double>& out) const {
  out.assign(vocabulary_.size(), 0.0);
  uint64_t all = 0;
  for (const TextProfile& p : ps) all += total(p);
  if (all == 0) return;
  counts_.assign(vocabulary_.size(), 0);
  for (const TextProfile& p : ps) add_counts(p, counts_);
  for (size_t j = 0; j < vocabulary_.size(); ++j)
    out[j] = static_cast<double>(counts_[j]) / static_cast<double>(all);
}

double Verifier::impostors_score(const std::vector<std::vector<double>>& known,
                                 const std::vector<double>& unknown) {
  const size_t f = vocabulary_.size();
  std::vector<uint32_t> all_features(f);
  std::iota(all_features.begin(), all_features.end(), 0U);

  // Candidate impostors: all, or the ones most similar to the unknown text.
  std::vector<uint32_t> pool(impostor_vectors_.size());
  std::iota(pool.begin(), pool.end(), 0U);
  if (options_.candidates > 0 && options_.candidates < pool.size()) {
    std::vector<double> sim(pool.size());
    for (const uint32_t i : pool)
      sim[i] = similarity_on(impostor_vectors_[i], unknown, all_features, options_.similarity);
    pool = descending_order(sim);
    pool.resize(options_.candidates);
  }
  const auto m =
      static_cast<uint32_t>(std::min<size_t>(options_.impostors_per_iteration, pool.size()));
  // A feature is drawn when a uniform 64-bit number is at most fraction * 2^64 (clamped: the
  // product can round up to 2^64, which does not fit).
  const double scaled = std::ldexp(options_.feature_fraction, 64);
  const uint64_t threshold =
      scaled >= 18446744073709551616.0 ? UINT64_MAX : static_cast<uint64_t>(scaled);

  double sum = 0;
  std::vector<uint32_t> features;
  std::vector<uint32_t> sample = pool;
  for (size_t k = 0; k < known.size(); ++k) {
    // One stream per known text, from the seed alone: a score never depends on earlier calls.
    SplitMix64 rng(options_.seed ^ (0xD1B54A32D192ED03ULL * (k + 1)));
    uint32_t hits = 0;
    for (uint32_t it = 0; it < options_.iterations; ++it) {
      features.clear();
      for (uint32_t j = 0; j < f; ++j)
        if (threshold == UINT64_MAX || rng.next() <= threshold) features.push_back(j);
      if (features.empty() && f > 0) features.push_back(rng.below(static_cast<uint32_t>(f)));
      for (uint32_t s = 0; s < m; ++s)  // partial Fisher-Yates: the first m are the sample
        std::swap(sample[s], sample[s + rng.below(static_cast<uint32_t>(sample.size()) - s)]);
      const double pair = similarity_on(known[k], unknown, features, options_.similarity);
      double best_to_unknown = 0;
      double best_to_known = 0;
      for (uint32_t s = 0; s < m; ++s) {
        const std::vector<double>& imp = impostor_vectors_[sample[s]];
        best_to_unknown =
            std::max(best_to_unknown, similarity_on(imp, unknown, features, options_.similarity));
        best_to_known =
            std::max(best_to_known, similarity_on(imp, known[k], features, options_.similarity));
      }
      hits += pair > best_to_unknown ? 1U : 0U;
      hits += pair > best_to_known ? 1U : 0U;
    }
    sum += static_cast<double>(hits) / (2.0 * options_.iterations);
  }
  return sum / static_cast<double>(known.size());
}

Status Verifier::verify(const std::vector<std::string_view>& known, std::string_view unknown,
                        VerifyMethod method, uint32_t explain_n, Verification& out) {
  if (known.empty()) return invalid_argument("known must contain at least one text");
  if (method == VerifyMethod::kImpostors && impostors_.size() < 2)
    return invalid_argument("the impostors method needs at least two impostor texts, got " +
                            std::to_string(impostors_.size()));
  names_.words.clear();
  names_.grams.clear();
  std::vector<TextProfile> known_profiles(known.size());
  for (size_t i = 0; i < known.size(); ++i) {
    SIMKIT_RETURN_IF_ERROR(profiler_.profile(known[i], known_profiles[i], &names_,
                                             "known[" + std::to_string(i) + "]"));
  }
  TextProfile unknown_profile;
  SIMKIT_RETURN_IF_ERROR(profiler_.profile(unknown, unknown_profile, &names_, "unknown"));

  // Vocabulary: the problem's own most frequent features (ties by name, then key).
  std::unordered_map<uint64_t, uint64_t> totals;
  for (const TextProfile& p : known_profiles)
    for (const StyleTerm& t : terms(p)) totals[t.key] += t.count;
  for (const StyleTerm& t : terms(unknown_profile)) totals[t.key] += t.count;
  std::vector<std::pair<uint64_t, uint64_t>> ranked(totals.begin(), totals.end());
  const auto& dict = options_.word_features ? names_.words : names_.grams;
  const size_t v = std::min<size_t>(options_.vocabulary, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(v), ranked.end(),
                    [&](const auto& a, const auto& b) {
                      if (a.second != b.second) return a.second > b.second;
                      const auto ia = dict.find(a.first);
                      const auto ib = dict.find(b.first);
                      if (ia != dict.end() && ib != dict.end() && ia->second != ib->second)
                        return ia->second < ib->second;
                      return a.first < b.first;
                    });
  vocabulary_.resize(v);
  sorted_vocabulary_.resize(v);
  for (size_t j = 0; j < v; ++j) {
    vocabulary_[j] = ranked[j].first;
    sorted_vocabulary_[j] = {ranked[j].first, static_cast<uint32_t>(j)};
  }
  std::sort(sorted_vocabulary_.begin(), sorted_vocabulary_.end());

  std::vector<double> merged;
  std::vector<double> u;
  vectorize_merged(known_profiles, merged);
  vectorize(unknown_profile, u);
  std::vector<uint32_t> all_features(v);
  std::iota(all_features.begin(), all_features.end(), 0U);
  // The impostors of this problem: all but the problem's own texts and passages of them (when
  // the pool is made of every problem's texts, or an impostor was given twice by mistake).
  std::vector<uint64_t> own(known.size() + 1);
  for (size_t i = 0; i < known.size(); ++i) own[i] = text_id(known[i]);
  own.back() = text_id(unknown);
  // The cosine score does not use them; only its explanation's z-scores do.
  const bool use_impostors = method != VerifyMethod::kCosine || explain_n > 0;
  own_sketches_.resize(use_impostors && !impostors_.empty() ? known.size() + 1 : 0);
  for (size_t i = 0; i < own_sketches_.size(); ++i)
    SIMKIT_RETURN_IF_ERROR(sketcher_.sketch(i < known.size() ? known[i] : unknown,
                                            options_.profile.normalize, "text", own_sketches_[i]));
  impostor_vectors_.clear();
  used_impostors_.clear();
  for (size_t i = 0; use_impostors && i < impostors_.size(); ++i) {
    if (std::find(own.begin(), own.end(), impostor_ids_[i]) != own.end()) continue;
    if (std::any_of(own_sketches_.begin(), own_sketches_.end(), [&](const PassageSketch& t) {
          return share_passage(t, impostor_sketches_[i]);
        }))
      continue;
    used_impostors_.push_back(i);
    vectorize(impostors_[i], impostor_vectors_.emplace_back());
  }
  if (method == VerifyMethod::kImpostors && impostor_vectors_.size() < 2)
    return invalid_argument(
        "the impostors method needs at least two impostor texts besides the "
        "problem's own, got " +
        std::to_string(impostor_vectors_.size()));
  const VerifySimilarity sim_kind =
      method == VerifyMethod::kImpostors ? options_.similarity : VerifySimilarity::kCosine;
  out.similarity = similarity_on(merged, u, all_features, sim_kind);
  out.scores.clear();
  out.score_mask = 0;
  if (method == VerifyMethod::kCosine) {
    out.score = out.similarity;
  } else if (method == VerifyMethod::kCombined) {
    double known_predicts_unknown = 0;
    double unknown_predicts_known = 0;
    SIMKIT_RETURN_IF_ERROR(scorer_.score(known, unknown, options_.profile.normalize,
                                         options_.model_order, known_predicts_unknown,
                                         unknown_predicts_known));
    std::array<double, kVerifyScoreCount> all{};
    uint32_t mask = 0;
    const auto put = [&](VerifyScore k, double value) {
      all[k] = value;
      mask |= 1U << k;
    };
    put(kCosineScore, out.similarity);
    put(kKnownPredictsUnknown, known_predicts_unknown);
    put(kUnknownPredictsKnown, unknown_predicts_known);
    if (impostor_vectors_.size() >= 2) {
      put(kImpostorsScore, impostors_score({merged}, u));
      // Character models of a few impostors, evenly spread over the pool (deterministic).
      std::vector<const std::string*> sample;
      const size_t n = used_impostors_.size();
      const size_t m = std::min<size_t>(n, kModelImpostors);
      for (size_t j = 0; j < m; ++j) sample.push_back(&impostor_texts_[used_impostors_[j * n / m]]);
      double known_model = 0;
      double unknown_model = 0;
      scorer_.against_impostors(sample, options_.model_order, known_model, unknown_model);
      put(kKnownModelBeatsImpostors, known_model);
      put(kUnknownModelBeatsImpostors, unknown_model);
      // The background is the whole pool (its word frequencies barely move with one problem's
      // texts in or out): fitted once, not per problem.
      if (!delta_.fitted()) delta_.fit(impostors_, kDeltaWords);
      put(kCosineDelta, delta_.cosine(known_profiles, unknown_profile));
      if (!stats_.fitted()) stats_.fit(impostors_);
      std::vector<size_t> own_in_pool;  // left out above: the problem's texts or passages of them
      for (size_t i = 0, next = 0; i < impostors_.size(); ++i) {
        if (next < used_impostors_.size() && used_impostors_[next] == i)
          ++next;
        else
          own_in_pool.push_back(i);
      }
      put(kStatsDelta, stats_.similarity(known_profiles, unknown_profile, impostors_, own_in_pool));
    }
    if (options_.distortion == Distortion::kMaskContentWords) {
      // The same scores once the topic is masked (after the impostor models: score() below
      // replaces the texts the scorer holds).
      masked_known_.resize(known.size());
      for (size_t i = 0; i < known.size(); ++i) {
        SIMKIT_RETURN_IF_ERROR(scorer_.normalize(known[i], options_.profile.normalize,
                                                 "known[" + std::to_string(i) + "]",
                                                 masked_scratch_));
        masked_known_[i].clear();
        mask_content_words(masked_scratch_, masked_known_[i]);
      }
      SIMKIT_RETURN_IF_ERROR(
          scorer_.normalize(unknown, options_.profile.normalize, "unknown", masked_scratch_));
      masked_unknown_.clear();
      mask_content_words(masked_scratch_, masked_unknown_);
      double cosine = 0;
      SIMKIT_RETURN_IF_ERROR(masked_cosine(masked_known_, masked_unknown_, cosine));
      const std::vector<std::string_view> views(masked_known_.begin(), masked_known_.end());
      SIMKIT_RETURN_IF_ERROR(scorer_.score(views, masked_unknown_, options_.profile.normalize,
                                           options_.model_order, known_predicts_unknown,
                                           unknown_predicts_known));
      put(kMaskedCosine, cosine);
      put(kMaskedKnownPredictsUnknown, known_predicts_unknown);
      put(kMaskedUnknownPredictsKnown, unknown_predicts_known);
    }
    out.score_mask = mask;
    for (uint32_t k = 0; k < kVerifyScoreCount; ++k)
      if ((mask >> k) & 1U) out.scores.push_back(all[k]);
    out.score = default_combination(all);
  } else {
    std::vector<std::vector<double>> known_vectors;
    if (options_.merge_known) {
      known_vectors.push_back(merged);
    } else {
      known_vectors.resize(known_profiles.size());
      for (size_t i = 0; i < known_profiles.size(); ++i)
        vectorize(known_profiles[i], known_vectors[i]);
    }
    out.score = impostors_score(known_vectors, u);
  }

  explain(merged, u, sim_kind, explain_n, out);
  return Status::ok();
}

Status Verifier::masked_cosine(const std::vector<std::string>& known, const std::string& unknown,
                               double& out) {
  std::vector<TextProfile> profiles(known.size() + 1);
  for (size_t i = 0; i < known.size(); ++i)
    SIMKIT_RETURN_IF_ERROR(profiler_.profile(known[i], profiles[i], nullptr, "known"));
  SIMKIT_RETURN_IF_ERROR(profiler_.profile(unknown, profiles.back(), nullptr, "unknown"));
  // Counts on each side, then the most frequent features of both (ties by key).
  std::unordered_map<uint64_t, std::pair<uint64_t, uint64_t>> counts;
  for (size_t i = 0; i < profiles.size(); ++i)
    for (const StyleTerm& t : terms(profiles[i]))
      (i < known.size() ? counts[t.key].first : counts[t.key].second) += t.count;
  std::vector<std::pair<uint64_t, std::pair<uint64_t, uint64_t>>> ranked(counts.begin(),
                                                                         counts.end());
  const size_t v = std::min<size_t>(options_.vocabulary, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(v), ranked.end(),
                    [](const auto& a, const auto& b) {
                      const uint64_t ta = a.second.first + a.second.second;
                      const uint64_t tb = b.second.first + b.second.second;
                      return ta != tb ? ta > tb : a.first < b.first;
                    });
  double dot = 0;
  double nk = 0;
  double nu = 0;
  for (size_t j = 0; j < v; ++j) {
    const auto k = static_cast<double>(ranked[j].second.first);
    const auto x = static_cast<double>(ranked[j].second.second);
    dot += k * x;
    nk += k * k;
    nu += x * x;
  }
  out = nk > 0 && nu > 0 ? dot / (std::sqrt(nk) * std::sqrt(nu)) : 0.0;
  return Status::ok();
}

void Verifier::explain(const std::vector<double>& known, const std::vector<double>& unknown,
                       VerifySimilarity kind, uint32_t n, Verification& out) const {
  out.shared.clear();
  out.differing.clear();
  if (n == 0) return;
  const size_t v = vocabulary_.size();
  std::vector<VerifyTerm> all(v);
  const bool background = impostor_vectors_.size() >= 2;
  if (background) {
    // Habits relative to other authors: z-scores against the impostors' mean and sample sd.
    const auto m = static_cast<double>(impostor_vectors_.size());
    for (size_t j = 0; j < v; ++j) {
      double mean = 0;
      for (const auto& iv : impostor_vectors_) mean += iv[j];
      mean /= m;
      double var = 0;
      for (const auto& iv : impostor_vectors_) var += (iv[j] - mean) * (iv[j] - mean);
      const double sd = std::sqrt(var / (m - 1));
      const double zk = sd > 0 ? (known[j] - mean) / sd : 0.0;
      const double zu = sd > 0 ? (unknown[j] - mean) / sd : 0.0;
      all[j] = {vocabulary_[j], known[j], unknown[j], zk, zu, zk * zu};
    }
  } else {
    // An exact decomposition of the similarity into per-feature shares.
    double norm = 0;
    double nk = 0;
    double nu = 0;
    for (size_t j = 0; j < v; ++j) {
      norm += std::max(known[j], unknown[j]);
      nk += known[j] * known[j];
      nu += unknown[j] * unknown[j];
    }
    const double cos_norm = nk > 0 && nu > 0 ? std::sqrt(nk) * std::sqrt(nu) : 0.0;
    for (size_t j = 0; j < v; ++j) {
      double share = 0;
      if (kind == VerifySimilarity::kMinMax)
        share = norm > 0 ? std::min(known[j], unknown[j]) / norm : 0.0;
      else
        share = cos_norm > 0 ? known[j] * unknown[j] / cos_norm : 0.0;
      all[j] = {vocabulary_[j], known[j], unknown[j], 0.0, 0.0, share};
    }
  }
  std::vector<double> contributions(v);
  const auto by_contribution = [&] {
    for (size_t j = 0; j < v; ++j) contributions[j] = all[j].contribution;
    apply_order(all, descending_order(contributions));
  };
  by_contribution();
  out.shared.clear();
  for (const VerifyTerm& t : all) {
    if (out.shared.size() >= n || t.contribution <= 0) break;
    out.shared.push_back(t);
  }
  double total = 0;
  for (const VerifyTerm& t : all) total += std::max(t.known, t.unknown);
  for (VerifyTerm& t : all) {
    t.contribution = background ? std::fabs(t.known_z - t.unknown_z)
                                : (total > 0 ? std::fabs(t.known - t.unknown) / total : 0.0);
  }
  by_contribution();
  out.differing.assign(all.begin(),
                       all.begin() + static_cast<std::ptrdiff_t>(std::min<size_t>(n, v)));
}

std::string Verifier::name(uint64_t key) const {
  return names_.name(options_.word_features ? StyleKind::kWord : StyleKind::kCharGram, key);
}

}  // namespace simkit
