// SPDX-License-Identifier: MIT
// UTF-8 validation, normalization, tokenization and shingling on arbitrary bytes.
// Invariants: the fast validator agrees with a byte-by-byte decode; replacement mode always
// succeeds and yields valid UTF-8; every map entry and span lies inside the source; shingle
// counts follow from token/code point counts; hashing is deterministic.
#include <cstdlib>
#include <vector>

#include "fuzz_input.h"
#include "simkit/hash/shingle.h"
#include "simkit/text/utf8.h"

using namespace simkit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Input in(data, size);
  const uint8_t opt = in.byte();
  const uint8_t shingle_size = static_cast<uint8_t>(1 + in.byte() % 8);
  const std::string_view text = in.rest();

  // Validator vs a plain decode loop.
  size_t pos = 0;
  while (pos < text.size() && decode_utf8(text, pos).valid) pos += decode_utf8(text, pos).length;
  FUZZ_CHECK(find_invalid_utf8(text) == pos);

  ShingleOptions o;
  o.normalize.form = static_cast<NormalForm>(opt % 3);
  o.normalize.case_fold = (opt & 4) != 0;
  o.normalize.strip_diacritics = (opt & 8) != 0;
  o.normalize.collapse_whitespace = (opt & 16) != 0;
  o.normalize.replace_invalid = (opt & 32) != 0;
  o.unit = (opt & 64) != 0 ? ShingleUnit::kChar : ShingleUnit::kWord;
  o.size = shingle_size;

  Shingler shingler;
  Shingles out;
  const Status s = shingler.shingle(text, o, out, true);
  const bool valid = pos == text.size();
  FUZZ_CHECK(s.is_ok() == (valid || o.normalize.replace_invalid));
  if (!s.is_ok()) {
    FUZZ_CHECK(s.code() == ErrorCode::kInvalidUtf8);
    return 0;
  }
  const NormalizedText& n = shingler.normalized();
  FUZZ_CHECK(find_invalid_utf8(n.text) == n.text.size());
  FUZZ_CHECK(n.source_begin.size() == n.text.size() && n.source_end.size() == n.text.size());
  for (size_t i = 0; i < n.text.size(); ++i) {
    FUZZ_CHECK(n.source_end[i] <= n.source_utf16_length);
    FUZZ_CHECK(n.source_begin[i] <= n.source_utf16_length);
  }
  FUZZ_CHECK(out.spans.size() == 2 * out.hashes.size());
  for (size_t i = 0; i < out.hashes.size(); ++i) {
    FUZZ_CHECK(out.spans[2 * i] < out.spans[2 * i + 1]);
    FUZZ_CHECK(out.spans[2 * i + 1] <= n.source_utf16_length);
  }
  // Expected count: units - size + 1, or 1 for a short non-empty text.
  std::vector<TokenRange> tokens;
  size_t units = 0;
  if (o.unit == ShingleUnit::kWord) {
    word_tokens(n.text, tokens);
    units = tokens.size();
  } else {
    std::vector<uint32_t> offsets;
    code_point_offsets(n.text, offsets);
    units = offsets.size() - 1;
  }
  const size_t expected = units == 0 ? 0 : (units >= o.size ? units - o.size + 1 : 1);
  FUZZ_CHECK(out.hashes.size() == expected);
  // Determinism: a second run (warm buffers) gives the same hashes.
  Shingles again;
  FUZZ_CHECK(shingler.shingle(text, o, again, false).is_ok());
  FUZZ_CHECK(again.hashes == out.hashes);
  return 0;
}
