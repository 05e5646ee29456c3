// SPDX-License-Identifier: MIT
// Stylometry: profile counts against hand-counted texts and naive references, attribution and
// verification on seeded synthetic authors, exactness of the explanations, and bad input.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "simkit/protocol.h"
#include "simkit/style/attribution.h"
#include "simkit/style/char_model.h"
#include "simkit/style/count_table.h"
#include "simkit/style/delta_space.h"
#include "simkit/style/stats_delta.h"
#include "simkit/style/verify.h"

using namespace simkit;

namespace {

// A seeded "author": a Zipf distribution over a shared vocabulary whose ranks the author
// permutes a little (their own favourite words), and their own sentence length.
struct SyntheticAuthor {
  std::vector<double> weights;
  int sentence_length;
};

const std::vector<std::string>& vocabulary() {
  static const std::vector<std::string> words = [] {
    std::vector<std::string> w;
    const char* syllables[] = {"ka", "to", "ri", "mu", "se", "la", "po", "ne", "di", "fu"};
    for (const char* a : syllables)
      for (const char* b : syllables) w.push_back(std::string(a) + b);
    return w;
  }();
  return words;
}

SyntheticAuthor make_author(uint32_t seed) {
  std::mt19937 rng(seed);
  const size_t n = vocabulary().size();
  std::vector<size_t> rank(n);
  std::iota(rank.begin(), rank.end(), 0);
  for (size_t i = 0; i < 30; ++i) std::swap(rank[rng() % 40], rank[rng() % n]);
  SyntheticAuthor a;
  a.weights.resize(n);
  for (size_t i = 0; i < n; ++i) a.weights[rank[i]] = 1.0 / static_cast<double>(i + 1);
  a.sentence_length = 6 + static_cast<int>(rng() % 12);
  return a;
}

std::string write_text(const SyntheticAuthor& a, uint32_t seed, size_t words) {
  std::mt19937 rng(seed);
  std::discrete_distribution<size_t> pick(a.weights.begin(), a.weights.end());
  std::string t;
  for (size_t i = 0; i < words; ++i) {
    t += vocabulary()[pick(rng)];
    t += (i + 1) % static_cast<size_t>(a.sentence_length) == 0 ? ". " : " ";
  }
  return t;
}

}  // namespace

TEST_CASE("CountTable counts like std::map through growth, with dense ids in order") {
  CountTable table;
  table.reset(4);
  std::map<uint64_t, uint32_t> reference;
  std::map<uint64_t, uint32_t> ids;
  std::mt19937_64 rng(3);
  for (uint32_t i = 0; i < 20000; ++i) {
    const uint64_t key = rng() % 3000 * 0x100000001ULL;  // many keys differ only in high bits
    const uint32_t id = table.add(key, i, 1);
    if (ids.emplace(key, static_cast<uint32_t>(ids.size())).second) CHECK(id == ids.size() - 1);
    CHECK(id == ids[key]);
    ++reference[key];
  }
  CHECK(table.size() == reference.size());
  size_t seen = 0;
  for (const CountTable::Slot& s : table.slots()) {
    if (s.count == 0) continue;
    CHECK(reference[s.key] == s.count);
    ++seen;
  }
  CHECK(seen == reference.size());
}

TEST_CASE("profile of a hand-counted text") {
  StyleProfiler profiler;
  REQUIRE(profiler.configure({}).is_ok());
  TextProfile p;
  StyleDictionary names;
  const std::string text =
      "The quick brown fox jumps over the lazy dog. It was, however, not amused! Why? Because "
      "the dog slept.";
  REQUIRE(profiler.profile(text, p, &names).is_ok());
  CHECK(p.words == 19);
  CHECK(p.sentences == 4);  // 9, 5, 1 and 4 words
  CHECK(p.punctuation == 6);
  CHECK(p.stats[kMeanSentenceLength] == doctest::Approx(19.0 / 4));
  const double var = ((9 - 4.75) * (9 - 4.75) + (5 - 4.75) * (5 - 4.75) + (1 - 4.75) * (1 - 4.75) +
                      (4 - 4.75) * (4 - 4.75)) /
                     3;
  CHECK(p.stats[kSdSentenceLength] == doctest::Approx(std::sqrt(var)));
  CHECK(p.stats[kMattr] == doctest::Approx(16.0 / 19));  // shorter than a window: plain TTR
  CHECK(p.stats[kPunctuationPerWord] == doctest::Approx(6.0 / 19));
  CHECK(p.count(StyleKind::kWord, style_word_key("the")) == 3);
  CHECK(p.count(StyleKind::kPunctuation, ',') == 2);
  CHECK(p.value(StyleKind::kWord, style_word_key("dog")) == doctest::Approx(2.0 / 19));
  // Character 3-grams of the normalized (case-folded) text, spaces included.
  const std::string normalized =
      "the quick brown fox jumps over the lazy dog. it was, however, not amused! why? because the "
      "dog slept.";
  CHECK(p.grams == normalized.size() - 2);
  uint64_t the = 0;
  for (const auto& [key, name] : names.grams)
    if (name == "the") the = key;
  CHECK(p.count(StyleKind::kCharGram, the) == 3);
  CHECK(names.name(StyleKind::kPunctuation, '!') == "!");
  CHECK(names.name(StyleKind::kStat, kMattr) == "type-token ratio");
}

TEST_CASE("MATTR equals the mean TTR of every window (naive reference)") {
  std::mt19937 rng(11);
  for (int trial = 0; trial < 20; ++trial) {
    const size_t n = 50 + rng() % 400;
    std::vector<std::string> tokens(n);
    std::string text;
    for (size_t i = 0; i < n; ++i) {
      tokens[i] = vocabulary()[rng() % (10 + static_cast<size_t>(trial) * 4)];
      text += tokens[i] + ' ';
    }
    const size_t w = std::min<size_t>(kMattrWindow, n);
    double sum = 0;
    for (size_t s = 0; s + w <= n; ++s) {
      const std::set<std::string> distinct(tokens.begin() + static_cast<std::ptrdiff_t>(s),
                                           tokens.begin() + static_cast<std::ptrdiff_t>(s + w));
      sum += static_cast<double>(distinct.size()) / static_cast<double>(w);
    }
    StyleProfiler profiler;
    REQUIRE(profiler.configure({}).is_ok());
    TextProfile p;
    REQUIRE(profiler.profile(text, p, nullptr).is_ok());
    CHECK(p.stats[kMattr] == doctest::Approx(sum / static_cast<double>(n - w + 1)));
  }
}

TEST_CASE("profiles of empty, CJK, emoji and invalid input") {
  StyleProfiler profiler;
  REQUIRE(profiler.configure({}).is_ok());
  TextProfile p;
  REQUIRE(profiler.profile("", p, nullptr).is_ok());
  CHECK(p.words == 0);
  CHECK(p.grams == 0);
  CHECK(p.value(StyleKind::kWord, 1) == 0.0);
  StyleDictionary names;
  REQUIRE(profiler.profile("日本語のテキスト。😀 ok", p, &names).is_ok());
  CHECK(p.words == 9);  // eight CJK characters one token each, and "ok"
  CHECK(p.sentences == 2);
  bool emoji_gram = false;
  for (const auto& [key, name] : names.grams) emoji_gram |= name == "😀 o";
  CHECK(emoji_gram);
  const Status bad = profiler.profile("ok \xff", p, nullptr, "texts[3]");
  CHECK(bad.code() == ErrorCode::kInvalidUtf8);
  CHECK(bad.message().find("texts[3]") != std::string::npos);
  ProfileOptions o;
  o.char_n = 0;
  CHECK(profiler.configure(o).code() == ErrorCode::kInvalidArgument);
}

TEST_CASE("attribution of synthetic authors: leave-one-out and held-out texts") {
  const std::vector<SyntheticAuthor> authors = {make_author(1), make_author(2), make_author(3)};
  for (const DeltaMethod method :
       {DeltaMethod::kBurrows, DeltaMethod::kEder, DeltaMethod::kCosine}) {
    StyleModelOptions o;
    o.mfw = 60;
    o.mfc = 40;
    o.max_punctuation = 5;
    o.stats = true;
    AttributionModel model;
    REQUIRE(model.configure(o).is_ok());
    for (uint32_t a = 0; a < 3; ++a)
      for (uint32_t t = 0; t < 5; ++t)
        REQUIRE(model.add(write_text(authors[a], a * 100 + t, 800), a).is_ok());
    REQUIRE(model.fit().is_ok());
    CHECK(model.features().size() == 60 + 40 + 1 + kStatCount);  // "." is the only mark
    std::vector<uint32_t> predicted;
    std::vector<double> margins;
    REQUIRE(model.leave_one_out(method, AuthorAggregate::kCentroid, predicted, margins).is_ok());
    int correct = 0;
    for (size_t i = 0; i < predicted.size(); ++i) correct += predicted[i] == i / 5 ? 1 : 0;
    CHECK(correct >= 14);
    for (uint32_t a = 0; a < 3; ++a) {
      for (const AuthorAggregate agg : {AuthorAggregate::kCentroid, AuthorAggregate::kNearest}) {
        Attribution r;
        REQUIRE(model.attribute(write_text(authors[a], 999 + a, 800), method, agg, r).is_ok());
        CHECK(r.best == a);
        // The contributions are an exact decomposition of the margin.
        double sum = 0;
        for (const FeatureContribution& c : r.contributions) sum += c.contribution;
        CHECK(sum == doctest::Approx(r.distances[r.runner_up] - r.distances[r.best]).epsilon(1e-9));
        CHECK(r.contributions.front().contribution >= r.contributions.back().contribution);
      }
    }
  }
}

TEST_CASE("attribution with function words, and bad configurations") {
  AttributionModel model;
  StyleModelOptions o;
  o.mfw = 0;
  CHECK(model.configure(o).code() == ErrorCode::kInvalidArgument);
  o.function_words = {"KATO", "rimu", "kato", "sela  pone"};  // normalized; duplicates dropped
  REQUIRE(model.configure(o).is_ok());
  REQUIRE(model.add("kato rimu", 0).is_ok());
  CHECK(model.fit().code() == ErrorCode::kInvalidArgument);  // one author only
  REQUIRE(model.add("rimu sela", 1).is_ok());
  CHECK(model.fit().code() == ErrorCode::kInvalidArgument);  // two texts only
  REQUIRE(model.add("pone pone kato", 1).is_ok());
  REQUIRE(model.fit().is_ok());
  REQUIRE(model.features().size() == 4);
  CHECK(model.feature_name(0) == "kato");
  CHECK(model.feature_name(3) == "pone");
  std::vector<uint32_t> predicted;
  std::vector<double> margins;
  REQUIRE(model.leave_one_out(DeltaMethod::kBurrows, AuthorAggregate::kCentroid, predicted, margins)
              .is_ok());
  CHECK(predicted[0] == kNoText);  // its author has no other text
  CHECK(model.fitted());
  Attribution r;
  CHECK(model.attribute("ok \xc3", DeltaMethod::kBurrows, AuthorAggregate::kCentroid, r).code() ==
        ErrorCode::kInvalidUtf8);
  CHECK(model.attribute("kato", DeltaMethod::kBurrows, AuthorAggregate::kCentroid, r).is_ok());
}

TEST_CASE("attribution: reference texts choose features but are never candidates") {
  AttributionModel model;
  StyleModelOptions o;
  o.mfw = 3;
  REQUIRE(model.configure(o).is_ok());
  REQUIRE(model.add("ka ka to", 0).is_ok());
  REQUIRE(model.add("ka to to", 1).is_ok());
  REQUIRE(model.add("to ka ri", 1).is_ok());
  REQUIRE(model.add("zu zu zu zu zu zu", kNoText).is_ok());
  REQUIRE(model.fit().is_ok());
  CHECK(model.authors() == 2);
  CHECK(model.feature_name(0) == "zu");  // the reference's word is the most frequent
  Attribution r;
  REQUIRE(model.attribute("zu zu zu", DeltaMethod::kBurrows, AuthorAggregate::kNearest, r).is_ok());
  CHECK(r.distances.size() == 2);
  std::vector<uint32_t> predicted;
  std::vector<double> margins;
  REQUIRE(model.leave_one_out(DeltaMethod::kBurrows, AuthorAggregate::kCentroid, predicted, margins)
              .is_ok());
  CHECK(predicted[3] == kNoText);
  CHECK(predicted[0] == kNoText);  // author 0 has no other text
}

TEST_CASE("Cosine Delta space: hand-computed z-scores; known texts count together") {
  StyleProfiler profiler;
  REQUIRE(profiler.configure({}).is_ok());
  const auto profile = [&](std::string_view text) {
    TextProfile p;
    REQUIRE(profiler.profile(text, p, nullptr).is_ok());
    return p;
  };
  // "a" and "b" are the two most frequent words (4 each; "c" 2).
  const std::vector<TextProfile> reference = {profile("a a b"), profile("a b b"),
                                              profile("a b c c")};
  DeltaSpace space;
  CHECK_FALSE(space.fitted());
  space.fit(reference, 2);
  REQUIRE(space.fitted());
  // Both words have frequencies {2/3, 1/3, 1/4} or {1/3, 2/3, 1/4}: the same mean and sd.
  const double mean = (2.0 / 3 + 1.0 / 3 + 0.25) / 3;
  const double sd =
      std::sqrt(((2.0 / 3 - mean) * (2.0 / 3 - mean) + (1.0 / 3 - mean) * (1.0 / 3 - mean) +
                 (0.25 - mean) * (0.25 - mean)) /
                2);
  const auto z = [&](double f) { return (f - mean) / sd; };
  const auto cosine = [](double a1, double b1, double a2, double b2) {
    return (a1 * a2 + b1 * b2) / (std::hypot(a1, b1) * std::hypot(a2, b2));
  };
  const TextProfile x = profile("a a a b");
  const TextProfile y = profile("a a b");
  CHECK(space.cosine({&x, 1}, y) ==
        doctest::Approx(cosine(z(0.75), z(0.25), z(2.0 / 3), z(1.0 / 3))));
  CHECK(space.cosine({&x, 1}, x) == doctest::Approx(1.0));
  // Several known texts are one text: their counts are added, not their frequencies averaged.
  const std::vector<TextProfile> known = {profile("a a"), profile("a b b")};
  const TextProfile together = profile("a a a b b");
  CHECK(space.cosine(known, y) == doctest::Approx(space.cosine({&together, 1}, y)));
  // A text without words is nowhere in the space.
  const TextProfile empty = profile("");
  CHECK(space.cosine({&x, 1}, empty) == 0.0);
  space.clear();
  CHECK_FALSE(space.fitted());
}

TEST_CASE("stats Delta: same statistics 0, further apart lower; own texts make no word common") {
  StyleProfiler profiler;
  REQUIRE(profiler.configure({}).is_ok());
  const auto profile = [&](std::string_view text) {
    TextProfile p;
    REQUIRE(profiler.profile(text, p, nullptr).is_ok());
    return p;
  };
  const TextProfile terse = profile("We went. It rained. We left, soon. It was cold.");
  const TextProfile wordy = profile(
      "Although the weather, which had been announced as mild, turned out to be remarkably "
      "unpleasant, we nevertheless continued our long and rather tiresome walk along the coast.");
  const TextProfile quirky = profile("We wnet. It raind. We lfet, soon. It was cold.");
  std::vector<TextProfile> reference = {terse,
                                        wordy,
                                        profile("The cat sat. The dog ran off."),
                                        profile("Rain fell all day, and the river rose."),
                                        profile("They wnet home and it raind; we lfet."),
                                        quirky};
  StatsDelta stats;
  CHECK_FALSE(stats.fitted());
  stats.fit(reference);
  REQUIRE(stats.fitted());
  CHECK(stats.similarity({&terse, 1}, terse, reference, {}) == 0.0);
  CHECK(stats.similarity({&terse, 1}, wordy, reference, {}) <
        stats.similarity({&terse, 1}, reference[2], reference, {}));
  // Half the known text's words are used by no reference text. The quirky text's misspellings
  // and "soon" are used by one other reference text: rare once the quirky text is the
  // problem's own (4 of its 10 words), common while it counts as another writer's (none).
  const TextProfile known = profile("We walked. It snowed. We stayed, late. It was warm.");
  const std::vector<size_t> own = {5};
  CHECK(stats.similarity({&known, 1}, quirky, reference, own) >
        stats.similarity({&known, 1}, quirky, reference, {}));
  stats.clear();
  CHECK_FALSE(stats.fitted());
}

TEST_CASE("verification: impostors separate same-author from different-author pairs") {
  std::vector<SyntheticAuthor> authors;
  for (uint32_t a = 0; a < 12; ++a) authors.push_back(make_author(50 + a));
  for (const bool merge : {true, false}) {
    VerifyOptions o;
    o.profile.char_n = 4;
    o.seed = 5;
    o.merge_known = merge;
    Verifier v;
    REQUIRE(v.configure(o).is_ok());
    for (uint32_t a = 4; a < 12; ++a)
      REQUIRE(v.add_impostor(write_text(authors[a], 700 + a, 600), "impostor").is_ok());
    std::vector<double> same;
    std::vector<double> different;
    for (uint32_t a = 0; a < 4; ++a) {
      const std::string k1 = write_text(authors[a], a, 600);
      const std::string k2 = write_text(authors[a], a + 10, 600);
      const std::string u_same = write_text(authors[a], a + 20, 600);
      const std::string u_other = write_text(authors[(a + 1) % 4], a + 30, 600);
      Verification r;
      REQUIRE(v.verify({k1, k2}, u_same, VerifyMethod::kImpostors, 5, r).is_ok());
      same.push_back(r.score);
      CHECK(r.shared.size() <= 5);
      Verification again;
      REQUIRE(v.verify({k1, k2}, u_same, VerifyMethod::kImpostors, 5, again).is_ok());
      CHECK(again.score == r.score);  // seeded: identical on every call
      REQUIRE(v.verify({k1, k2}, u_other, VerifyMethod::kImpostors, 5, r).is_ok());
      different.push_back(r.score);
      Verification c;
      REQUIRE(v.verify({k1}, u_same, VerifyMethod::kCosine, 3, c).is_ok());
      CHECK(c.score == c.similarity);
      CHECK(c.score > 0);
    }
    INFO("merge_known " << merge);
    CHECK(*std::min_element(same.begin(), same.end()) >
          *std::max_element(different.begin(), different.end()));
    // Seeded, so deterministic: same-author pairs score 1.0 on average, different-author ones
    // 0.22 (merged known texts) and 0.19 (each); the bounds leave a little room, no more.
    CHECK(std::accumulate(same.begin(), same.end(), 0.0) / 4 >= 0.9);
    CHECK(std::accumulate(different.begin(), different.end(), 0.0) / 4 <= 0.25);
  }
}

TEST_CASE("verification leaves out impostors identical to the problem's own texts") {
  std::vector<SyntheticAuthor> authors;
  for (uint32_t a = 0; a < 6; ++a) authors.push_back(make_author(80 + a));
  const std::string known = write_text(authors[0], 1, 500);
  const std::string unknown = write_text(authors[0], 2, 500);
  std::vector<std::string> others;
  for (uint32_t a = 1; a < 6; ++a) others.push_back(write_text(authors[a], 10 + a, 500));
  VerifyOptions o;
  o.profile.char_n = 4;
  o.seed = 9;
  // A pool holding the problem's own texts (as PAN's 'others' pool does) scores the problem
  // exactly as the pool without them: same impostors, same random draws.
  Verifier with_own;
  Verifier without;
  REQUIRE(with_own.configure(o).is_ok());
  REQUIRE(without.configure(o).is_ok());
  REQUIRE(with_own.add_impostor(known, "impostor").is_ok());
  for (const std::string& t : others) {
    REQUIRE(with_own.add_impostor(t, "impostor").is_ok());
    REQUIRE(without.add_impostor(t, "impostor").is_ok());
  }
  REQUIRE(with_own.add_impostor(unknown, "impostor").is_ok());
  Verification a;
  Verification b;
  REQUIRE(with_own.verify({known}, unknown, VerifyMethod::kImpostors, 5, a).is_ok());
  REQUIRE(without.verify({known}, unknown, VerifyMethod::kImpostors, 5, b).is_ok());
  CHECK(a.score == b.score);
  CHECK(a.similarity == b.similarity);
  CHECK(a.score > 0.5);
  // Only the problem's own texts are left out: too few impostors besides them is an error.
  Verifier tiny;
  REQUIRE(tiny.configure(o).is_ok());
  REQUIRE(tiny.add_impostor(known, "impostor").is_ok());
  REQUIRE(tiny.add_impostor(unknown, "impostor").is_ok());
  REQUIRE(tiny.add_impostor(others[0], "impostor").is_ok());
  CHECK(tiny.verify({known}, unknown, VerifyMethod::kImpostors, 0, a)
            .message()
            .find("besides the problem's own") != std::string::npos);
}

TEST_CASE("verification errors name their parameters") {
  Verifier v;
  VerifyOptions o;
  o.feature_fraction = 0;
  CHECK(v.configure(o).message().find("featureFraction") != std::string::npos);
  o = {};
  REQUIRE(v.configure(o).is_ok());
  Verification r;
  CHECK(v.verify({}, "x", VerifyMethod::kCosine, 0, r).message().find("known") !=
        std::string::npos);
  CHECK(v.verify({"a b c"}, "a b", VerifyMethod::kImpostors, 0, r).message().find("impostor") !=
        std::string::npos);
  CHECK(v.verify({"ok", "bad \xfe"}, "x", VerifyMethod::kCosine, 0, r).message().find("known[1]") !=
        std::string::npos);
  REQUIRE(v.verify({""}, "", VerifyMethod::kCosine, 4, r).is_ok());  // empty texts: score 0
  CHECK(r.score == 0.0);
}

TEST_CASE("CharModel: a text read before codes cheaply, measuring leaves the model as it was") {
  const std::string a = write_text(make_author(1), 1, 800);
  const std::string b = write_text(make_author(2), 2, 800);
  CharModel m;
  m.reset(5);
  CHECK(m.order() == 5);
  const double fresh = m.bits_per_byte(a, false);
  CHECK(fresh == doctest::Approx(8.0));  // nothing read: uniform over bytes
  m.read(a);
  const double seen = m.bits_per_byte(a, false);
  const double other = m.bits_per_byte(b, false);
  CHECK(seen < 1.5);
  CHECK(seen < other);
  CHECK(m.bits_per_byte(a, false) == seen);  // not adapting: no change
  CHECK(m.bits_per_byte("", true) == 0.0);
  // Adapting: a repeated text costs less the second time.
  CharModel n;
  n.reset(3);
  const double first = n.bits_per_byte(b, true);
  CHECK(n.bits_per_byte(b, true) < first);
  n.reset(99);  // clamped
  CHECK(n.order() == kMaxCharModelOrder);
}

TEST_CASE("verification, combined: language-model scores both ways, symmetric, with impostors") {
  std::vector<SyntheticAuthor> authors;
  for (uint32_t a = 0; a < 8; ++a) authors.push_back(make_author(90 + a));
  VerifyOptions o;
  o.profile.char_n = 4;
  Verifier v;
  REQUIRE(v.configure(o).is_ok());
  std::vector<double> same;
  std::vector<double> different;
  for (uint32_t a = 0; a < 4; ++a) {
    const std::string k = write_text(authors[a], a, 500);
    const std::string u_same = write_text(authors[a], a + 40, 300);
    const std::string u_other = write_text(authors[(a + 1) % 4], a + 50, 300);
    Verification r;
    REQUIRE(v.verify({k}, u_same, VerifyMethod::kCombined, 3, r).is_ok());
    REQUIRE(r.scores.size() == 6);  // no impostors: no impostors scores; masked ones by default
    CHECK(r.score_mask == 0x3FU);
    CHECK(r.scores[kCosineScore] == r.similarity);
    CHECK(r.score > 0.0);
    CHECK(r.score < 1.0);
    same.push_back(r.scores[kKnownPredictsUnknown] + r.scores[kUnknownPredictsKnown]);
    // Swapping the sides swaps the two directions exactly.
    Verification swapped;
    REQUIRE(v.verify({u_same}, k, VerifyMethod::kCombined, 0, swapped).is_ok());
    CHECK(swapped.scores[kKnownPredictsUnknown] == r.scores[kUnknownPredictsKnown]);
    CHECK(swapped.scores[kUnknownPredictsKnown] == r.scores[kKnownPredictsUnknown]);
    REQUIRE(v.verify({k}, u_other, VerifyMethod::kCombined, 0, r).is_ok());
    different.push_back(r.scores[kKnownPredictsUnknown] + r.scores[kUnknownPredictsKnown]);
  }
  CHECK(*std::min_element(same.begin(), same.end()) >
        *std::max_element(different.begin(), different.end()));
  for (uint32_t a = 4; a < 8; ++a)
    REQUIRE(v.add_impostor(write_text(authors[a], 800 + a, 400), "impostor").is_ok());
  Verification r;
  REQUIRE(v.verify({write_text(authors[0], 1, 400)}, write_text(authors[0], 2, 400),
                   VerifyMethod::kCombined, 0, r)
              .is_ok());
  REQUIRE(r.scores.size() == 11);
  CHECK(r.score_mask == 0x7FFU);
  CHECK(r.scores[kImpostorsScore] > 0.5);
  // The known text's model predicts the unknown one better than the impostors' models do.
  CHECK(r.scores[kKnownModelBeatsImpostors] > 1.0);
  CHECK(r.scores[kUnknownModelBeatsImpostors] > 1.0);
  Verification other;
  REQUIRE(v.verify({write_text(authors[0], 1, 400)}, write_text(authors[1], 2, 400),
                   VerifyMethod::kCombined, 0, other)
              .is_ok());
  CHECK(other.scores[kKnownModelBeatsImpostors] < r.scores[kKnownModelBeatsImpostors]);
  // The writer's word habits, relative to the impostors', are shared; another writer's are not.
  CHECK(r.scores[kCosineDelta] > 0.3);
  CHECK(other.scores[kCosineDelta] < r.scores[kCosineDelta]);
  // Without distortion: the unmasked scores only, the same values.
  o.distortion = Distortion::kNone;
  Verifier plain;
  REQUIRE(plain.configure(o).is_ok());
  Verification p;
  REQUIRE(plain
              .verify({write_text(authors[0], 1, 400)}, write_text(authors[1], 2, 400),
                      VerifyMethod::kCombined, 0, p)
              .is_ok());
  REQUIRE(p.scores.size() == 3);
  CHECK(p.score_mask == 0x7U);
  CHECK(p.scores[kKnownPredictsUnknown] == other.scores[kKnownPredictsUnknown]);
  // The default combination adds the impostor-model scores when there are impostors.
  const auto logit = [](double s) { return std::log(s / (1 - s)); };
  CHECK(logit(other.score) - logit(p.score) ==
        doctest::Approx(
            kVerifyDefaultImpostorModelWeight *
            (other.scores[kKnownModelBeatsImpostors] + other.scores[kUnknownModelBeatsImpostors])));
  o.model_order = 0;
  CHECK(v.configure(o).message().find("modelOrder must be an integer in [1, 5]") !=
        std::string::npos);
}

TEST_CASE("text distortion: content words become '*', numbers '#', the rest stays") {
  CHECK(is_function_word("the"));
  CHECK(is_function_word("don't"));
  CHECK_FALSE(is_function_word("harbour"));
  CHECK_FALSE(is_function_word(""));
  const auto masked = [](std::string_view text) {
    std::string out;
    mask_content_words(text, out);
    return out;
  };
  CHECK(masked("the harbour was empty, and we don't know why.") ==
        "the * was *, and we don't know why.");
  // U+2019 joins a word like ' does; a trailing or doubled apostrophe does not.
  CHECK(masked("we don\u2019t sail") == "we don\u2019t *");
  CHECK(masked("sailors' ships") == "*' *");
  CHECK(masked("it''s") == "it''*");
  // Digits (any script) become one '#' per run; letters of any script are words.
  CHECK(masked("in 1859 and \u0661\u0662 caf\u00e9 \u65e5\u672c") == "in # and # * *");
  // Invalid UTF-8 passes through unchanged.
  CHECK(masked(std::string_view("a\xFF"
                                "b",
                                3)) == "a\xFF*");
}

TEST_CASE("shared passages: an excerpt is found in its text, another text by the writer is not") {
  const SyntheticAuthor a = make_author(7);
  const std::string text = write_text(a, 1, 2000);
  const std::string other = write_text(a, 2, 2000);
  // An excerpt: 300 words from the middle of the text.
  std::vector<size_t> spaces;
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == ' ') spaces.push_back(i);
  const std::string excerpt = text.substr(spaces[1000] + 1, spaces[1300] - spaces[1000] - 1);
  PassageSketcher sketcher;
  PassageSketch whole;
  PassageSketch part;
  PassageSketch unrelated;
  PassageSketch empty;
  const NormalizeOptions n;
  REQUIRE(sketcher.sketch(text, n, "text", whole).is_ok());
  REQUIRE(sketcher.sketch(excerpt, n, "text", part).is_ok());
  REQUIRE(sketcher.sketch(other, n, "text", unrelated).is_ok());
  REQUIRE(sketcher.sketch("", n, "text", empty).is_ok());
  CHECK(estimated_containment(whole, whole) == 1.0);
  CHECK(estimated_containment(whole, part) > 0.8);
  CHECK(estimated_containment(part, whole) == estimated_containment(whole, part));
  CHECK(share_passage(part, whole));
  CHECK(estimated_containment(whole, unrelated) < 0.2);
  CHECK_FALSE(share_passage(whole, unrelated));
  CHECK(estimated_containment(whole, empty) == 0.0);
  // The verifier leaves impostors that are passages of the problem's texts out.
  VerifyOptions o;
  o.profile.char_n = 4;
  Verifier v;
  REQUIRE(v.configure(o).is_ok());
  REQUIRE(v.add_impostor(excerpt, "impostor").is_ok());
  REQUIRE(v.add_impostor(text.substr(0, spaces[500]), "impostor").is_ok());
  Verification r;
  REQUIRE(v.verify({text}, write_text(a, 3, 300), VerifyMethod::kCombined, 0, r).is_ok());
  CHECK(r.score_mask == 0x3FU);  // fewer than two impostors left: no impostors scores
  REQUIRE(v.add_impostor(write_text(make_author(8), 4, 400), "impostor").is_ok());
  REQUIRE(v.add_impostor(write_text(make_author(9), 5, 400), "impostor").is_ok());
  REQUIRE(v.verify({text}, write_text(a, 3, 300), VerifyMethod::kCombined, 0, r).is_ok());
  CHECK(r.score_mask == 0x7FFU);
  // A text that fails leaves the pool as it was.
  CHECK_FALSE(v.add_impostor("\xff\xfe broken", "impostor").is_ok());
  CHECK(v.impostors() == 4);
  Verification again;
  REQUIRE(v.verify({text}, write_text(a, 3, 300), VerifyMethod::kCombined, 0, again).is_ok());
  CHECK(again.scores == r.scores);
}
