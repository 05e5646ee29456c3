// SPDX-License-Identifier: MIT
// Authorship verification: given texts known to be by one author and an unknown text, how
// likely is it that the same person wrote it? Two methods:
//  - the PAN character n-gram cosine baseline: cosine of relative-frequency vectors over the
//    problem's most frequent n-grams (the raw score; calibration happens in JS);
//  - the general impostors method (Koppel & Winter 2014; Seidman 2013 for several known texts):
//    over many rounds with a random half of the features and a random sample of impostor texts
//    by other authors, how often is the known text more similar to the unknown one than every
//    impostor is (both directions, averaged over the known texts)?
// Randomness comes from a seeded splitmix64, so scores are identical everywhere.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "simkit/style/char_model.h"
#include "simkit/style/delta_space.h"
#include "simkit/style/distort.h"
#include "simkit/style/profile.h"
#include "simkit/style/shared_passage.h"
#include "simkit/style/stats_delta.h"
#include "simkit/style/verify_scores.h"

namespace simkit {

/// kCombined: the scores a learned combiner weighs (see Verification::scores); its raw score
/// is their uncalibrated default combination.
enum class VerifyMethod : uint8_t { kCosine = 0, kImpostors = 1, kCombined = 2 };
enum class VerifySimilarity : uint8_t { kMinMax = 0, kCosine = 1 };

struct VerifyOptions {
  ProfileOptions profile;      ///< char_n defaults to 4 here (set by the caller)
  bool word_features = false;  ///< words instead of character n-grams
  uint32_t vocabulary = 3000;  ///< most frequent features of the known + unknown texts
  VerifySimilarity similarity = VerifySimilarity::kMinMax;  ///< for the impostors method
  uint32_t iterations = 100;
  double feature_fraction = 0.5;
  uint32_t impostors_per_iteration = 10;
  uint32_t candidates = 0;  ///< impostors most similar to the unknown text kept (0: all)
  /// Impostors method: the known texts as one document (Koppel & Winter), or each on its own
  /// with the scores averaged (Seidman 2013). One document is steadier for short texts.
  bool merge_known = true;
  uint64_t seed = 0;
  uint32_t model_order = 5;  ///< combined method: order of the character language model
  /// Combined method: kMaskContentWords adds the cosine and the character-model scores of the
  /// texts with their content words masked (cross-topic evidence) to those of the texts as
  /// written.
  Distortion distortion = Distortion::kMaskContentWords;
};

struct VerifyTerm {
  uint64_t key;
  double known;    ///< relative frequency in the known texts (together)
  double unknown;  ///< relative frequency in the unknown text
  double known_z;  ///< z-scores against the impostors (0 without impostors)
  double unknown_z;
  /// With impostors: known_z * unknown_z (shared) or |known_z - unknown_z| (differing); without:
  /// the feature's share of the similarity (shared) or of the frequency difference (differing).
  double contribution;
};

struct Verification {
  double score = 0;       ///< the method's raw score in [0, 1]
  double similarity = 0;  ///< the similarity of the known texts (together) and the unknown text
  std::vector<VerifyTerm> shared;     ///< features adding most to the similarity
  std::vector<VerifyTerm> differing;  ///< features whose frequencies differ most
  /// kCombined: the scores a combiner weighs, in VerifyScore order, only those present: the
  /// masked ones with Distortion::kMaskContentWords; kImpostorsScore, the model comparisons,
  /// kCosineDelta and kStatsDelta with at least two impostors besides the problem's own texts.
  std::vector<double> scores;
  uint32_t score_mask = 0;  ///< bit k set when VerifyScore k is in `scores`
};

class Verifier {
 public:
  Status configure(const VerifyOptions& options);
  Status add_impostor(std::string_view text, std::string_view param);
  [[nodiscard]] size_t impostors() const { return impostors_.size(); }
  /// Impostors whose bytes equal one of the problem's texts, or that share a passage with one
  /// (an excerpt of it or it of them: shared_passage.h), are left out: a text is not its own
  /// impostor (this is what lets every problem's texts be the pool of PAN-style pairs).
  Status verify(const std::vector<std::string_view>& known, std::string_view unknown,
                VerifyMethod method, uint32_t explain_n, Verification& out);
  void clear_impostors() {
    impostors_.clear();
    impostor_ids_.clear();
    impostor_texts_.clear();
    impostor_sketches_.clear();
    delta_.clear();
    stats_.clear();
  }
  /// Name of a feature of the last verify() (its normalized text).
  [[nodiscard]] std::string name(uint64_t key) const;

 private:
  [[nodiscard]] const std::vector<StyleTerm>& terms(const TextProfile& p) const;
  [[nodiscard]] uint64_t total(const TextProfile& p) const;
  void add_counts(const TextProfile& p, std::vector<uint64_t>& counts) const;
  void vectorize(const TextProfile& p, std::vector<double>& out) const;
  void vectorize_merged(std::span<const TextProfile> ps, std::vector<double>& out) const;
  double impostors_score(const std::vector<std::vector<double>>& known,
                         const std::vector<double>& unknown);
  /// Cosine of the known texts (together) and the unknown one, distorted, over their most
  /// frequent features.
  Status masked_cosine(const std::vector<std::string>& known, const std::string& unknown,
                       double& out);
  void explain(const std::vector<double>& known, const std::vector<double>& unknown,
               VerifySimilarity kind, uint32_t n, Verification& out) const;

  VerifyOptions options_;
  StyleProfiler profiler_;
  LanguageModelScorer scorer_;
  std::vector<TextProfile> impostors_;
  std::vector<uint64_t> impostor_ids_;       ///< XXH3-64 of each impostor's bytes (identity)
  std::vector<std::string> impostor_texts_;  ///< normalized, for the character models
  std::vector<PassageSketch> impostor_sketches_;
  PassageSketcher sketcher_;
  DeltaSpace delta_;  ///< of the whole pool, fitted on first use after it changes
  StatsDelta stats_;  ///< likewise
  std::vector<PassageSketch> own_sketches_;  // scratch: the current problem's texts
  std::vector<size_t> used_impostors_;       ///< of the current problem (not its own texts)
  StyleDictionary names_;                    // features of the current problem only
  std::vector<uint64_t> vocabulary_;
  std::vector<std::pair<uint64_t, uint32_t>> sorted_vocabulary_;  // (key, index), by key
  mutable std::vector<uint64_t> counts_;  // scratch of vectorize    // keys of the current problem
  std::vector<std::vector<double>> impostor_vectors_;
  std::vector<std::string> masked_known_;  // scratch of the combined method's distortion
  std::string masked_unknown_;
  std::string masked_scratch_;
};

}  // namespace simkit
