// SPDX-License-Identifier: MIT
// Feature extraction and SimHash fast paths against their references on seeded random inputs:
// extract() (normalized without a source map) against features built from Shingler::tokenize()
// (with the map), and the occurrence-stream SimHash against simhash() of sorted counts.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "simkit/hash/shingle.h"
#include "simkit/hash/xxhash.h"
#include "simkit/vector/features.h"
#include "simkit/vector/simhash.h"
#include "simkit/vector/tfidf.h"

using namespace simkit;

namespace {

// Pieces that exercise every normalization path: ASCII (with case and white space runs),
// combining marks right after ASCII letters, NFKC compatibility forms, case folding that grows,
// CJK single-character tokens, emoji and non-ASCII white space; separated by '|'.
constexpr std::string_view kPieces =
    "a|b|Z|The|quick|07| |  |\t|\n|.|, |-|e\xcc\x81|\xc3\xa9|\xef\xac\x81|\xc3\x9f|STRASSE|"
    "\xe6\x97\xa5\xe6\x9c\xac|\xf0\x9f\x98\x80|\xc2\xa0|\xe2\x80\x83|\xef\xbc\xa1|"
    "\xe3\x82\xab\xe3\x82\x99";

std::vector<std::string_view> pieces() {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t bar = kPieces.find('|'); bar != std::string_view::npos;
       start = bar + 1, bar = kPieces.find('|', start))
    out.push_back(kPieces.substr(start, bar - start));
  out.push_back(kPieces.substr(start));
  return out;
}

std::string random_text(std::mt19937_64& rng, size_t count) {
  static const std::vector<std::string_view> all = pieces();
  std::string s;
  for (size_t i = 0; i < count; ++i) s += all[rng() % all.size()];
  return s;
}

// The feature construction of FeatureExtractor::count, from Shingler::tokenize (source map on).
std::vector<uint64_t> reference_features(std::string_view text, const FeatureOptions& o) {
  Shingler s;
  std::vector<TokenRange> tokens;
  REQUIRE(s.tokenize(text, o.normalize, tokens).is_ok());
  const std::string& t = s.normalized().text;
  std::vector<uint64_t> kept;
  for (const TokenRange& r : tokens)
    kept.push_back(xxh3_64(t.data() + r.begin, r.end - r.begin, o.seed));
  std::vector<uint64_t> f;
  for (uint32_t n = o.ngram_min; n <= o.ngram_max; ++n)
    for (size_t i = 0; i + n <= kept.size(); ++i)
      f.push_back(n == 1 ? kept[i] : xxh3_64(&kept[i], n * sizeof(uint64_t), o.seed + n));
  return f;
}

TermCounts counts_of(std::vector<uint64_t> f) {
  std::sort(f.begin(), f.end());
  TermCounts c;
  for (size_t i = 0; i < f.size();) {
    size_t j = i;
    while (j < f.size() && f[j] == f[i]) ++j;
    c.emplace_back(f[i], static_cast<uint32_t>(j - i));
    i = j;
  }
  return c;
}

}  // namespace

TEST_CASE("extract(): the features of count(), normalized without a source map") {
  std::mt19937_64 rng(11);
  FeatureExtractor fx;
  FeatureOptions o;
  o.ngram_min = 1;
  o.ngram_max = 3;
  REQUIRE(fx.configure(o).is_ok());
  TermCounts counts;
  for (int round = 0; round < 400; ++round) {
    const std::string text = random_text(rng, rng() % 200);
    INFO("text: " << text);
    REQUIRE(fx.extract(text).is_ok());
    const std::vector<uint64_t> want = reference_features(text, o);
    CHECK(fx.features() == want);
    REQUIRE(fx.count(text, counts).is_ok());
    CHECK(counts == counts_of(want));
  }
}

TEST_CASE("SimHash of feature occurrences equals SimHash of their counts") {
  std::mt19937_64 rng(5);
  std::vector<uint64_t> f;
  // Lengths around the 255-addition drain of the byte counters, odd and even, few distinct
  // values (large counts, many tied votes) and many.
  for (const size_t n :
       std::vector<size_t>{0, 1, 2, 3, 7, 254, 255, 256, 509, 510, 511, 512, 1021, 4097, 100001}) {
    for (const uint64_t distinct : {1ULL, 2ULL, 3ULL, 64ULL, ~0ULL}) {
      f.resize(n);
      const uint64_t a = rng();
      const uint64_t b = rng();
      for (uint64_t& x : f) {
        const uint64_t r = distinct == ~0ULL ? rng() : rng() % distinct;
        x = r == 0 ? a : r == 1 ? b : r * 0x9E3779B97F4A7C15ULL;
      }
      INFO("n = " << n << ", distinct = " << distinct);
      CHECK(simhash(f.data(), f.size()) == simhash(counts_of(f)));
    }
  }
  // All bits set, none set, and exact ties (a vote of 0 leaves the bit clear).
  f.assign(777, ~0ULL);
  CHECK(simhash(f.data(), f.size()) == ~0ULL);
  f.assign(777, 0);
  CHECK(simhash(f.data(), f.size()) == 0);
  f = {0x00000000FFFFFFFFULL, 0xFFFFFFFF00000000ULL};
  CHECK(simhash(f.data(), f.size()) == 0);
  CHECK(simhash(counts_of(f)) == 0);
}
