// SPDX-License-Identifier: MIT
// Stylometry entry points: the profile of one text, the attribution model (Delta family) and
// the verifier (cosine baseline, general impostors), registered for JS.
// Feature names come back as results.bytes (UTF-8, back to back) with their end offsets in
// results.spans.
#pragma once

#include <cstdint>

#include "simkit/style/attribution.h"
#include "simkit/style/verify.h"

namespace simkit::api {

/// Profile of one text. results.f64 = [words, sentences, punctuation marks, char n-grams,
/// stats (kStatCount), then the counts of the listed words, marks and n-grams];
/// results.u32 = [listed words, listed marks, listed n-grams]; names in the same order.
/// `top` = how many of the most frequent words and n-grams to list (all marks are listed);
/// char_n = 0 skips the n-grams.
int32_t style_profile(uint32_t offset, uint32_t length, uint32_t norm_flags, uint32_t char_n,
                      uint32_t top);

class NativeAuthorship {
 public:
  /// features: bit 0 length statistics. Function words: a UTF-8 range of words separated by
  /// '\n' (empty for the MFW list).
  int32_t configure(uint32_t norm_flags, uint32_t char_n, uint32_t mfw, uint32_t mfc,
                    uint32_t max_punctuation, uint32_t features, uint32_t words_offset,
                    uint32_t words_length);
  /// Adds `count` training texts placed back to back; their author ids follow the ends
  /// (kNoValue: a reference text, used for features and z-scores only).
  int32_t add(uint32_t bytes_offset, uint32_t bytes_length, uint32_t ends_offset, uint32_t count,
              uint32_t authors_offset);
  int32_t fit();
  /// results.u32 = per feature its kind; names = the feature names.
  int32_t features();
  /// results.u32 = [best, runner-up, then the `explain` features most for the winner, then the
  /// `explain` most against it]; results.f64 = [distance per author, then per listed feature
  /// (z, winner z, runner-up z, contribution)].
  int32_t attribute(uint32_t offset, uint32_t length, uint32_t method, uint32_t aggregate,
                    uint32_t explain);
  /// results.u32 = predicted author per training text (kNoValue: not held out);
  /// results.f64 = the margins (runner-up distance - winner distance).
  int32_t leave_one_out(uint32_t method, uint32_t aggregate);
  [[nodiscard]] uint32_t texts() const { return static_cast<uint32_t>(model_.texts()); }

 private:
  AttributionModel model_;
  Attribution result_;
  size_t trained_ = 0;
  size_t references_ = 0;
  std::vector<uint32_t> predicted_;
  std::vector<double> margins_;
};

class NativeVerifier {
 public:
  /// flags: bit 0 word features (else char n-grams), bit 1 cosine similarity for the impostors
  /// method (else min-max), bit 2 each known text on its own (else together as one); bits 8-15
  /// the order of the combined method's character language model.
  int32_t configure(uint32_t norm_flags, uint32_t char_n, uint32_t flags, uint32_t vocabulary,
                    uint32_t iterations, double feature_fraction, uint32_t per_iteration,
                    uint32_t candidates, uint32_t seed_lo, uint32_t seed_hi);
  int32_t add_impostors(uint32_t bytes_offset, uint32_t bytes_length, uint32_t ends_offset,
                        uint32_t count);
  /// `count` texts back to back: the known texts, then the unknown one. results.f64 = [score,
  /// similarity, then per listed feature (known, unknown, known z, unknown z, contribution):
  /// shared, then differing, then the combined method's scores (VerifyScore order)];
  /// results.u32 = [shared, differing, scores]; names = the listed features in that order.
  /// method: 0 cosine, 1 impostors, 2 combined.
  /// Impostors with the same bytes as one of these texts are left out for this problem.
  int32_t verify(uint32_t bytes_offset, uint32_t bytes_length, uint32_t ends_offset, uint32_t count,
                 uint32_t method, uint32_t explain);
  void clear_impostors() { verifier_.clear_impostors(); }
  [[nodiscard]] uint32_t impostors() const { return static_cast<uint32_t>(verifier_.impostors()); }

 private:
  Verifier verifier_;
  Verification result_;
};

}  // namespace simkit::api
