// SPDX-License-Identifier: MIT
// Winnowing, k-grams, passages and the winnow index.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "reference/naive_winnow.h"
#include "simkit/fingerprint/passages.h"
#include "simkit/fingerprint/winnow_index.h"

using namespace simkit;

TEST_CASE("winnow equals the reference on seeded random hashes, with many ties") {
  std::mt19937_64 rng(20261124);
  std::vector<uint32_t> fast;
  for (int round = 0; round < 2000; ++round) {
    const size_t n = rng() % 80;
    const uint64_t alphabet = 1 + rng() % 12;  // small alphabets force ties
    std::vector<uint64_t> h(n);
    for (auto& x : h) x = rng() % alphabet;
    const auto w = static_cast<uint32_t>(1 + rng() % 12);
    winnow(h, w, fast);
    REQUIRE(fast == reference::naive_winnow(h, w));
  }
}

TEST_CASE("winnowing guarantee: a shared run of window+k-1 units yields a shared fingerprint") {
  FingerprintOptions o;
  o.k = 5;
  o.window = 4;
  Fingerprinter f;
  KGrams a;
  KGrams b;
  const std::string shared = "the quick brown fox";  // 19 chars >= window + k - 1 = 8
  REQUIRE(f.kgrams("zzz qqq " + shared + " yyy www", o, a).is_ok());
  std::vector<uint32_t> sa;
  winnow(a.hashes, o.window, sa);
  REQUIRE(f.kgrams("mmm " + shared + " nnn ooo ppp", o, b).is_ok());
  std::vector<uint32_t> sb;
  winnow(b.hashes, o.window, sb);
  bool common = false;
  for (uint32_t i : sa)
    for (uint32_t j : sb) common = common || a.hashes[i] == b.hashes[j];
  CHECK(common);
}

TEST_CASE("char k-grams ignore punctuation and spacing, spans point into the source") {
  FingerprintOptions o;
  o.k = 3;
  Fingerprinter f;
  KGrams a;
  KGrams b;
  REQUIRE(f.kgrams("Ab, cd!", o, a).is_ok());  // joined: "ab cd" -> 3 k-grams
  REQUIRE(f.kgrams("ab   CD", o, b).is_ok());
  CHECK(a.hashes == b.hashes);
  CHECK(a.units == 5);
  CHECK(a.spans == std::vector<uint32_t>{0, 2, 1, 5, 4, 6});  // never start/end on punctuation
}

TEST_CASE("passages: copied sentence found with exact UTF-16 spans, multi-byte text") {
  const std::string a = "Intro: 😀 Le café était très bon, dit-il. Fin.";
  const std::string b = "Autre texte. LE CAFÉ ÉTAIT TRÈS BON, dit-il! Et puis rien.";
  FingerprintOptions o;
  o.k = 8;
  Fingerprinter f;
  KGrams ka;
  KGrams kb;
  REQUIRE(f.kgrams(a, o, ka).is_ok());
  REQUIRE(f.kgrams(b, o, kb).is_ok());
  PassageMatcher m;
  PassageMatch out;
  m.match(ka, kb, {}, out);
  REQUIRE(out.passages.size() == 1);
  const Passage& p = out.passages[0];
  // In UTF-16 units: "Intro: " is 7, the emoji 2, " " 1 -> "Le" starts at 10.
  CHECK(p.a_begin == 10);
  CHECK(p.a_end == 40);  // "Le café était très bon, dit-il" ends before '.'
  CHECK(p.b_begin == 13);
  CHECK(p.b_end == 43);
  CHECK(out.coverage_a > 0.5);
  CHECK(out.coverage_b > 0.4);
  CHECK(out.score > 0.4);
}

TEST_CASE("passages: identical texts are fully covered; disjoint ones not at all") {
  FingerprintOptions o;
  o.k = 4;
  Fingerprinter f;
  KGrams a;
  KGrams b;
  PassageMatcher m;
  PassageMatch out;
  REQUIRE(f.kgrams("one two three four five", o, a).is_ok());
  m.match(a, a, {}, out);
  CHECK(out.coverage_a == 1.0);
  CHECK(out.score == 1.0);
  REQUIRE(f.kgrams("completely different words", o, b).is_ok());
  m.match(a, b, {}, out);
  CHECK(out.passages.empty());
  CHECK(out.score == 0.0);
  KGrams empty;
  REQUIRE(f.kgrams("", o, empty).is_ok());
  m.match(a, empty, {}, out);
  CHECK(out.score == 0.0);
}

TEST_CASE("passages: max_gap merges a copied sentence with one word changed") {
  FingerprintOptions o;
  o.unit = ShingleUnit::kWord;
  o.k = 2;
  Fingerprinter f;
  KGrams a;
  KGrams b;
  REQUIRE(f.kgrams("alpha beta gamma delta epsilon zeta eta theta", o, a).is_ok());
  REQUIRE(f.kgrams("alpha beta gamma DIFFERENT epsilon zeta eta theta", o, b).is_ok());
  PassageMatcher m;
  PassageMatch out;
  m.match(a, b, {}, out);
  CHECK(out.passages.size() == 2);
  PassageOptions merge;
  merge.max_gap = 2;
  m.match(a, b, merge, out);
  REQUIRE(out.passages.size() == 1);
  CHECK(out.passages[0].a_begin == 0);
}

TEST_CASE("winnow index: pairs, references, template, frequency cut-off, remove, query") {
  WinnowIndex index;
  FingerprintOptions o;
  o.k = 10;
  o.window = 4;
  REQUIRE(index.configure(o, 0).is_ok());
  const std::string source =
      "It was the best of times, it was the worst of times, it was the age of wisdom";
  const std::string boiler = "Answer all questions in full sentences and cite your sources";
  REQUIRE(index.add(1, boiler + " " + source, DocumentRole::kSubmission).is_ok());
  REQUIRE(index
              .add(2, boiler + " my own original words about something else entirely",
                   DocumentRole::kSubmission)
              .is_ok());
  REQUIRE(index.add(3, source, DocumentRole::kReference).is_ok());
  REQUIRE(index.add(4, source + " and more", DocumentRole::kReference).is_ok());
  std::vector<FingerprintPair> pairs;
  index.pairs(0.0, 0, pairs);
  // 3-4 are both references: never paired. 1-2 share only the boilerplate.
  for (const auto& p : pairs) CHECK_FALSE((p.a == 3 && p.b == 4));
  REQUIRE(!pairs.empty());
  CHECK(((pairs[0].a == 1 && pairs[0].b == 3) || (pairs[0].a == 1 && pairs[0].b == 4)));
  bool boiler_pair = false;
  for (const auto& p : pairs) boiler_pair = boiler_pair || (p.a == 1 && p.b == 2);
  CHECK(boiler_pair);
  double before = 0;
  for (const auto& p : pairs)
    if (p.a == 1 && p.b == 2) before = p.similarity;
  REQUIRE(index.set_template(boiler).is_ok());
  index.pairs(0.0, 0, pairs);
  // Only the k-gram that joins the template to what follows it can still match.
  for (const auto& p : pairs) {
    if (p.a == 1 && p.b == 2) {
      CHECK(p.shared <= 1);
      CHECK(p.similarity < before / 4);
    }
  }

  std::vector<FingerprintPair> hits;
  REQUIRE(index.query(source, 0.5, 2, hits).is_ok());
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].a == WinnowIndex::kQueryId);
  CHECK(hits[0].b == 3);
  CHECK(hits[0].similarity == doctest::Approx(1.0));

  CHECK(index.remove(3));
  CHECK_FALSE(index.remove(3));
  CHECK(index.size() == 3);

  WinnowIndex strict;
  REQUIRE(strict.configure(o, 1).is_ok());  // a fingerprint in 2+ documents is ignored
  REQUIRE(strict.add(1, source, DocumentRole::kSubmission).is_ok());
  REQUIRE(strict.add(2, source, DocumentRole::kSubmission).is_ok());
  strict.pairs(0.0, 0, pairs);
  CHECK(pairs.empty());
}

TEST_CASE("fingerprint options are validated with JS parameter names") {
  FingerprintOptions o;
  o.k = 0;
  CHECK(validate_fingerprint_options(o).message() == "k must be an integer in [1, 1024], got 0");
  o.k = 5;
  o.window = 0;
  CHECK(validate_fingerprint_options(o).message() ==
        "window must be an integer in [1, 1024], got 0");
}
