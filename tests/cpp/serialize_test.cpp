// SPDX-License-Identifier: MIT
// Persistence: the envelope, and the winnow index save/load round trip; truncated, flipped,
// foreign and future-version bytes give clear errors and leave the index unchanged.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "simkit/fingerprint/winnow_index.h"
#include "simkit/io/bytes.h"

using namespace simkit;

namespace {
WinnowIndex sample_index() {
  WinnowIndex index;
  FingerprintOptions o;
  o.k = 8;
  o.window = 3;
  o.seed = 0x1234567890ABCDEFULL;
  o.normalize.strip_diacritics = true;
  REQUIRE(index.configure(o, 5).is_ok());
  REQUIRE(
      index.add(3, "It was the best of times, it was the worst of times", DocumentRole::kSubmission)
          .is_ok());
  REQUIRE(
      index.add(7, "He said it was the best of times, truly", DocumentRole::kSubmission).is_ok());
  REQUIRE(index.add(9, "Café au lait, the worst of times", DocumentRole::kReference).is_ok());
  REQUIRE(index.set_template("truly").is_ok());
  return index;
}
}  // namespace

TEST_CASE("envelope: seal/unseal round trip and every kind of damage") {
  const std::vector<uint8_t> payload{1, 2, 3, 4, 5};
  const std::vector<uint8_t> sealed = seal("TEST", 2, payload);
  CHECK(sealed.size() == payload.size() + kEnvelopeOverhead);
  std::string_view out;
  uint16_t version = 0;
  REQUIRE(unseal(sealed.data(), sealed.size(), "TEST", 2, "thing", out, version).is_ok());
  CHECK(version == 2);
  CHECK(out.size() == 5);
  CHECK(unseal(sealed.data(), sealed.size(), "XXXX", 2, "thing", out, version).message() ==
        "not a simkit thing (wrong magic bytes)");
  const Status future = unseal(sealed.data(), sealed.size(), "TEST", 1, "thing", out, version);
  CHECK(future.code() == ErrorCode::kUnsupportedVersion);
  CHECK(future.message() ==
        "this simkit reads thing format versions 1 to 1, the data is version 2");
  for (size_t n = 0; n < sealed.size(); ++n)
    CHECK(unseal(sealed.data(), n, "TEST", 2, "thing", out, version).code() ==
          ErrorCode::kCorruptData);
  for (size_t i = 0; i < sealed.size(); ++i) {
    std::vector<uint8_t> flipped = sealed;
    flipped[i] ^= 0x10;
    CHECK_FALSE(unseal(flipped.data(), flipped.size(), "TEST", 2, "thing", out, version).is_ok());
  }
}

TEST_CASE("winnow index: save/load round trip is exact and deterministic") {
  WinnowIndex index = sample_index();
  const std::vector<uint8_t> bytes = index.save("user section ✓");
  CHECK(index.save("user section ✓") == bytes);
  WinnowIndex loaded;
  std::string user;
  REQUIRE(loaded.load(bytes.data(), bytes.size(), user).is_ok());
  CHECK(user == "user section ✓");
  CHECK(loaded.size() == 3);
  CHECK(loaded.options().k == 8);
  CHECK(loaded.options().seed == 0x1234567890ABCDEFULL);
  CHECK(loaded.options().normalize.strip_diacritics);
  CHECK(loaded.save("user section ✓") == bytes);
  std::vector<FingerprintPair> before;
  std::vector<FingerprintPair> after;
  index.pairs(0, 0, before);
  loaded.pairs(0, 0, after);
  REQUIRE(before.size() == after.size());
  for (size_t i = 0; i < before.size(); ++i) {
    CHECK(before[i].a == after[i].a);
    CHECK(before[i].b == after[i].b);
    CHECK(before[i].similarity == after[i].similarity);
  }
  std::vector<FingerprintPair> q;
  REQUIRE(loaded.query("the worst of times", 0, 0, q).is_ok());
  CHECK(!q.empty());
}

TEST_CASE(
    "winnow index: truncation, flips and foreign bytes never load and never change the index") {
  WinnowIndex index = sample_index();
  const std::vector<uint8_t> bytes = index.save("u");
  WinnowIndex target = sample_index();
  std::string user = "kept";
  for (size_t n = 0; n < bytes.size(); ++n) {
    const Status s = target.load(bytes.data(), n, user);
    REQUIRE_FALSE(s.is_ok());
    CHECK(s.code() == ErrorCode::kCorruptData);
  }
  std::mt19937 rng(7);
  for (int trial = 0; trial < 500; ++trial) {
    std::vector<uint8_t> bad = bytes;
    bad[rng() % bad.size()] ^= static_cast<uint8_t>(1U << (rng() % 8));
    CHECK_FALSE(target.load(bad.data(), bad.size(), user).is_ok());
  }
  std::vector<uint8_t> noise(300);
  for (auto& b : noise) b = static_cast<uint8_t>(rng());
  CHECK(target.load(noise.data(), noise.size(), user).message() ==
        "not a simkit winnow index (wrong magic bytes)");
  CHECK(user == "kept");
  CHECK(target.size() == 3);
  // A well-sealed payload with an absurd count is refused before allocating.
  ByteWriter w;
  w.u8(1);
  w.u32(25);
  w.u32(10);
  w.u64(0);
  w.u8(2);
  w.u8(5);
  w.u32(0);
  w.u32(0xFFFFFFFFU);  // template count: 32 GiB of hashes that are not there
  const std::vector<uint8_t> lying = seal("SKWI", 1, w.data());
  CHECK(target.load(lying.data(), lying.size(), user).message() ==
        "corrupt winnow index: truncated template");
}
