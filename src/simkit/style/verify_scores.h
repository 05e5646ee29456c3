// SPDX-License-Identifier: MIT
// The scores the combined verifier weighs, besides the n-gram cosine and the impostors score:
// how much reading one side helps a character language model predict the other, in bits per
// byte saved (both directions). Bits per byte are a rate, so the scores do not grow with the
// length of the text being predicted; they grow with the length of the text read first, which
// the combiner's calibration absorbs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "simkit/hash/shingle.h"
#include "simkit/status.h"
#include "simkit/style/char_model.h"

namespace simkit {

/// Positions in Verification::scores. Values are part of the JS contract (npm/src/style.ts).
enum VerifyScore : uint8_t {
  kCosineScore = 0,       ///< cosine of the problem's most frequent character n-grams
  kKnownPredictsUnknown,  ///< bits/byte of the unknown text saved by reading the known ones
  kUnknownPredictsKnown,  ///< bits/byte of the known texts saved by reading the unknown one
  /// Only with Distortion::kMaskContentWords: the first three on the texts with their content
  /// words masked (style/distort.h).
  kMaskedCosine,
  kMaskedKnownPredictsUnknown,
  kMaskedUnknownPredictsKnown,
  kImpostorsScore,  ///< general impostors (only with impostors)
  /// Only with impostors: how much better a model of the known texts predicts the unknown one
  /// than models of impostor texts (cut to the same length) do, in their standard deviations;
  /// and the same for a model of the unknown text predicting the known ones.
  kKnownModelBeatsImpostors,
  kUnknownModelBeatsImpostors,
  /// Only with impostors: Cosine Delta of the known texts (together) and the unknown one over
  /// the impostors' most frequent words, z-scored against the impostors (style/delta_space.h).
  kCosineDelta,
  /// Only with impostors: how close the texts' statistics are (style/stats_delta.h), in the
  /// impostors' sds (0 the same, negative further apart).
  kStatsDelta,
  kVerifyScoreCount,
};

/// Each side is modelled from at most this many bytes (of the normalized text): the time
/// stays bounded for book-length inputs, and more text adds little to a character model.
inline constexpr size_t kMaxModelBytes = size_t{96} * 1024;

class LanguageModelScorer {
 public:
  /// `known_predicts_unknown` and `unknown_predicts_known`, for the normalized texts.
  Status score(const std::vector<std::string_view>& known, std::string_view unknown,
               const NormalizeOptions& normalize, uint32_t order, double& known_predicts_unknown,
               double& unknown_predicts_known);
  /// After score(): kKnownModelBeatsImpostors and kUnknownModelBeatsImpostors against
  /// `impostors` (normalized texts, at least two).
  void against_impostors(const std::vector<const std::string*>& impostors, uint32_t order,
                         double& known_model, double& unknown_model);
  /// The normalized form of `text`, at most kMaxModelBytes (what impostors are kept as).
  Status normalize(std::string_view text, const NormalizeOptions& normalize, std::string_view param,
                   std::string& out) {
    out.clear();
    return normalized(text, normalize, param, out);
  }

 private:
  Status normalized(std::string_view text, const NormalizeOptions& normalize,
                    std::string_view param, std::string& out);

  /// (mean over impostors of the bits/byte of `target` under a model of the impostor, minus
  /// that under a model of `own`) / their sd; every model reads at most `length` bytes.
  double beats(std::string_view own, std::string_view target,
               const std::vector<const std::string*>& impostors, size_t length, uint32_t order);

  Shingler shingler_;
  CharModel model_;
  std::vector<std::string> parts_;
  std::string known_;
  std::string unknown_;
};

}  // namespace simkit
