// SPDX-License-Identifier: MIT
// Checks tests/golden/vectors.tsv: xxHash's published reference values and simkit's pinned
// pipeline outputs. The same file is checked in Node (tests/js) and Chromium (tests/e2e).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "simkit/fingerprint/passages.h"
#include "simkit/hash/shingle.h"
#include "simkit/hash/xxhash.h"
#include "simkit/index/lsh_bands.h"
#include "simkit/sketch/minhash.h"
#include "simkit/style/attribution.h"
#include "simkit/style/verify.h"
#include "simkit/vector/simhash.h"
#include "simkit/vector/tfidf.h"

using namespace simkit;

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, sep)) parts.push_back(cur);
  if (!s.empty() && s.back() == sep) parts.emplace_back();
  return parts;
}

std::string unhex(const std::string& h) {
  std::string out;
  for (size_t i = 0; i + 1 < h.size(); i += 2)
    out.push_back(static_cast<char>(std::stoul(h.substr(i, 2), nullptr, 16)));
  return out;
}

std::string hex64(uint64_t v) {
  std::ostringstream o;
  o << std::hex << v;
  return o.str();
}

std::vector<uint8_t> sanity_buffer(size_t n) {
  std::vector<uint8_t> b(n);
  uint64_t state = 2654435761ULL;
  for (size_t i = 0; i < n; ++i) {
    b[i] = static_cast<uint8_t>(state >> 56);
    state *= 11400714785074694797ULL;
  }
  return b;
}

std::string join_spans(const std::vector<uint32_t>& spans) {
  std::string out;
  for (size_t i = 0; i + 1 < spans.size(); i += 2) {
    if (i != 0) out += ',';
    out += std::to_string(spans[i]) + ':' + std::to_string(spans[i + 1]);
  }
  return out;
}

// winnow: fingerprints and spans; passages: rows and bit-identical coverage/score doubles.
void check_winnow_vector(const std::vector<std::string>& f) {
  FingerprintOptions o;  // norm 22 = NFKC + case folding + collapsed white space (defaults)
  o.unit = static_cast<ShingleUnit>(std::stoul(f[2]));
  o.k = static_cast<uint32_t>(std::stoul(f[3]));
  o.window = std::max<uint32_t>(1, static_cast<uint32_t>(std::stoul(f[4])));
  Fingerprinter fp;
  KGrams ka;
  if (f[0] == "winnow") {
    REQUIRE(fp.kgrams(unhex(f[5]), o, ka).is_ok());
    std::vector<uint32_t> selected;
    winnow(ka.hashes, o.window, selected);
    std::string hashes;
    std::vector<uint32_t> spans;
    for (size_t i = 0; i < selected.size(); ++i) {
      if (i != 0) hashes += ',';
      hashes += hex64(ka.hashes[selected[i]]);
      spans.push_back(ka.spans[size_t{2} * selected[i]]);
      spans.push_back(ka.spans[size_t{2} * selected[i] + 1]);
    }
    CHECK(hashes == f[6]);
    CHECK(join_spans(spans) == (f.size() > 7 ? f[7] : ""));
    return;
  }
  const size_t colon = f[5].find(':');
  KGrams kb;
  REQUIRE(fp.kgrams(unhex(f[5].substr(0, colon)), o, ka).is_ok());
  REQUIRE(fp.kgrams(unhex(f[5].substr(colon + 1)), o, kb).is_ok());
  PassageMatcher matcher;
  PassageMatch m;
  matcher.match(ka, kb, {}, m);
  std::string rows;
  for (const Passage& p : m.passages) {
    if (!rows.empty()) rows += ',';
    rows += std::to_string(p.a_begin) + ':' + std::to_string(p.a_end) + ':' +
            std::to_string(p.b_begin) + ':' + std::to_string(p.b_end) + ':' +
            std::to_string(p.kgrams);
  }
  CHECK(rows == f[6]);
  const std::vector<std::string> nums = split(f[7], ',');
  REQUIRE(nums.size() == 3);
  CHECK(m.coverage_a == std::stod(nums[0]));  // exact: the same bits everywhere
  CHECK(m.coverage_b == std::stod(nums[1]));
  CHECK(m.score == std::stod(nums[2]));
}

std::vector<double> numbers(const std::string& s) {
  std::vector<double> out;
  for (const std::string& x : split(s, ',')) out.push_back(std::stod(x));
  return out;
}

std::vector<std::string> texts(const std::string& hexes) {
  std::vector<std::string> out;
  for (const std::string& h : split(hexes, ':')) out.push_back(unhex(h));
  return out;
}

// style / delta / impostors (tests/golden/style-cases.mjs): doubles compared bit for bit.
void check_style_vector(const std::vector<std::string>& f) {
  if (f[0] == "style") {
    ProfileOptions o;
    o.char_n = static_cast<uint32_t>(std::stoul(f[2]));
    StyleProfiler profiler;
    REQUIRE(profiler.configure(o).is_ok());
    TextProfile p;
    StyleDictionary names;
    REQUIRE(profiler.profile(unhex(f[5]), p, &names).is_ok());
    std::vector<double> got = {static_cast<double>(p.words), static_cast<double>(p.sentences),
                               static_cast<double>(p.punctuation), static_cast<double>(p.grams)};
    got.insert(got.end(), p.stats.begin(), p.stats.end());
    CHECK(got == numbers(f[6]));
    std::vector<StyleTerm> words = p.word_counts;
    std::sort(words.begin(), words.end(), [&](const StyleTerm& a, const StyleTerm& b) {
      return a.count != b.count ? a.count > b.count : names.words[a.key] < names.words[b.key];
    });
    std::string top;
    for (size_t i = 0; i < std::min<size_t>(std::stoul(f[3]), words.size()); ++i) {
      if (i != 0) top += ',';
      std::string h;
      for (const char ch : names.words[words[i].key]) {
        static const char* digits = "0123456789abcdef";
        const auto c = static_cast<unsigned char>(ch);
        h += digits[c >> 4U];
        h += digits[c & 15U];
      }
      top += h + '=' + std::to_string(words[i].count);
    }
    CHECK(top == (f.size() > 7 ? f[7] : ""));
    return;
  }
  if (f[0] == "delta") {
    StyleModelOptions o;
    o.mfw = static_cast<uint32_t>(std::stoul(f[2]));
    AttributionModel model;
    REQUIRE(model.configure(o).is_ok());
    const std::vector<std::string> train = texts(f[5]);
    const std::vector<std::string> authors = split(f[6], ',');
    for (size_t i = 0; i < train.size(); ++i)
      REQUIRE(model.add(train[i], static_cast<uint32_t>(std::stoul(authors[i]))).is_ok());
    REQUIRE(model.fit().is_ok());
    Attribution r;
    REQUIRE(model
                .attribute(unhex(f[7]), static_cast<DeltaMethod>(std::stoul(f[1])),
                           static_cast<AuthorAggregate>(std::stoul(f[3])), r)
                .is_ok());
    CHECK(r.distances == numbers(f[8]));
    return;
  }
  VerifyOptions o;
  o.profile.char_n = 4;
  o.iterations = static_cast<uint32_t>(std::stoul(f[1]));
  o.seed = std::stoull(f[2], nullptr, 16);
  o.impostors_per_iteration = 3;
  Verifier v;
  REQUIRE(v.configure(o).is_ok());
  for (const std::string& t : texts(f[7])) REQUIRE(v.add_impostor(t, "impostor").is_ok());
  const std::vector<std::string> known = texts(f[5]);
  const std::vector<std::string_view> views(known.begin(), known.end());
  Verification r;
  REQUIRE(v.verify(views, unhex(f[6]), static_cast<VerifyMethod>(std::stoul(f[3])), 0, r).is_ok());
  std::vector<double> got{r.score, r.similarity};
  got.insert(got.end(), r.scores.begin(), r.scores.end());
  CHECK(got == numbers(f[8]));
}

}  // namespace

TEST_CASE("golden vectors (tests/golden/vectors.tsv)") {
  std::ifstream file(SIMKIT_GOLDEN_DIR "/vectors.tsv");
  REQUIRE_MESSAGE(file.good(), "cannot open tests/golden/vectors.tsv");
  const std::vector<uint8_t> buffer = sanity_buffer(4096);
  Shingler shingler;
  Shingles sh;
  std::vector<TokenRange> tokens;
  std::string line;
  int checked = 0;
  while (std::getline(file, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> f = split(line, '\t');
    INFO("vector: " << line.substr(0, 160)
                    << "\nIf this change is intended, rerun `node tests/golden/generate.mjs` and "
                       "record it in CHANGELOG.md: stored signatures change with it.");
    const std::string& kind = f[0];
    if (kind == "xxh3" || kind == "xxh64" || kind == "xxh32") {
      const size_t len = std::stoul(f[1]);
      const uint64_t seed = std::stoull(f[2], nullptr, 16);
      uint64_t got = 0;
      if (kind == "xxh3") got = xxh3_64(buffer.data(), len, seed);
      if (kind == "xxh64") got = xxh64(buffer.data(), len, seed);
      if (kind == "xxh32") got = xxh32(buffer.data(), len, static_cast<uint32_t>(seed));
      CHECK(hex64(got) == f[3]);
      ++checked;
      continue;
    }
    if (kind == "simhash") {
      FeatureExtractor fx;
      FeatureOptions fo;
      fo.ngram_min = 1;
      fo.ngram_max = 3;
      REQUIRE(fx.configure(fo).is_ok());
      TermCounts counts;
      REQUIRE(fx.count(unhex(f[6]), counts).is_ok());
      CHECK(hex64(simhash(counts)) == f[7]);
      ++checked;
      continue;
    }
    if (kind == "minhash") {
      MinHashOptions mo;
      mo.scheme = static_cast<MinHashScheme>(std::stoul(f[1]));
      mo.num_perm = static_cast<uint32_t>(std::stoul(f[2]));
      mo.seed = std::stoull(f[3], nullptr, 16);
      MinHasher hasher;
      REQUIRE(hasher.configure(mo).is_ok());
      REQUIRE(shingler.shingle(unhex(f[5]), {}, sh, false).is_ok());
      std::vector<uint32_t> sig(mo.num_perm);
      hasher.sign(sh.hashes.data(), sh.hashes.size(), sig.data());
      std::string slots;
      for (size_t i = 0; i < sig.size(); ++i) {
        if (i != 0) slots += ',';
        slots += hex64(sig[i]);
      }
      CHECK(slots == f[6]);
      ++checked;
      continue;
    }
    if (kind == "lshbands") {
      const auto num_perm = static_cast<uint32_t>(std::stoul(f[1]));
      const auto bands = static_cast<uint32_t>(std::stoul(f[2]));
      const auto rows = static_cast<uint32_t>(std::stoul(f[3]));
      std::vector<uint32_t> sig;
      for (const std::string& v : split(f[5], ','))
        sig.push_back(static_cast<uint32_t>(std::stoul(v, nullptr, 16)));
      REQUIRE(sig.size() == num_perm);
      std::vector<uint64_t> keys;
      REQUIRE(lsh_band_keys(sig.data(), 1, num_perm, bands, rows, keys).is_ok());
      std::string got;
      for (size_t i = 0; i < keys.size(); ++i) {
        if (i != 0) got += ',';
        got += hex64(keys[i]);
      }
      CHECK(got == f[6]);
      ++checked;
      continue;
    }
    if (kind == "style" || kind == "delta" || kind == "impostors") {
      check_style_vector(f);
      ++checked;
      continue;
    }
    if (kind == "winnow" || kind == "passages") {
      check_winnow_vector(f);
      ++checked;
      continue;
    }
    ShingleOptions o;
    const auto norm = static_cast<uint32_t>(std::stoul(f[1]));
    o.normalize.form = static_cast<NormalForm>(norm & 3U);
    o.normalize.case_fold = (norm & 4U) != 0;
    o.normalize.strip_diacritics = (norm & 8U) != 0;
    o.normalize.collapse_whitespace = (norm & 16U) != 0;
    o.unit = static_cast<ShingleUnit>(std::stoul(f[2]));
    o.size = static_cast<uint32_t>(std::stoul(f[3]));
    o.seed = std::stoull(f[4], nullptr, 16);
    const std::string input = unhex(f[5]);
    if (kind == "normalize") {
      REQUIRE(shingler.normalize(input, o.normalize, "text").is_ok());
      CHECK(shingler.normalized().text == unhex(f[6]));
    } else if (kind == "tokens") {
      REQUIRE(shingler.tokenize(input, o.normalize, tokens).is_ok());
      std::vector<uint32_t> spans;
      for (const TokenRange& t : tokens) {
        spans.push_back(shingler.normalized().source_begin[t.begin]);
        spans.push_back(shingler.normalized().source_end[t.end - 1]);
      }
      CHECK(join_spans(spans) == f[6]);
    } else if (kind == "shingles") {
      REQUIRE(shingler.shingle(input, o, sh, true).is_ok());
      std::string hashes;
      for (size_t i = 0; i < sh.hashes.size(); ++i) {
        if (i != 0) hashes += ',';
        hashes += hex64(sh.hashes[i]);
      }
      CHECK(hashes == f[6]);
      CHECK(join_spans(sh.spans) == (f.size() > 7 ? f[7] : ""));
    } else {
      FAIL("unknown vector kind " << kind);
    }
    ++checked;
  }
  CHECK(checked > 100);
}
