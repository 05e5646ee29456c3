// SPDX-License-Identifier: MIT
// Grapheme clusters against the Unicode Character Database's own conformance file,
// GraphemeBreakTest.txt (Debian's unicode-data, the tables' version), and the ids and the
// quick check the distances rely on.
#include "simkit/text/grapheme.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using simkit::GraphemeIds;
using simkit::GraphemeNeed;

namespace {
std::vector<uint32_t> ends_of(const std::vector<uint32_t>& cps) {
  std::vector<uint32_t> ends;
  simkit::grapheme_ends(cps, ends);
  return ends;
}
}  // namespace

TEST_CASE("grapheme clusters: every line of GraphemeBreakTest.txt") {
  std::ifstream in(SIMKIT_UCD_DIR "/auxiliary/GraphemeBreakTest.txt");
  REQUIRE(in.good());
  std::string line;
  size_t cases = 0;
  while (std::getline(in, line)) {
    line = line.substr(0, line.find('#'));
    std::istringstream fields(line);
    std::vector<uint32_t> cps;
    std::vector<uint32_t> want;
    std::string token;
    while (fields >> token) {
      if (token == "\xC3\xB7") {  // ÷: a break after the code points so far
        if (!cps.empty()) want.push_back(static_cast<uint32_t>(cps.size()));
      } else if (token != "\xC3\x97") {  // ×: no break
        cps.push_back(static_cast<uint32_t>(std::stoul(token, nullptr, 16)));
      }
    }
    if (cps.empty()) continue;
    ++cases;
    CAPTURE(line);
    CHECK(ends_of(cps) == want);
  }
  CHECK(cases > 600);
}

TEST_CASE("grapheme ids: single code points are themselves, clusters share an id") {
  GraphemeIds ids;
  std::vector<uint32_t> out;
  // e + U+0301, a flag (two regional indicators), an emoji ZWJ sequence, CR LF, then "é" again
  const std::vector<uint32_t> text = {'e',     0x301, 'x',  0x1F1EB, 0x1F1F7, 0x1F469, 0x200D,
                                      0x1F4BB, '\r',  '\n', 'e',     0x301,   0x416};
  ids.append(text, out);
  REQUIRE(out.size() == 7);
  CHECK(out[0] >= 0x110000);
  CHECK(out[1] == 'x');
  CHECK(out[2] >= 0x110000);
  CHECK(out[3] >= 0x110000);
  CHECK(out[4] >= 0x110000);
  CHECK(out[5] == out[0]);
  CHECK(out[6] == 0x416);
  CHECK(out[2] != out[0]);
  CHECK(out[3] != out[2]);
}

TEST_CASE("grapheme need: code points alone, clusters, viramas") {
  const auto need = [](std::vector<uint32_t> cps) { return simkit::grapheme_need(cps); };
  CHECK(need({'a', 'b', '\n', 0x7F, 0x416, 0x4E2D, 0xAC00, 0x1F600}) == GraphemeNeed::kNone);
  CHECK(need({'a', '\r'}) == GraphemeNeed::kSegment);           // CR may join a LF
  CHECK(need({'e', 0x301}) == GraphemeNeed::kSegment);          // Extend
  CHECK(need({0x1100, 0x1161}) == GraphemeNeed::kSegment);      // Hangul jamo L V
  CHECK(need({0x1F1EB, 0x1F1F7}) == GraphemeNeed::kSegment);    // regional indicators
  CHECK(need({0x915, 0x94D, 0x937}) == GraphemeNeed::kLinker);  // Devanagari virama
  const std::vector<uint16_t> units = {0x430, 0x451, 0x20};
  CHECK(simkit::grapheme_need(units) == GraphemeNeed::kNone);
}
