// SPDX-License-Identifier: MIT
// Authorship attribution with the Delta family (Burrows 2002; Eder 2015; Cosine Delta, Smith &
// Aldridge 2011): training texts with known authors are profiled once; the feature list (most
// frequent words, function words, character n-grams, punctuation, length statistics) is chosen
// on the training corpus, every feature is z-scored with the corpus mean and sample standard
// deviation, and an unknown text goes to the author whose z-profile is nearest. Explanations are
// an exact per-feature decomposition of the winner's margin over the runner-up.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "simkit/protocol.h"
#include "simkit/style/profile.h"

namespace simkit {

/// A text that cannot be held out (the protocol's "no value", which the TS layer reads).
inline constexpr uint32_t kNoText = kNoValue;

struct StyleFeature {
  StyleKind kind;
  uint64_t key;
};

struct StyleModelOptions {
  ProfileOptions profile;
  uint32_t mfw = 300;  ///< most frequent words (0: none); ignored when function words are given
  uint32_t mfc = 0;    ///< most frequent character n-grams (0: none)
  uint32_t max_punctuation = 0;             ///< most frequent punctuation marks (0: none)
  bool stats = false;                       ///< the sentence/word length statistics
  std::vector<std::string> function_words;  ///< normalized words used instead of the MFW list
};

enum class DeltaMethod : uint8_t { kBurrows = 0, kEder = 1, kCosine = 2 };
/// How an author's texts are compared: their mean z-profile, or the nearest single text.
enum class AuthorAggregate : uint8_t { kCentroid = 0, kNearest = 1 };

struct FeatureContribution {
  uint32_t feature;     ///< index into AttributionModel::features()
  double contribution;  ///< share of (distance to runner-up - distance to winner); > 0 favours the
                        ///< winner
};

struct Attribution {
  std::vector<double> distances;  ///< per author id; +inf for an author without training texts
  uint32_t best = kNoText;
  uint32_t runner_up = kNoText;
  std::vector<double> z;         ///< the text's z-scores, per feature
  std::vector<double> best_z;    ///< the winner's z-profile (centroid or nearest text)
  std::vector<double> runner_z;  ///< the runner-up's
  std::vector<FeatureContribution> contributions;  ///< every feature, largest first
};

class AttributionModel {
 public:
  Status configure(const StyleModelOptions& options);
  /// Adds a training text of author `author` (dense ids from 0), or with kNoText a reference
  /// text: it helps choose the features and z-score them but is never a candidate.
  Status add(std::string_view text, uint32_t author, std::string_view param = "text");
  /// Chooses the features and z-scores the training texts, leaving out text `exclude`.
  Status fit(uint32_t exclude = kNoText);
  /// Attributes a new text (after fit()).
  Status attribute(std::string_view text, DeltaMethod method, AuthorAggregate aggregate,
                   Attribution& out);
  void attribute_profile(const TextProfile& p, DeltaMethod method, AuthorAggregate aggregate,
                         Attribution& out) const;
  /// Each candidate text whose author has another text is attributed by a model fitted without
  /// it; `predicted[i]` is the chosen author, or kNoText for texts that cannot be held out.
  /// The model is refitted on every text afterwards.
  Status leave_one_out(DeltaMethod method, AuthorAggregate aggregate,
                       std::vector<uint32_t>& predicted, std::vector<double>& margins);

  [[nodiscard]] const std::vector<StyleFeature>& features() const { return features_; }
  [[nodiscard]] std::string feature_name(uint32_t f) const;
  [[nodiscard]] size_t texts() const { return profiles_.size(); }
  [[nodiscard]] uint32_t authors() const { return authors_; }
  [[nodiscard]] bool fitted() const { return fitted_; }
  [[nodiscard]] const StyleDictionary& dictionary() const { return names_; }

 private:
  void z_scores(const TextProfile& p, std::vector<double>& z) const;
  [[nodiscard]] double distance(const std::vector<double>& a, const std::vector<double>& b,
                                DeltaMethod method) const;
  void choose_features(uint32_t exclude);

  StyleModelOptions options_;
  StyleProfiler profiler_;
  StyleDictionary names_;
  std::vector<TextProfile> profiles_;
  std::vector<uint32_t> author_of_;
  uint32_t authors_ = 0;
  bool fitted_ = false;
  std::vector<uint64_t> function_keys_;

  std::vector<StyleFeature> features_;
  std::vector<double> mean_;
  std::vector<double> sd_;
  std::vector<std::vector<double>> text_z_;    // per training text
  std::vector<std::vector<double>> centroid_;  // per author
  std::vector<uint8_t> in_fit_;                // per text: 1 when the fit used it
  std::vector<uint32_t> fit_texts_;            // per author: texts the fit used
  TextProfile scratch_;
};

}  // namespace simkit
