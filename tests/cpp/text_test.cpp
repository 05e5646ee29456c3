// SPDX-License-Identifier: MIT
// UTF-8, normalization, tokenization, shingling and Jaccard: behaviour and source mapping.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "simkit/hash/shingle.h"
#include "simkit/set/jaccard.h"
#include "simkit/text/normalize.h"
#include "simkit/text/tokenize.h"
#include "simkit/text/utf8.h"

using namespace simkit;

namespace {
std::string normalized(std::string_view in, NormalizeOptions o = {}) {
  Normalizer n;
  NormalizedText out;
  REQUIRE(n.normalize(in, o, out).is_ok());
  return out.text;
}
std::vector<std::string> words(std::string_view in, NormalizeOptions o = {}) {
  Shingler s;
  std::vector<TokenRange> toks;
  REQUIRE(s.tokenize(in, o, toks).is_ok());
  std::vector<std::string> r;
  for (auto t : toks) r.emplace_back(s.normalized().text.substr(t.begin, t.end - t.begin));
  return r;
}
}  // namespace

TEST_CASE("UTF-8 validation rejects overlongs, surrogates, out-of-range and truncation") {
  CHECK(find_invalid_utf8("plain ascii") == 11);
  CHECK(find_invalid_utf8("caf\xc3\xa9 \xf0\x9f\x98\x80") == 10);
  CHECK(find_invalid_utf8("\xc0\xaf") == 0);          // overlong '/'
  CHECK(find_invalid_utf8("ab\xed\xa0\x80") == 2);    // UTF-16 surrogate
  CHECK(find_invalid_utf8("\xf4\x90\x80\x80") == 0);  // above U+10FFFF
  CHECK(find_invalid_utf8("abc\xe2\x82") == 3);       // truncated
  CHECK(find_invalid_utf8("12345678\x80") == 8);      // after the 8-byte fast path
  const Status s = validate_utf8("x\xff", "a");
  CHECK(s.code() == ErrorCode::kInvalidUtf8);
  CHECK(s.message() == "a is not valid UTF-8 (first invalid byte at offset 1)");
}

TEST_CASE("decode_utf8 reports lengths and maximal invalid subparts") {
  const DecodedChar c = decode_utf8("\xf0\x9f\x98\x80", 0);
  CHECK(c.valid);
  CHECK(c.code_point == 0x1F600);
  CHECK(c.length == 4);
  CHECK(utf16_length(c.code_point) == 2);
  const DecodedChar bad = decode_utf8("\xe2\x82x", 0);
  CHECK_FALSE(bad.valid);
  CHECK(bad.length == 2);
}

TEST_CASE("normalization: NFKC, case folding, diacritics, whitespace") {
  CHECK(normalized("  Hello \t\n WORLD  ") == "hello world");
  CHECK(normalized("Stra\xc3\x9f"
                   "e") == "strasse");            // ß folds to ss
  CHECK(normalized("\xef\xac\x81ne") == "fine");  // ﬁ ligature (NFKC)
  CHECK(normalized("e\xcc\x81") == "\xc3\xa9");   // e + U+0301 composes to é
  NormalizeOptions strip;
  strip.strip_diacritics = true;
  CHECK(normalized("Caf\xc3\xa9 na\xc3\xafve", strip) == "cafe naive");
  NormalizeOptions none;
  none.form = NormalForm::kNone;
  none.case_fold = false;
  none.collapse_whitespace = false;
  CHECK(normalized(" A\xef\xac\x81  ", none) == " A\xef\xac\x81  ");
}

TEST_CASE("normalization maps every output byte back to UTF-16 source spans") {
  Normalizer n;
  NormalizedText out;
  // "Ａ😀 b": fullwidth A (1 unit) -> 'a'; emoji (2 units); spaces collapse to one.
  REQUIRE(n.normalize("\xef\xbc\xa1\xf0\x9f\x98\x80   B", {}, out).is_ok());
  CHECK(out.text == "a\xf0\x9f\x98\x80 b");
  CHECK(out.source_begin[0] == 0);
  CHECK(out.source_end[0] == 1);
  CHECK(out.source_begin[1] == 1);  // the emoji's 4 bytes map to units [1, 3)
  CHECK(out.source_end[4] == 3);
  CHECK(out.source_begin[5] == 3);  // the collapsed space covers [3, 6)
  CHECK(out.source_end[5] == 6);
  CHECK(out.source_begin[6] == 6);
  CHECK(out.source_utf16_length == 7);
}

TEST_CASE("invalid UTF-8 is an error unless replacement is requested") {
  Normalizer n;
  NormalizedText out;
  const Status s = n.normalize("ok\xff", {}, out, "b");
  CHECK(s.code() == ErrorCode::kInvalidUtf8);
  CHECK(s.message().find("b is not valid UTF-8") == 0);
  NormalizeOptions o;
  o.replace_invalid = true;
  REQUIRE(n.normalize("ok\xff!", o, out).is_ok());
  CHECK(out.text == "ok\xef\xbf\xbd!");
}

TEST_CASE("word tokens: letters, digits and marks; CJK one character each") {
  CHECK(words("Hello, world! it's 42") ==
        std::vector<std::string>{"hello", "world", "it", "s", "42"});
  CHECK(words("\xe6\x97\xa5\xe6\x9c\xac abc") ==
        std::vector<std::string>{"\xe6\x97\xa5", "\xe6\x9c\xac", "abc"});
  CHECK(words("na\xc3\xafve") == std::vector<std::string>{"na\xc3\xafve"});
  CHECK(words("").empty());
  CHECK(words(" ,. ").empty());
}

TEST_CASE("shingles: word n-grams, char k-grams, short texts and spans") {
  Shingler s;
  Shingles out;
  ShingleOptions o;
  o.size = 2;
  REQUIRE(s.shingle("a b c", o, out, true).is_ok());
  CHECK(out.hashes.size() == 2);
  CHECK(out.spans == std::vector<uint32_t>{0, 3, 2, 5});
  REQUIRE(s.shingle("only", o, out, true).is_ok());  // fewer tokens than size: one shingle
  CHECK(out.hashes.size() == 1);
  REQUIRE(s.shingle("", o, out, true).is_ok());
  CHECK(out.hashes.empty());

  o.unit = ShingleUnit::kChar;
  o.size = 3;
  REQUIRE(s.shingle("ab\xf0\x9f\x98\x80"
                    "c",
                    o, out, true)
              .is_ok());  // 4 code points
  CHECK(out.hashes.size() == 2);
  CHECK(out.spans == std::vector<uint32_t>{0, 4, 1, 5});  // emoji counts 2 UTF-16 units

  // Same text after normalization gives the same hashes.
  Shingles again;
  REQUIRE(s.shingle("AB\xf0\x9f\x98\x80"
                    "C",
                    o, again, false)
              .is_ok());
  CHECK(again.hashes == out.hashes);

  o.size = 0;
  const Status bad = s.shingle("x", o, out, false);
  CHECK(bad.code() == ErrorCode::kInvalidArgument);
  CHECK(bad.message() == "shingleSize must be an integer in [1, 64], got 0");
}

TEST_CASE("seeds change every shingle hash") {
  Shingler s;
  Shingles a;
  Shingles b;
  ShingleOptions o;
  REQUIRE(s.shingle("one two three four", o, a, false).is_ok());
  o.seed = 1;
  REQUIRE(s.shingle("one two three four", o, b, false).is_ok());
  REQUIRE(a.hashes.size() == b.hashes.size());
  for (size_t i = 0; i < a.hashes.size(); ++i) CHECK(a.hashes[i] != b.hashes[i]);
}

TEST_CASE("Jaccard and containment of hash sets") {
  std::vector<uint64_t> a{5, 1, 3, 3, 7};
  std::vector<uint64_t> b{3, 7, 9};
  to_hash_set(a);
  to_hash_set(b);
  CHECK(a == std::vector<uint64_t>{1, 3, 5, 7});
  const SetOverlap ov = set_overlap(a, b);
  CHECK(ov.intersection == 2);
  CHECK(ov.jaccard() == doctest::Approx(2.0 / 5.0));
  CHECK(ov.containment_a_in_b() == doctest::Approx(0.5));
  CHECK(ov.containment_b_in_a() == doctest::Approx(2.0 / 3.0));
  const SetOverlap empty = set_overlap({}, {});
  CHECK(empty.jaccard() == 0.0);
  CHECK(empty.containment_a_in_b() == 0.0);
}
