// SPDX-License-Identifier: MIT
#include "simkit/style/attribution.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "simkit/math/order.h"
#include "simkit/style/delta_space.h"

namespace simkit {

Status AttributionModel::configure(const StyleModelOptions& options) {
  SIMKIT_RETURN_IF_ERROR(profiler_.configure(options.profile));
  if (options.mfw == 0 && options.mfc == 0 && options.max_punctuation == 0 && !options.stats &&
      options.function_words.empty()) {
    return invalid_argument(
        "features must select at least one feature (mfw, mfc, punctuation, "
        "stats or functionWords)");
  }
  options_ = options;
  options_.profile.count_grams = options.mfc > 0;
  SIMKIT_RETURN_IF_ERROR(profiler_.configure(options_.profile));
  // Function words are normalized like texts; each gives its tokens, in the order given.
  function_keys_.clear();
  std::unordered_set<uint64_t> seen;
  Shingler shingler;
  std::vector<TokenRange> tokens;
  for (size_t i = 0; i < options.function_words.size(); ++i) {
    SIMKIT_RETURN_IF_ERROR(shingler.normalize(options.function_words[i], options.profile.normalize,
                                              "functionWords[" + std::to_string(i) + "]", false));
    const std::string& t = shingler.normalized().text;
    word_tokens(t, tokens);
    for (const TokenRange& r : tokens) {
      const std::string word = t.substr(r.begin, r.end - r.begin);
      const uint64_t key = style_word_key(word);
      if (!seen.insert(key).second) continue;
      function_keys_.push_back(key);
      names_.words.emplace(key, word);
    }
  }
  if (!options.function_words.empty() && function_keys_.empty())
    return invalid_argument("functionWords contains no words");
  profiles_.clear();
  author_of_.clear();
  authors_ = 0;
  fitted_ = false;
  return Status::ok();
}

Status AttributionModel::add(std::string_view text, uint32_t author, std::string_view param) {
  TextProfile p;
  SIMKIT_RETURN_IF_ERROR(profiler_.profile(text, p, &names_, param));
  profiles_.push_back(std::move(p));
  author_of_.push_back(author);
  if (author != kNoText) authors_ = std::max(authors_, author + 1);
  fitted_ = false;
  return Status::ok();
}

void AttributionModel::choose_features(uint32_t exclude) {
  features_.clear();
  if (!function_keys_.empty()) {
    for (const uint64_t k : function_keys_) features_.push_back({StyleKind::kWord, k});
  } else if (options_.mfw > 0) {
    for (const uint64_t k :
         most_frequent(profiles_, exclude, &TextProfile::word_counts, options_.mfw, &names_.words))
      features_.push_back({StyleKind::kWord, k});
  }
  if (options_.mfc > 0) {
    for (const uint64_t k :
         most_frequent(profiles_, exclude, &TextProfile::gram_counts, options_.mfc, &names_.grams))
      features_.push_back({StyleKind::kCharGram, k});
  }
  if (options_.max_punctuation > 0) {
    for (const uint64_t k : most_frequent(profiles_, exclude, &TextProfile::punct_counts,
                                          options_.max_punctuation, nullptr))
      features_.push_back({StyleKind::kPunctuation, k});
  }
  if (options_.stats) {
    for (uint64_t s = 0; s < kStatCount; ++s) features_.push_back({StyleKind::kStat, s});
  }
}

Status AttributionModel::fit(uint32_t exclude) {
  std::vector<uint32_t> texts_per_author(authors_, 0);
  size_t used = 0;      // texts that choose the features and z-score them (reference included)
  size_t authored = 0;  // of those, the candidates' own
  for (size_t i = 0; i < profiles_.size(); ++i) {
    if (i == exclude) continue;
    ++used;
    if (author_of_[i] == kNoText) continue;
    ++texts_per_author[author_of_[i]];
    ++authored;
  }
  const auto with_texts =
      std::count_if(texts_per_author.begin(), texts_per_author.end(), [](uint32_t n) { return n; });
  if (with_texts < 2 || authored < 3) {
    return invalid_argument(
        "training needs texts of at least two authors and three texts in all, "
        "got " +
        std::to_string(authored) + " texts of " + std::to_string(with_texts) + " authors");
  }
  choose_features(exclude);
  in_fit_.assign(profiles_.size(), 1);
  if (exclude < profiles_.size()) in_fit_[exclude] = 0;
  fit_texts_ = texts_per_author;
  const size_t f = features_.size();
  text_z_.assign(profiles_.size(), {});
  // Relative frequencies first (stored in text_z_), then mean and sample sd per feature (in
  // text order), then the z-scores in place.
  std::vector<const std::vector<double>*> rows;
  rows.reserve(used);
  for (size_t i = 0; i < profiles_.size(); ++i) {
    if (i == exclude) continue;
    std::vector<double>& row = text_z_[i];
    row.resize(f);
    for (size_t j = 0; j < f; ++j) row[j] = profiles_[i].value(features_[j].kind, features_[j].key);
    rows.push_back(&row);
  }
  column_moments(rows, mean_, sd_);
  for (size_t i = 0; i < profiles_.size(); ++i) {
    if (i == exclude) continue;
    for (size_t j = 0; j < f; ++j)
      text_z_[i][j] = sd_[j] > 0 ? (text_z_[i][j] - mean_[j]) / sd_[j] : 0.0;
  }
  centroid_.assign(authors_, std::vector<double>(f, 0.0));
  for (size_t i = 0; i < profiles_.size(); ++i) {
    if (i == exclude || author_of_[i] == kNoText) continue;
    std::vector<double>& c = centroid_[author_of_[i]];
    for (size_t j = 0; j < f; ++j) c[j] += text_z_[i][j];
  }
  for (uint32_t a = 0; a < authors_; ++a) {
    if (texts_per_author[a] == 0) continue;
    for (double& v : centroid_[a]) v /= texts_per_author[a];
  }
  fitted_ = true;
  return Status::ok();
}

void AttributionModel::z_scores(const TextProfile& p, std::vector<double>& z) const {
  z.resize(features_.size());
  for (size_t j = 0; j < features_.size(); ++j) {
    const double v = p.value(features_[j].kind, features_[j].key);
    z[j] = sd_[j] > 0 ? (v - mean_[j]) / sd_[j] : 0.0;
  }
}

double AttributionModel::distance(const std::vector<double>& a, const std::vector<double>& b,
                                  DeltaMethod method) const {
  const size_t f = features_.size();
  if (method == DeltaMethod::kCosine) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (size_t j = 0; j < f; ++j) {
      dot += a[j] * b[j];
      na += a[j] * a[j];
      nb += b[j] * b[j];
    }
    return na > 0 && nb > 0 ? 1.0 - dot / (std::sqrt(na) * std::sqrt(nb)) : 1.0;
  }
  if (f == 0) return 0.0;  // no feature varied (e.g. texts without words): nothing tells apart
  double sum = 0;
  const auto count = static_cast<double>(f);
  for (size_t j = 0; j < f; ++j) {
    const double w = method == DeltaMethod::kEder ? (count - static_cast<double>(j)) / count : 1.0;
    sum += w * std::fabs(a[j] - b[j]);
  }
  return sum / count;
}

void AttributionModel::attribute_profile(const TextProfile& p, DeltaMethod method,
                                         AuthorAggregate aggregate, Attribution& out) const {
  z_scores(p, out.z);
  out.distances.assign(authors_, std::numeric_limits<double>::infinity());
  std::vector<uint32_t> nearest(authors_, kNoText);  // the author's nearest text (kNearest)
  if (aggregate == AuthorAggregate::kCentroid) {
    for (uint32_t a = 0; a < authors_; ++a)
      if (fit_texts_[a] > 0) out.distances[a] = distance(out.z, centroid_[a], method);
  } else {
    for (size_t i = 0; i < profiles_.size(); ++i) {
      if (in_fit_[i] == 0 || author_of_[i] == kNoText) continue;
      const uint32_t a = author_of_[i];
      const double d = distance(out.z, text_z_[i], method);
      if (nearest[a] == kNoText || d < out.distances[a]) {
        out.distances[a] = d;
        nearest[a] = static_cast<uint32_t>(i);
      }
    }
  }
  out.best = kNoText;
  out.runner_up = kNoText;
  for (uint32_t a = 0; a < authors_; ++a) {
    if (fit_texts_[a] == 0) continue;
    if (out.best == kNoText || out.distances[a] < out.distances[out.best]) {
      out.runner_up = out.best;
      out.best = a;
    } else if (out.runner_up == kNoText || out.distances[a] < out.distances[out.runner_up]) {
      out.runner_up = a;
    }
  }
  auto profile_of = [&](uint32_t a) -> const std::vector<double>& {
    return aggregate == AuthorAggregate::kCentroid ? centroid_[a] : text_z_[nearest[a]];
  };
  out.best_z = profile_of(out.best);
  out.runner_z = profile_of(out.runner_up);

  // Per-feature terms of distance(runner-up) - distance(winner); they sum to the margin.
  const size_t f = features_.size();
  const auto count = static_cast<double>(f);
  out.contributions.resize(f);
  double nu = 0;
  double na = 0;
  double nb = 0;
  for (size_t j = 0; j < f; ++j) {
    nu += out.z[j] * out.z[j];
    na += out.best_z[j] * out.best_z[j];
    nb += out.runner_z[j] * out.runner_z[j];
  }
  for (size_t j = 0; j < f; ++j) {
    const double u = out.z[j];
    const double a = out.best_z[j];
    const double b = out.runner_z[j];
    double c = 0;
    if (method == DeltaMethod::kCosine) {
      const double ua = nu > 0 && na > 0 ? u * a / (std::sqrt(nu) * std::sqrt(na)) : 0.0;
      const double ub = nu > 0 && nb > 0 ? u * b / (std::sqrt(nu) * std::sqrt(nb)) : 0.0;
      c = ua - ub;
    } else {
      const double w =
          method == DeltaMethod::kEder ? (count - static_cast<double>(j)) / count : 1.0;
      c = w * (std::fabs(u - b) - std::fabs(u - a)) / count;
    }
    out.contributions[j] = {static_cast<uint32_t>(j), c};
  }
  std::vector<double> contributions(out.contributions.size());
  for (size_t j = 0; j < contributions.size(); ++j)
    contributions[j] = out.contributions[j].contribution;
  apply_order(out.contributions, descending_order(contributions));
}

Status AttributionModel::attribute(std::string_view text, DeltaMethod method,
                                   AuthorAggregate aggregate, Attribution& out) {
  if (!fitted_) SIMKIT_RETURN_IF_ERROR(fit());
  SIMKIT_RETURN_IF_ERROR(profiler_.profile(text, scratch_, nullptr));
  attribute_profile(scratch_, method, aggregate, out);
  return Status::ok();
}

Status AttributionModel::leave_one_out(DeltaMethod method, AuthorAggregate aggregate,
                                       std::vector<uint32_t>& predicted,
                                       std::vector<double>& margins) {
  std::vector<uint32_t> texts_per_author(authors_, 0);
  for (const uint32_t a : author_of_)
    if (a != kNoText) ++texts_per_author[a];
  predicted.assign(profiles_.size(), kNoText);
  margins.assign(profiles_.size(), 0.0);
  Attribution result;
  for (size_t i = 0; i < profiles_.size(); ++i) {
    if (author_of_[i] == kNoText || texts_per_author[author_of_[i]] < 2) continue;
    const auto held_out = static_cast<uint32_t>(i);
    if (!fit(held_out).is_ok()) continue;  // too few texts left without this one
    attribute_profile(profiles_[i], method, aggregate, result);
    predicted[i] = result.best;
    if (result.runner_up != kNoText)
      margins[i] = result.distances[result.runner_up] - result.distances[result.best];
  }
  return fit();
}

std::string AttributionModel::feature_name(uint32_t f) const {
  return f < features_.size() ? names_.name(features_[f].kind, features_[f].key) : std::string();
}

}  // namespace simkit
