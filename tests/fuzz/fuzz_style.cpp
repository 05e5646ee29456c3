// SPDX-License-Identifier: MIT
// Stylometric profiles, attribution and verification on arbitrary bytes.
// Invariants: per-kind counts sum to the totals; statistics are finite and in range; names
// exist for every counted word and n-gram; the attribution explanation sums to the margin;
// verification scores lie in [0, 1] and repeat exactly.
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

#include "fuzz_input.h"
#include "simkit/style/attribution.h"
#include "simkit/style/shared_passage.h"
#include "simkit/style/verify.h"

using namespace simkit;

namespace {

uint64_t sum(const std::vector<StyleTerm>& terms) {
  return std::accumulate(terms.begin(), terms.end(), uint64_t{0},
                         [](uint64_t s, const StyleTerm& t) { return s + t.count; });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Input in(data, size);
  const uint8_t opt = in.byte();
  ProfileOptions po;
  po.normalize.form = static_cast<NormalForm>(opt % 3);
  po.normalize.case_fold = (opt & 4) != 0;
  po.normalize.collapse_whitespace = (opt & 16) != 0;
  po.normalize.replace_invalid = true;
  po.char_n = 1 + in.byte() % 6;
  const std::string_view text = in.rest();

  StyleProfiler profiler;
  FUZZ_CHECK(profiler.configure(po).is_ok());
  TextProfile p;
  StyleDictionary names;
  FUZZ_CHECK(profiler.profile(text, p, &names).is_ok());
  FUZZ_CHECK(sum(p.word_counts) == p.words);
  FUZZ_CHECK(sum(p.gram_counts) == p.grams);
  FUZZ_CHECK(sum(p.punct_counts) == p.punctuation);
  for (const StyleTerm& t : p.word_counts) FUZZ_CHECK(!names.words.at(t.key).empty());
  for (const StyleTerm& t : p.gram_counts) FUZZ_CHECK(!names.grams.at(t.key).empty());
  for (const double s : p.stats) FUZZ_CHECK(std::isfinite(s) && s >= 0);
  FUZZ_CHECK(p.stats[kMattr] <= 1.0);
  FUZZ_CHECK(p.sentences <= p.words);

  // Three "authors": the text cut into thirds, labelled 0, 1, 0; attribute the whole text.
  const size_t third = text.size() / 3;
  const std::string_view parts[3] = {text.substr(0, third), text.substr(third, third),
                                     text.substr(2 * third)};
  StyleModelOptions mo;
  mo.profile = po;
  mo.mfw = 1 + opt % 50;
  mo.mfc = opt % 3 == 0 ? 20 : 0;
  mo.max_punctuation = opt % 5;
  mo.stats = (opt & 8) != 0;
  AttributionModel model;
  FUZZ_CHECK(model.configure(mo).is_ok());
  for (uint32_t i = 0; i < 3; ++i) FUZZ_CHECK(model.add(parts[i], i % 2).is_ok());
  FUZZ_CHECK(model.fit().is_ok());
  Attribution r;
  const auto method = static_cast<DeltaMethod>(opt % 3);
  FUZZ_CHECK(
      model.attribute(text, method, static_cast<AuthorAggregate>((opt >> 6) & 1), r).is_ok());
  FUZZ_CHECK(r.best != kNoText && r.runner_up != kNoText && r.best != r.runner_up);
  double share = 0;
  for (const FeatureContribution& c : r.contributions) share += c.contribution;
  const double margin = r.distances[r.runner_up] - r.distances[r.best];
  FUZZ_CHECK(margin >= 0 && std::fabs(share - margin) <= 1e-9 * (1 + std::fabs(margin)));

  VerifyOptions vo;
  vo.profile = po;
  vo.iterations = 5;
  vo.word_features = (opt & 32) != 0;
  Verifier v;
  FUZZ_CHECK(v.configure(vo).is_ok());
  FUZZ_CHECK(v.add_impostor(parts[1], "impostor").is_ok());
  FUZZ_CHECK(v.add_impostor(parts[2], "impostor").is_ok());
  Verification a;
  Verification b;
  // An impostor with the same bytes as the known or unknown text, or sharing a passage with
  // one, is left out, and two are needed.
  PassageSketcher sketcher;
  std::vector<PassageSketch> sketches(4);
  const std::string_view texts[] = {parts[0], text, parts[1], parts[2]};
  for (size_t i = 0; i < 4; ++i)
    FUZZ_CHECK(sketcher.sketch(texts[i], po.normalize, "text", sketches[i]).is_ok());
  const auto own = [&](size_t i) {
    return texts[i] == parts[0] || texts[i] == text || share_passage(sketches[i], sketches[0]) ||
           share_passage(sketches[i], sketches[1]);
  };
  if (own(2) || own(3)) {
    const Status s = v.verify({parts[0]}, text, VerifyMethod::kImpostors, 3, a);
    FUZZ_CHECK(!s.is_ok() && s.message().find("besides the problem's own") != std::string::npos);
    return 0;
  }
  FUZZ_CHECK(v.verify({parts[0]}, text, VerifyMethod::kImpostors, 3, a).is_ok());
  FUZZ_CHECK(v.verify({parts[0]}, text, VerifyMethod::kImpostors, 3, b).is_ok());
  FUZZ_CHECK(a.score >= 0 && a.score <= 1 && a.score == b.score);
  FUZZ_CHECK(a.similarity >= 0 && a.similarity <= 1 + 1e-12);
  // The combined method's scores (the Deltas' pool statistics included) are finite.
  Verification c;
  FUZZ_CHECK(v.verify({parts[0]}, text, VerifyMethod::kCombined, 0, c).is_ok());
  for (const double s : c.scores) FUZZ_CHECK(std::isfinite(s));
  FUZZ_CHECK(c.score >= 0 && c.score <= 1);
  // The same pool plus copies of the problem's own texts scores exactly the same.
  Verifier with_own;
  FUZZ_CHECK(with_own.configure(vo).is_ok());
  FUZZ_CHECK(with_own.add_impostor(text, "impostor").is_ok());
  FUZZ_CHECK(with_own.add_impostor(parts[1], "impostor").is_ok());
  FUZZ_CHECK(with_own.add_impostor(parts[0], "impostor").is_ok());
  FUZZ_CHECK(with_own.add_impostor(parts[2], "impostor").is_ok());
  FUZZ_CHECK(with_own.verify({parts[0]}, text, VerifyMethod::kImpostors, 3, b).is_ok());
  FUZZ_CHECK(b.score == a.score && b.similarity == a.similarity);
  return 0;
}
