// SPDX-License-Identifier: MIT
// Unicode normalization for similarity: NFC/NFKC, case folding, diacritic stripping and
// whitespace collapsing (text/unicode.h), keeping for every output byte the span of the original
// text it came from, in UTF-16 code units, so matches can be highlighted in the caller's string.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "simkit/status.h"

namespace simkit {

enum class NormalForm : uint8_t { kNone = 0, kNfc = 1, kNfkc = 2 };

/// What normalize() does to a text. The defaults are what near-duplicate detection wants.
struct NormalizeOptions {
  NormalForm form = NormalForm::kNfkc;
  bool case_fold = true;          ///< full Unicode case folding ("Straße" ~ "STRASSE")
  bool strip_diacritics = false;  ///< drop combining marks after decomposition ("café" -> "cafe")
  bool collapse_whitespace = true;  ///< runs of white space -> one ' ', none at either end
  bool replace_invalid = false;     ///< invalid UTF-8 -> U+FFFD instead of an error
};

/// A normalized text and its map back to the source. For output byte i, the source character(s)
/// it came from span UTF-16 code units [source_begin[i], source_end[i]) of the original string.
struct NormalizedText {
  std::string text;
  std::vector<uint32_t> source_begin;
  std::vector<uint32_t> source_end;
  uint32_t source_utf16_length = 0;  ///< UTF-16 length of the whole original text

  void clear() {
    text.clear();
    source_begin.clear();
    source_end.clear();
    source_utf16_length = 0;
  }
};

/// Reusable normalizer: keeps its scratch buffers between calls so the hot path allocates nothing
/// once warm.
///
/// Normalization runs per combining character sequence (a starter and the marks after it), which
/// is what lets every output byte map to a source span. This equals whole-string NFC/NFKC except
/// for the rare compositions across two starters (conjoining Hangul jamo, a few Indic vowel
/// signs), which stay decomposed.
class Normalizer {
 public:
  /// Normalizes `input` into `out` (cleared first). `param` names the input in error messages.
  /// Without `with_map` the source maps stay empty (8 bytes per byte less to write, for callers
  /// that need no positions, such as MinHash signing).
  /// @return kInvalidUtf8 for invalid input unless options.replace_invalid.
  Status normalize(std::string_view input, const NormalizeOptions& options, NormalizedText& out,
                   std::string_view param = "text", bool with_map = true);

 private:
  std::vector<char32_t> code_points_;
  std::vector<char32_t> scratch_;
};

/// True for code points simkit treats as white space (Unicode White_Space).
bool is_unicode_space(char32_t cp);

}  // namespace simkit
