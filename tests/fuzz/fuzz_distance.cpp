// SPDX-License-Identifier: MIT
// Levenshtein and LCS on arbitrary symbol strings (ASCII, Latin-1, Cyrillic, CJK, emoji or
// mixed alphabets of 1-255 symbols; up to 200 symbols a side, so the one-word, blocked and
// banded paths all run). Invariants: the bit-parallel results equal the naive DP in both
// argument orders; with a cutoff the result is the distance, or cutoff + 1 when it exceeds
// it; the interleaved batch (code points and bytes) equals the single-pair function.
#include <algorithm>
#include <cstdint>
#include <vector>

#include "fuzz_input.h"
#include "reference/naive_distances.h"
#include "simkit/distance/distance.h"

using namespace simkit;

namespace {

constexpr size_t kMaxSide = 200;
constexpr uint32_t kBases[] = {'a', 0xC0, 0x410, 0x4E00, 0x1F600};

std::vector<uint32_t> symbols(std::string_view bytes, uint8_t alphabet, uint8_t size) {
  std::vector<uint32_t> out;
  const uint32_t k = 1U + size % 255U;
  for (const char c : bytes.substr(0, kMaxSide)) {
    const auto b = static_cast<uint8_t>(c);
    const uint32_t base = alphabet < 5 ? kBases[alphabet] : kBases[b % 5];
    out.push_back(base + (alphabet < 5 ? b : b / 5U) % k);
  }
  return out;
}

uint32_t capped(uint32_t d, uint32_t cutoff) { return d <= cutoff ? d : cutoff + 1; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Input in(data, size);
  const uint8_t alphabet = in.byte() % 6;
  const uint8_t alphabet_size = in.byte();
  const uint8_t split = in.byte();
  const uint8_t cut = in.byte();
  const std::string_view rest = in.rest();
  const size_t at = rest.size() * split / 256;
  const std::vector<uint32_t> a = symbols(rest.substr(0, at), alphabet, alphabet_size);
  const std::vector<uint32_t> b = symbols(rest.substr(at), alphabet, alphabet_size);
  DistanceWorkspace ws;
  const uint32_t d = reference::levenshtein(a, b);
  FUZZ_CHECK(levenshtein(a, b, UINT32_MAX, ws) == d);
  FUZZ_CHECK(levenshtein(b, a, UINT32_MAX, ws) == d);
  const uint32_t cutoff = cut < 128 ? cut : d - std::min<uint32_t>(d, cut - 128U);
  FUZZ_CHECK(levenshtein(a, b, cutoff, ws) == capped(d, cutoff));
  FUZZ_CHECK(lcs_length(a, b, ws) == reference::lcs(a, b));

  // Batch of (a, b), (b, a), (a's first half, b), (a, a): the same answers, pair by pair.
  const std::vector<uint32_t> half(a.begin(),
                                   a.begin() + static_cast<std::ptrdiff_t>(a.size() / 2));
  const std::vector<uint32_t>* lefts[] = {&a, &b, &half, &a};
  const std::vector<uint32_t>* rights[] = {&b, &a, &b, &a};
  std::vector<uint32_t> ls, rs, le, re, expected;
  for (int i = 0; i < 4; ++i) {
    ls.insert(ls.end(), lefts[i]->begin(), lefts[i]->end());
    rs.insert(rs.end(), rights[i]->begin(), rights[i]->end());
    le.push_back(static_cast<uint32_t>(ls.size()));
    re.push_back(static_cast<uint32_t>(rs.size()));
  }
  const uint32_t d_half = reference::levenshtein(half, b);
  for (const uint32_t e : {d, d, d_half, 0U}) expected.push_back(capped(e, cutoff));
  std::vector<uint32_t> out(4);
  levenshtein_batch(ls, le, rs, re, cutoff, out, ws);
  FUZZ_CHECK(out == expected);
  if (std::all_of(ls.begin(), ls.end(), [](uint32_t s) { return s < 256; }) &&
      std::all_of(rs.begin(), rs.end(), [](uint32_t s) { return s < 256; })) {
    const std::vector<uint8_t> lb(ls.begin(), ls.end());
    const std::vector<uint8_t> rb(rs.begin(), rs.end());
    std::fill(out.begin(), out.end(), 0);
    levenshtein_batch(lb, le, rb, re, cutoff, out, ws);
    FUZZ_CHECK(out == expected);
  }
  // The workspace is reused: a second call on it gives the same answer.
  FUZZ_CHECK(levenshtein(a, b, cutoff, ws) == capped(d, cutoff));
  return 0;
}
