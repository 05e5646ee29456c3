// SPDX-License-Identifier: MIT
// Winnowing and passages on arbitrary text pairs. Invariants: fast winnowing equals the
// reference; passages lie inside both sources with begin < end; coverage and score in [0, 1];
// a text compared with itself is fully covered.
#include <cstdlib>

#include "fuzz_input.h"
#include "reference/naive_winnow.h"
#include "simkit/fingerprint/passages.h"

using namespace simkit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Input in(data, size);
  FingerprintOptions o;
  o.k = 1U + in.byte() % 12U;
  o.window = 1U + in.byte() % 12U;
  o.unit = (in.byte() & 1U) != 0 ? ShingleUnit::kWord : ShingleUnit::kChar;
  o.normalize.replace_invalid = true;
  const uint8_t split = in.byte();
  const std::string_view rest = in.rest();
  const size_t cut = rest.empty() ? 0 : split % (rest.size() + 1);
  const std::string_view a = rest.substr(0, cut);
  const std::string_view b = rest.substr(cut);

  Fingerprinter f;
  KGrams ka;
  KGrams kb;
  FUZZ_CHECK(f.kgrams(a, o, ka).is_ok());
  FUZZ_CHECK(f.kgrams(b, o, kb).is_ok());
  std::vector<uint32_t> fast;
  winnow(ka.hashes, o.window, fast);
  FUZZ_CHECK(fast == reference::naive_winnow(ka.hashes, o.window));

  PassageMatcher m;
  PassageMatch out;
  PassageOptions po;
  po.max_gap = in.byte() % 4U;
  m.match(ka, kb, po, out);
  FUZZ_CHECK(out.coverage_a >= 0 && out.coverage_a <= 1 && out.coverage_b >= 0 &&
             out.coverage_b <= 1);
  FUZZ_CHECK(out.score >= 0 && out.score <= 1);
  for (const Passage& p : out.passages) {
    FUZZ_CHECK(p.a_begin < p.a_end && p.a_end <= a.size());  // UTF-16 length <= byte length
    FUZZ_CHECK(p.b_begin < p.b_end && p.b_end <= b.size());
    FUZZ_CHECK(p.kgrams >= 1);
  }
  m.match(ka, ka, {}, out);
  FUZZ_CHECK(ka.hashes.empty() ? out.score == 0 : out.coverage_a == 1.0);
  return 0;
}
