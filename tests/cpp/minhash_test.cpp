// SPDX-License-Identifier: MIT
// MinHash (classic and OPH) and the LSH index: determinism, estimation error against exact
// Jaccard on seeded sets, merge, S-curve parameters, recall/precision on planted duplicates.
#include "simkit/sketch/minhash.h"

#include <doctest/doctest.h>

#include <cmath>
#include <random>
#include <set>

#include "simkit/index/lsh_bands.h"
#include "simkit/index/lsh_index.h"
#include "simkit/set/jaccard.h"

using namespace simkit;

namespace {
// Two random sets with a target overlap, as 64-bit hashes.
void make_pair_sets(std::mt19937_64& rng, size_t size, double jaccard, std::vector<uint64_t>& a,
                    std::vector<uint64_t>& b) {
  // |A∩B| = J·|A∪B|; with |A| = |B| = size: |A∩B| = 2J·size/(1+J).
  const auto shared =
      static_cast<size_t>(std::lround(2 * jaccard * static_cast<double>(size) / (1 + jaccard)));
  a.clear();
  b.clear();
  for (size_t i = 0; i < shared; ++i) {
    const uint64_t x = rng();
    a.push_back(x);
    b.push_back(x);
  }
  for (size_t i = shared; i < size; ++i) {
    a.push_back(rng());
    b.push_back(rng());
  }
}
}  // namespace

TEST_CASE("MinHash options are validated with the JS parameter names") {
  MinHasher m;
  MinHashOptions o;
  o.num_perm = 0;
  CHECK(m.configure(o).message() == "numPerm must be an integer in [1, 4096], got 0");
  o.num_perm = 5000;
  CHECK_FALSE(m.configure(o).is_ok());
}

TEST_CASE("signatures are deterministic, seed-dependent, and empty sets sign as all-empty") {
  for (const auto scheme : {MinHashScheme::kClassic, MinHashScheme::kOnePermutation}) {
    MinHasher m;
    MinHashOptions o;
    o.scheme = scheme;
    o.num_perm = 64;
    REQUIRE(m.configure(o).is_ok());
    const std::vector<uint64_t> set{1, 2, 3, 0xFFFFFFFFFFFFFFFFULL, 42};
    std::vector<uint32_t> s1(64), s2(64), s3(64), empty(64);
    m.sign(set.data(), set.size(), s1.data());
    m.sign(set.data(), set.size(), s2.data());
    CHECK(s1 == s2);
    std::vector<uint64_t> shuffled{42, 3, 0xFFFFFFFFFFFFFFFFULL, 1, 2, 2};
    m.sign(shuffled.data(), shuffled.size(), s3.data());
    CHECK(s1 == s3);  // order and repeats do not matter
    m.sign(nullptr, 0, empty.data());
    for (uint32_t v : empty) CHECK(v == kEmptySlot);
    CHECK(estimate_jaccard(empty.data(), empty.data(), 64) == 0.0);
    CHECK(estimate_jaccard(s1.data(), s1.data(), 64) == 1.0);
    o.seed = 2;
    REQUIRE(m.configure(o).is_ok());
    m.sign(set.data(), set.size(), s2.data());
    CHECK(s1 != s2);
  }
}

TEST_CASE("estimation error: mean absolute error <= 0.03 at 128 permutations, both schemes") {
  for (const auto scheme : {MinHashScheme::kClassic, MinHashScheme::kOnePermutation}) {
    MinHasher m;
    MinHashOptions o;
    o.scheme = scheme;
    REQUIRE(m.configure(o).is_ok());
    std::mt19937_64 rng(20261124);  // fixed seed: deterministic, not flaky
    std::vector<uint64_t> a, b;
    std::vector<uint32_t> sa(128), sb(128);
    double total_error = 0;
    int trials = 0;
    for (const double target : {0.1, 0.3, 0.5, 0.7, 0.9}) {
      for (const size_t size : {size_t{50}, size_t{300}, size_t{2000}}) {
        for (int rep = 0; rep < 20; ++rep) {
          make_pair_sets(rng, size, target, a, b);
          std::vector<uint64_t> ua = a, ub = b;
          to_hash_set(ua);
          to_hash_set(ub);
          const double exact = set_overlap(ua, ub).jaccard();
          m.sign(a.data(), a.size(), sa.data());
          m.sign(b.data(), b.size(), sb.data());
          total_error += std::fabs(estimate_jaccard(sa.data(), sb.data(), 128) - exact);
          ++trials;
        }
      }
    }
    const double mae = total_error / trials;
    MESSAGE("scheme " << int(scheme) << " MAE " << mae);
    CHECK(mae <= 0.03);
  }
}

TEST_CASE("merge of classic signatures is the signature of the union") {
  MinHasher m;
  REQUIRE(m.configure({}).is_ok());
  const std::vector<uint64_t> a{1, 2, 3}, b{3, 4, 5}, u{1, 2, 3, 4, 5};
  std::vector<uint32_t> sa(128), sb(128), su(128), merged(128);
  m.sign(a.data(), a.size(), sa.data());
  m.sign(b.data(), b.size(), sb.data());
  m.sign(u.data(), u.size(), su.data());
  merge_signatures(sa.data(), sb.data(), 128, merged.data());
  CHECK(merged == su);
}

TEST_CASE("LSH parameters: S-curve, optimal bands x rows, weights") {
  CHECK(lsh_candidate_probability(0.0, 9, 13) == 0.0);
  CHECK(lsh_candidate_probability(1.0, 9, 13) == 1.0);
  LshParams p;
  REQUIRE(optimal_lsh_params(0.8, 128, 0.5, 0.5, p).is_ok());
  CHECK(p.bands == 9);  // datasketch's MinHashLSH(threshold=0.8, num_perm=128) picks (9, 13) too
  CHECK(p.rows == 13);
  // The S-curve's steep part sits near the threshold: low at 0.5, high at 0.95.
  CHECK(lsh_candidate_probability(0.5, p.bands, p.rows) < 0.2);
  CHECK(lsh_candidate_probability(0.95, p.bands, p.rows) > 0.95);
  LshParams recall;
  REQUIRE(optimal_lsh_params(0.8, 128, 0.1, 0.9, recall).is_ok());
  CHECK(recall.false_negative_area <= p.false_negative_area);
  CHECK(optimal_lsh_params(1.5, 128, 0.5, 0.5, p).message() ==
        "threshold must be a number in (0, 1), got 1.500000");
  // The value is printed like printf's "%f" (without printf: the wasm does not carry it).
  const auto got = [&](double t) {
    const std::string m = optimal_lsh_params(t, 128, 0.5, 0.5, p).message();
    return m.substr(m.rfind("got ") + 4);
  };
  CHECK(got(-0.25) == "-0.250000");
  CHECK(got(0.0) == "0.000000");
  CHECK(got(-0.0) == "-0.000000");
  CHECK(got(1.0000004) == "1.000000");
  CHECK(got(1.0000005000001) == "1.000001");
  CHECK(got(123456.75) == "123456.750000");
  CHECK(got(1e13) == "1e12 or more");
  CHECK(got(std::nan("")) == "nan");
  CHECK(got(-HUGE_VAL) == "-inf");
  CHECK_FALSE(optimal_lsh_params(0.5, 128, 0, 0, p).is_ok());
}

TEST_CASE("LSH index: recall >= 0.95 and precision >= 0.9 on planted near-duplicates at 0.8") {
  MinHasher m;
  REQUIRE(m.configure({}).is_ok());
  LshParams p;
  // Recall-first weights (the package default): candidates are verified by their estimate,
  // so a false positive costs a comparison, a false negative a missed duplicate.
  REQUIRE(optimal_lsh_params(0.8, 128, 0.1, 0.9, p).is_ok());
  CHECK(p.bands == 14);
  CHECK(p.rows == 9);
  LshIndex index;
  REQUIRE(index.configure(128, p.bands, p.rows).is_ok());
  std::mt19937_64 rng(99);
  std::vector<std::vector<uint64_t>> docs;
  for (int i = 0; i < 400; ++i) {
    std::vector<uint64_t> d(300);
    for (auto& x : d) x = rng();
    docs.push_back(d);
  }
  std::set<std::pair<uint32_t, uint32_t>> truth;
  for (uint32_t i = 0; i < 100; ++i) {  // planted: J >= 0.85 copies of the first 100 docs
    std::vector<uint64_t> copy = docs[i];
    for (size_t k = 0; k < 20; ++k) copy[rng() % copy.size()] = rng();
    docs.push_back(copy);
    truth.insert({i, static_cast<uint32_t>(docs.size() - 1)});
  }
  std::vector<std::vector<uint32_t>> sigs(docs.size(), std::vector<uint32_t>(128));
  for (uint32_t i = 0; i < docs.size(); ++i) {
    m.sign(docs[i].data(), docs[i].size(), sigs[i].data());
    index.insert(i, sigs[i].data());
  }
  size_t found = 0;
  size_t reported = 0;
  std::vector<LshCandidate> hits;
  for (uint32_t i = 0; i < docs.size(); ++i) {
    index.query(sigs[i].data(), 0.8, 0, i, hits);
    for (const auto& h : hits) {
      if (h.id < i) continue;
      ++reported;
      found += truth.count({i, h.id});
    }
  }
  const double recall = static_cast<double>(found) / static_cast<double>(truth.size());
  const double precision =
      reported == 0 ? 0 : static_cast<double>(found) / static_cast<double>(reported);
  MESSAGE("recall " << recall << " precision " << precision);
  CHECK(recall >= 0.95);
  CHECK(precision >= 0.9);
  std::vector<std::vector<uint32_t>> clusters;
  index.clusters(0.8, clusters);
  CHECK(clusters.size() >= 95);
  for (const auto& c : clusters) CHECK(c.size() == 2);
}

TEST_CASE("LSH index: remove, re-insert, save/load round trip and damage") {
  LshIndex index;
  REQUIRE(index.configure(16, 4, 4).is_ok());
  std::vector<uint32_t> a(16, 7), b(16, 7), c(16, 9);
  b[15] = 8;
  index.insert(1, a.data());
  index.insert(2, b.data());
  index.insert(3, c.data());
  std::vector<LshCandidate> hits;
  index.query(a.data(), 0.5, 0, 0xFFFFFFFFU, hits);
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].id == 1);
  CHECK(hits[1].id == 2);
  CHECK(index.remove(1));
  CHECK_FALSE(index.remove(1));
  index.query(a.data(), 0.5, 0, 0xFFFFFFFFU, hits);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].id == 2);
  index.insert(1, a.data());
  const std::vector<uint8_t> bytes = index.save("keys");
  LshIndex loaded;
  std::string user;
  REQUIRE(loaded.load(bytes.data(), bytes.size(), user).is_ok());
  CHECK(user == "keys");
  CHECK(loaded.size() == 3);
  CHECK(loaded.save("keys") == bytes);
  for (size_t n = 0; n < bytes.size(); ++n) CHECK_FALSE(loaded.load(bytes.data(), n, user).is_ok());
  CHECK(loaded.size() == 3);
  CHECK(index.configure(16, 5, 4).message() ==
        "bands × rows must be between 1 and numPerm (16), got 5 × 4");
}

TEST_CASE("LSH band keys: shared keys are exactly the index's candidates") {
  // 40 signatures over a small alphabet so that some bands collide and most do not.
  constexpr uint32_t kNumPerm = 24;
  constexpr uint32_t kBands = 5;  // 5 × 4 < 24: the last 4 slots are in no band
  constexpr uint32_t kRows = 4;
  std::mt19937 rng(7);
  std::vector<uint32_t> sigs(40 * kNumPerm);
  for (auto& v : sigs) v = rng() % 2;
  std::vector<uint64_t> keys;
  REQUIRE(lsh_band_keys(sigs.data(), 40, kNumPerm, kBands, kRows, keys).is_ok());
  REQUIRE(keys.size() == 40 * kBands);
  LshIndex index;
  REQUIRE(index.configure(kNumPerm, kBands, kRows).is_ok());
  for (uint32_t i = 0; i < 40; ++i) index.insert(i, &sigs[size_t{i} * kNumPerm]);
  size_t colliding = 0;
  std::vector<LshCandidate> hits;
  for (uint32_t q = 0; q < 40; ++q) {
    std::set<uint32_t> by_keys;
    for (uint32_t d = 0; d < 40; ++d) {
      if (d == q) continue;
      for (uint32_t b = 0; b < kBands; ++b)
        if (keys[q * kBands + b] == keys[d * kBands + b]) by_keys.insert(d);
    }
    index.query(&sigs[size_t{q} * kNumPerm], 0.0, 0, q, hits);
    std::set<uint32_t> by_index;
    for (const auto& h : hits) by_index.insert(h.id);
    CHECK(by_keys == by_index);
    colliding += by_keys.size();
  }
  CHECK(colliding > 0);
  // A band's key depends only on its own rows and its number.
  CHECK(lsh_band_key(sigs.data(), 1, kRows) == keys[1]);
  std::vector<uint32_t> changed(sigs.begin(), sigs.begin() + kNumPerm);
  changed[kRows] ^= 1;  // first row of band 1
  CHECK(lsh_band_key(changed.data(), 0, kRows) == keys[0]);
  CHECK(lsh_band_key(changed.data(), 1, kRows) != keys[1]);
  CHECK(lsh_band_keys(sigs.data(), 1, kNumPerm, 7, 4, keys).message() ==
        "bands × rows must be between 1 and numPerm (24), got 7 × 4");
  CHECK(lsh_band_keys(sigs.data(), 1, 0, 1, 1, keys).message() ==
        "numPerm must be an integer in [1, 4096], got 0");
}
